/**
 * Limits on what a pack or a sentence may hold, and the rule that nothing in src/core or src/dom
 * spreads an array of unbounded size into a call (V8 throws RangeError past ~100,000 arguments).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPage, type PageText } from '../../src/core/check';
import type { Pack } from '../../src/core/claims/schema';
import { PACK_LIMITS, parsePackText, validatePack } from '../../src/core/claims/validate';
import { analyseSentence } from '../../src/core/match/analyse';
import { buildIndex } from '../../src/core/match/index';
import { compilePhrase, findPhrase } from '../../src/core/match/phrase';
import { judgeSlots } from '../../src/core/match/slots';
import { MAX_SENTENCE_LENGTH } from '../../src/core/text/segment';
import { bundledPackJson, labelled, ROOT } from './helpers';

const bundled = (): Pack => bundledPackJson() as Pack;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

// A call that spreads its arguments: Math.min(...x), list.push(...x), String.fromCharCode(...x).
const SPREAD_CALL =
  /\b(?:Math\.(?:min|max)|\.push|\.unshift|\.splice|String\.fromCharCode|String\.fromCodePoint|\.apply)\(\s*(?:[^(){}[\]]*,\s*)?\.\.\./;

describe('no spread of an unbounded array into a call', () => {
  it('the pattern catches the forms it is meant to catch', () => {
    for (const line of [
      'Math.min(...xs)',
      'Math.max(0, ...xs)',
      'mentions.push(...found)',
      'String.fromCharCode(...codes)',
    ])
      expect(line).toMatch(SPREAD_CALL);
    expect('const all = [...a, ...b]; f({ ...o })').not.toMatch(SPREAD_CALL);
  });
  it('src/core and src/dom hold none', () => {
    const offenders = ['src/core', 'src/dom'].flatMap((dir) =>
      sourceFiles(join(ROOT, dir)).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            SPREAD_CALL.test(line)
              ? [`${file.slice(ROOT.length + 1)}:${i + 1}: ${line.trim()}`]
              : [],
          ),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

describe('a sentence with 200,000 repeated predicates', () => {
  it('reads its place slot without a RangeError', () => {
    const pack = bundled();
    const index = buildIndex([pack]);
    const claim = pack.claims.find((candidate) => candidate.id === 'f01-treaty-1949-signed');
    if (!claim) throw new Error('the bundled pack lost f01-treaty-1949-signed');
    const sentence = `The 1949 treaty was ${'signed '.repeat(200_000)}in New Delhi`;
    const analysis = analyseSentence(sentence, index, true);
    const predicates = findPhrase(analysis.tokens, compilePhrase('sign*'));
    expect(predicates.length).toBe(200_000);
    const [first] = predicates;
    if (!first) throw new Error('no predicate found');
    const outcome = judgeSlots(labelled(claim), analysis, first, '2020-01-01', predicates);
    expect(outcome.conflicts.map((judgement) => judgement.stated)).toEqual(['New Delhi']);
  });
});

describe('pack limits', () => {
  const withClaims = (n: number): Pack => {
    const pack = bundled();
    const first = pack.claims[0];
    if (!first) throw new Error('the bundled pack has no claim');
    return { ...pack, claims: Array.from({ length: n }, (_, i) => ({ ...first, id: `c-${i}` })) };
  };

  it(`takes ${PACK_LIMITS.claims.toLocaleString('en')} claims and refuses one more, naming the limit`, () => {
    expect(validatePack(withClaims(PACK_LIMITS.claims)).ok).toBe(true);
    expect(validatePack(withClaims(PACK_LIMITS.claims + 1))).toEqual({
      ok: false,
      errors: ['claims: 2,001 claims: at most 2,000 a pack'],
    });
  });

  it('refuses JSON nested deeper than the limit before parsing it, in one message', () => {
    for (const text of [
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      `{"format": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
    ]) {
      const result = parsePackText(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors).toEqual([
        'nested deeper than 32 levels (a pack needs about 8): not read',
      ]);
    }
    // Brackets inside strings are text, not nesting.
    const pack = bundled();
    const quoted = { ...pack, title: '['.repeat(1_000) };
    expect(parsePackText(JSON.stringify(quoted)).ok).toBe(true);
  });

  it('refuses a pack larger than the limit before parsing it', () => {
    const result = parsePackText(' '.repeat(PACK_LIMITS.chars + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/characters: at most 10,485,760 a pack/);
  });
});

describe('sentence length cap', () => {
  const index = buildIndex([bundled()]);
  const page = (hostile: string): PageText => ({
    title: 'Bhutan and the United Nations',
    blocks: [
      { kind: 'heading', text: 'Bhutan and the United Nations' },
      { kind: 'paragraph', text: 'Bhutan joined the United Nations in 1972.' },
      { kind: 'paragraph', text: hostile },
    ],
  });

  it(`skips a sentence over ${MAX_SENTENCE_LENGTH.toLocaleString('en')} characters, recording why, and checks the rest`, () => {
    const hostile = `Bhutan ${'joined the UN if not may claim "a b c d" '.repeat(3_200)}in 1972.`;
    expect(hostile.length).toBeGreaterThan(128 * 1024);
    const stats = { sentences: 0, candidatesVerified: 0 };
    const result = checkPage(page(hostile), index, { today: '2026-01-01', gated: true, stats });
    expect(result.flags.map((flag) => [flag.block, flag.verdict])).toEqual([[1, 'contradicted']]);
    expect(result.skipped).toEqual([
      {
        block: 2,
        start: 0,
        end: hostile.length,
        reason: `longer than ${MAX_SENTENCE_LENGTH.toLocaleString('en-US')} characters: not checked`,
      },
    ]);
    expect(stats.sentences).toBe(2); // the heading and the short sentence; the long one was not read
  });

  it('checks a sentence at the cap as any other', () => {
    const padded =
      `Bhutan joined the United Nations in 1972${', as the record shows'.repeat(200)}.`.slice(
        0,
        MAX_SENTENCE_LENGTH - 1,
      );
    const result = checkPage(page(`${padded}.`), index, { today: '2026-01-01', gated: true });
    expect(result.skipped ?? []).toEqual([]);
    expect(result.flags.map((flag) => [flag.block, flag.verdict])).toEqual([
      [1, 'contradicted'],
      [2, 'contradicted'],
    ]);
  });
});
