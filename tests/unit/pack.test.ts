import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackText, validatePack } from '../../src/core/claims/validate';
import type { Pack } from '../../src/core/claims/schema';
import { bundledPackJson, ROOT } from './helpers';

interface VettedSources {
  sources: string[];
  facts: Record<
    string,
    { title: string; status: 'VERIFIED' | 'WEAK'; brief: string; sources: string[] }
  >;
}
interface PackExample {
  claim: string;
  sentence: string;
  verdict: 'supported' | 'contradicted' | 'none';
  published?: string;
}
const vetted = JSON.parse(
  readFileSync(join(ROOT, 'assets/claims/vetted-sources.json'), 'utf8'),
) as VettedSources;
const examples = (
  JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pack-examples.json'), 'utf8')) as {
    examples: PackExample[];
  }
).examples;
const result = validatePack(bundledPackJson());
const pack = (result.ok ? result.pack : undefined) as Pack;
const factIds = (status: 'VERIFIED' | 'WEAK'): string[] =>
  Object.entries(vetted.facts)
    .filter(([, fact]) => fact.status === status)
    .map(([id]) => id);

/**
 * Claims that rest only on WEAK facts yet may flag, because they leave out the slot the brief
 * calls unsupported and keep only what it verifies.
 */
const VERIFIED_PARTS_OF_WEAK_FACTS: Record<string, string> = {
  'f16-unsc-2012-election': 'F16: the election and its rounds; the 20-vote count is left out',
  'f16-unsc-2012-runoff': 'F16: Korea and Cambodia alone in the second round',
  'f16-eliminated-first-round': 'F16: Bhutan dropped after the first round; no vote count',
  'f17-india-abstained-es-11-1': "F17: India's abstention is VERIFIED",
  'f20-thailand-relations-1989': 'F20: the year 1989; the day is left out',
  'f48-norway-cooperation-1967':
    'F48: the start of cooperation (25 February 1967) is VERIFIED by the embassy; the relations date is left out',
  'f52-pakistan-relations-exist': 'F52: that relations exist is VERIFIED; the date is left out',
  'f52-pakistan-no-relations': 'F52: that relations exist is VERIFIED',
  'f63-slovenia-relations-2012': 'F63: September 2012 at most, as the brief allows',
};

describe('the bundled pack', () => {
  it('is valid, in format 2', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(pack.format).toBe('bhutan-fact-flags/pack@2');
  });
  it('reads its vetted sources from both briefs: F01–F40 and F41–F86', () => {
    expect(vetted.sources).toEqual(['claims-brief.md', 'claims-brief-part2.md']);
    expect(Object.keys(vetted.facts)).toEqual(
      Array.from({ length: 86 }, (_, i) => `F${String(i + 1).padStart(2, '0')}`),
    );
    expect(vetted.facts.F40?.brief).toBe('claims-brief.md');
    expect(vetted.facts.F41?.brief).toBe('claims-brief-part2.md');
    expect(Object.values(vetted.facts).every((fact) => fact.sources.length > 0)).toBe(true);
  });
  it('covers every VERIFIED fact of both briefs with a claim that can flag', () => {
    const verified = factIds('VERIFIED');
    expect(verified).toHaveLength(75);
    const covered = new Set(
      pack.claims.filter((claim) => claim.verdict !== 'unverified').flatMap((claim) => claim.facts),
    );
    expect(verified.filter((id) => !covered.has(id))).toEqual([]);
  });
  it('rests every claim on facts the briefs define', () => {
    const unknown = pack.claims.flatMap((claim) =>
      claim.facts.filter((fact) => !vetted.facts[fact]).map((fact) => `${claim.id}: ${fact}`),
    );
    expect(unknown).toEqual([]);
  });
  it('cites only URLs the briefs list under the facts each claim rests on', () => {
    const offending = pack.claims.flatMap((claim) =>
      claim.sources
        .filter(
          (source) => !claim.facts.some((fact) => vetted.facts[fact]?.sources.includes(source.url)),
        )
        .map((source) => `${claim.id}: ${source.url}`),
    );
    expect(offending).toEqual([]);
  });
  it('never lets a WEAK fact flag: its claims are unverified or keep only verified parts', () => {
    const weak = new Set(factIds('WEAK'));
    const risky = pack.claims.filter(
      (claim) =>
        claim.verdict !== 'unverified' &&
        claim.facts.length > 0 &&
        claim.facts.every((fact) => weak.has(fact)),
    );
    expect(
      risky.map((claim) => claim.id).filter((id) => !(id in VERIFIED_PARTS_OF_WEAK_FACTS)),
    ).toEqual([]);
    // Every WEAK fact is still represented, so a sentence about it is silenced or judged.
    const represented = new Set(pack.claims.flatMap((claim) => claim.facts));
    expect([...weak].filter((id) => !represented.has(id))).toEqual([]);
  });
  it('has stable, unique ids and a correction for each false or misleading claim', () => {
    const ids = pack.claims.map((claim) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const claim of pack.claims)
      if (claim.verdict === 'false' || claim.verdict === 'misleading')
        expect(claim.correction, claim.id).toBeTruthy();
  });
  it('names each fact in its claim ids, so a claim can be traced to the brief', () => {
    const untraced = pack.claims.filter(
      (claim) =>
        !claim.id.startsWith('x-') &&
        !claim.facts.some((fact) => claim.id.startsWith(`${fact.toLowerCase()}-`)),
    );
    expect(untraced.map((claim) => claim.id)).toEqual([]);
  });
  it('gives a day only where the brief does: month- and year-only facts stay at that precision', () => {
    // Facts the briefs verify to the month or the year only, and the precision they allow.
    const precision: Record<string, number> = {
      F03: 7,
      F08: 7,
      F20: 4,
      F43: 7,
      F49: 7,
      F51: 4,
      F53: 4,
      F56: 7,
      F58: 7,
      F60: 7,
      F63: 7,
      F82: 7,
    };
    const tooPrecise = pack.claims.flatMap((claim) =>
      claim.verdict === 'unverified'
        ? []
        : claim.slots.flatMap((slot) => {
            if (slot.kind !== 'date') return [];
            const limit = claim.facts.map((fact) => precision[fact]).find((n) => n !== undefined);
            return limit !== undefined && slot.value.length > limit && slot.name === 'established'
              ? [`${claim.id}: ${slot.value}`]
              : [];
          }),
    );
    expect(tooPrecise).toEqual([]);
  });
});

describe('the pack examples (tests/fixtures/pack-examples.json)', () => {
  const ids = new Set(pack.claims.map((claim) => claim.id));
  it('give every claim at least one sentence, and name only claims of the pack', () => {
    const named = new Set(examples.map((example) => example.claim));
    expect(pack.claims.map((claim) => claim.id).filter((id) => !named.has(id))).toEqual([]);
    expect([...named].filter((id) => !ids.has(id))).toEqual([]);
  });
  it('expect no flag from an unverified claim, and a flag of some kind from every other', () => {
    const byId = new Map(pack.claims.map((claim) => [claim.id, claim]));
    const wrong = examples.filter(
      (example) => byId.get(example.claim)?.verdict === 'unverified' && example.verdict !== 'none',
    );
    expect(wrong).toEqual([]);
    const silent = pack.claims.filter(
      (claim) =>
        claim.verdict !== 'unverified' &&
        !examples.some((example) => example.claim === claim.id && example.verdict !== 'none'),
    );
    expect(silent.map((claim) => claim.id)).toEqual([]);
  });
  it('are distinct sentences with a known verdict', () => {
    const sentences = examples.map((example) => `${example.claim}|${example.sentence}`);
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const example of examples)
      expect(['supported', 'contradicted', 'none']).toContain(example.verdict);
  });
});

describe('a bad pack is rejected whole, with the line and the field', () => {
  const text = JSON.stringify(bundledPackJson(), null, 2);
  const mutate = (change: (pack: { claims: Record<string, unknown>[] }) => void): string[] => {
    const copy = JSON.parse(text) as { claims: Record<string, unknown>[] };
    change(copy);
    const parsed = parsePackText(JSON.stringify(copy, null, 2));
    return parsed.ok ? [] : [...parsed.errors];
  };
  const firstId = (JSON.parse(text) as { claims: { id: string }[] }).claims[0]?.id ?? '';

  it('malformed JSON: the line of the error', () => {
    const parsed = parsePackText('{\n  "format": "bhutan-fact-flags/pack@1",\n  "id": \n}');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.errors[0]).toMatch(/^line 4: malformed JSON/);
  });
  it('a duplicate claim id', () => {
    const errors = mutate((pack) => pack.claims.push({ ...(pack.claims[0] as object) }));
    expect(
      errors.some((error) => /line \d+: claims\[\d+\] \(.+\)\.id: duplicate claim id/.test(error)),
    ).toBe(true);
  });
  it('an unknown verdict', () => {
    const errors = mutate((pack) =>
      Object.assign(pack.claims[0] as object, { verdict: 'probably' }),
    );
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^line \\d+: claims\\[0\\] \\(${firstId}\\)\\.verdict: `)),
    ]);
  });
  it('a source without a URL, and one with a non-http(s) URL', () => {
    const missing = mutate(
      (pack) =>
        delete (
          (pack.claims[0] as { sources: Record<string, unknown>[] }).sources[0] as Record<
            string,
            unknown
          >
        ).url,
    );
    expect(missing).toEqual([
      expect.stringMatching(
        new RegExp(`claims\\[0\\] \\(${firstId}\\)\\.sources\\[0\\]\\.url: is required`),
      ),
    ]);
    const ftp = mutate((pack) =>
      Object.assign((pack.claims[0] as { sources: object[] }).sources[0] as object, {
        url: 'javascript:alert(1)',
      }),
    );
    expect(ftp).toEqual([expect.stringMatching(/\.sources\[0\]\.url: must be an http\(s\) URL/)]);
  });
  it('an entity the pack does not define', () => {
    const errors = mutate((pack) =>
      Object.assign((pack.claims[0] as { match: object }).match, { entities: [['atlantis']] }),
    );
    expect(errors).toEqual([
      expect.stringMatching(/match\.entities\[0\]\[0\]: unknown entity "atlantis"/),
    ]);
  });
});
