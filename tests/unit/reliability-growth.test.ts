/**
 * Work that grows with the input at most linearly, measured by counting steps (reads of the token
 * or match arrays, calls of a string primitive), never by the clock: doubling the input may at most
 * double the work, with a little slack (×2.5). The clock-time version is `npm run bench:growth`.
 */
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../../src/core/claims/validate';
import { analyseSentence, type SentenceAnalysis } from '../../src/core/match/analyse';
import { buildIndex } from '../../src/core/match/index';
import { compilePhrase, findPhrase, type PhraseMatch } from '../../src/core/match/phrase';
import { judgeSlots } from '../../src/core/match/slots';
import { readMarkers } from '../../src/core/text/markers';
import { tokenize } from '../../src/core/text/tokens';
import type { Claim, Pack } from '../../src/core/claims/schema';
import { bundledPackJson, labelled } from './helpers';

/** An array that counts how often its elements are read. */
function counted<T>(items: readonly T[]): { items: readonly T[]; reads: () => number } {
  let reads = 0;
  const items_ = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: items_, reads: () => reads };
}

/** Counts calls of a built-in method without recording them (a spy would keep every call). */
function countCalls<T extends object>(
  owner: T,
  name: keyof T & string,
): { calls: () => number; restore: () => void } {
  const original = owner[name] as (...args: unknown[]) => unknown;
  let calls = 0;
  Object.defineProperty(owner, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      calls++;
      return original.apply(this, args);
    },
  });
  return {
    calls: () => calls,
    restore: () =>
      Object.defineProperty(owner, name, { configurable: true, writable: true, value: original }),
  };
}

const repeat = (unit: string, length: number): string =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Work at size n and 2n; the ratio and the work per unit of input. */
function growth(work: (n: number) => number, n: number): { ratio: number; perUnit: number } {
  const small = work(n);
  const large = work(2 * n);
  return { ratio: large / Math.max(1, small), perUnit: large / (2 * n) };
}

describe('sentence markers are linear in the sentence', () => {
  // Steps: reads of the tokens, and entries written into the markers' sets and maps.
  const markerReads = (unit: string) => (n: number) => {
    const text = `${repeat(unit, n)}.`;
    const tokens = counted(tokenize(text));
    const writes = [countCalls(Map.prototype, 'set'), countCalls(Set.prototype, 'add')];
    try {
      readMarkers(text, tokens.items);
    } finally {
      for (const write of writes) write.restore();
    }
    return tokens.reads() + writes.reduce((sum, write) => sum + write.calls(), 0);
  };
  for (const unit of [
    '"a b c d" ',
    'if ',
    'may ',
    'not ',
    'claim ',
    'will ',
    'it is said to ',
    // Negations cut short by a clause of their own, asides, alternatives and memory hedges.
    'not since ties were made ',
    'is not, however, a member, ',
    'no alliance, pact or deal, ',
    'and I think that surprised many, ',
    'Nepal is not among them; India, Nepal, Bhutan ',
    // Reports bounded by the writer's correction, and cross marks.
    'contrary to reports, some claim ',
    'some claim it, but it actually ',
    'a ✗ b ✗ ',
    'neither India nor Nepal, two neighbours, ',
  ])
    it(`on "${unit.trim()}" repeated`, () => {
      const { ratio, perUnit } = growth(markerReads(unit), 8_000);
      expect(ratio).toBeLessThanOrEqual(2.5);
      expect(perUnit).toBeLessThan(20);
    });
});

describe('a place slot is read in linear time on a long unpunctuated line', () => {
  const pack = bundledPackJson() as Pack;
  const index = buildIndex([pack]);
  const claim = pack.claims.find((candidate) => candidate.id === 'f01-treaty-1949-signed') as Claim;
  const reads = (n: number): number => {
    const text = repeat('the treaty was signed in New Delhi and ', n);
    const analysis: SentenceAnalysis = analyseSentence(text, index, true);
    const predicates = counted<PhraseMatch>(findPhrase(analysis.tokens, compilePhrase('sign*')));
    const first = predicates.items[0];
    if (!first) throw new Error('no predicate found');
    judgeSlots(labelled(claim), analysis, first, '2020-01-01', predicates.items);
    return predicates.reads();
  };
  it('reads each predicate match a bounded number of times', () => {
    const { ratio } = growth(reads, 20_000);
    expect(ratio).toBeLessThanOrEqual(2.5);
  });
});

describe('pack validation is linear in the number of bad claims', () => {
  const pack = bundledPackJson() as Pack;
  const badPack = (n: number): string =>
    JSON.stringify(
      { ...pack, claims: Array.from({ length: n }, (_, i) => ({ id: `bad-${i}`, verdict: 'x' })) },
      null,
      2,
    );
  it('reads the text a bounded number of times per bad claim', () => {
    const calls = (n: number): number => {
      const text = badPack(n);
      const reads = countCalls(String.prototype, 'charCodeAt');
      try {
        expect(parsePackText(text).ok).toBe(false);
      } finally {
        reads.restore();
      }
      return reads.calls();
    };
    const { ratio } = growth(calls, 500);
    expect(ratio).toBeLessThanOrEqual(2.5);
  });
});
