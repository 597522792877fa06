import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackText, validatePack } from '../../src/core/claims/validate';
import type { Pack } from '../../src/core/claims/schema';
import { bundledPackJson, ROOT } from './helpers';

interface VettedSources {
  facts: Record<string, { title: string; status: 'VERIFIED' | 'WEAK'; sources: string[] }>;
}
const vetted = JSON.parse(
  readFileSync(join(ROOT, 'assets/claims/vetted-sources.json'), 'utf8'),
) as VettedSources;
const result = validatePack(bundledPackJson());
const pack = (result.ok ? result.pack : undefined) as Pack;

describe('the bundled pack', () => {
  it('is valid', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
  it('covers every VERIFIED fact of the claims brief with a claim that can flag', () => {
    const verified = Object.entries(vetted.facts)
      .filter(([, fact]) => fact.status === 'VERIFIED')
      .map(([id]) => id);
    expect(verified).toHaveLength(36);
    const covered = new Set(
      pack.claims.filter((claim) => claim.verdict !== 'unverified').flatMap((claim) => claim.facts),
    );
    expect(verified.filter((id) => !covered.has(id))).toEqual([]);
  });
  it('cites only URLs the brief lists under the facts each claim rests on', () => {
    const offending = pack.claims.flatMap((claim) =>
      claim.sources
        .filter(
          (source) => !claim.facts.some((fact) => vetted.facts[fact]?.sources.includes(source.url)),
        )
        .map((source) => `${claim.id}: ${source.url}`),
    );
    expect(offending).toEqual([]);
  });
  it('never lets a WEAK fact flag: its claims are unverified or rest on verified facts too', () => {
    const weak = new Set(
      Object.entries(vetted.facts)
        .filter(([, fact]) => fact.status === 'WEAK')
        .map(([id]) => id),
    );
    const risky = pack.claims.filter(
      (claim) =>
        claim.verdict !== 'unverified' &&
        claim.facts.length > 0 &&
        claim.facts.every((fact) => weak.has(fact)),
    );
    // F17's India abstention and F20's year are VERIFIED parts of WEAK facts; they may flag.
    expect(risky.map((claim) => claim.id).filter((id) => !/^f17-india|^f20-/.test(id))).toEqual([]);
  });
  it('has stable, unique ids and a correction for each false or misleading claim', () => {
    const ids = pack.claims.map((claim) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const claim of pack.claims)
      if (claim.verdict === 'false' || claim.verdict === 'misleading')
        expect(claim.correction, claim.id).toBeTruthy();
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
      Object.assign(pack.claims[0] as object, {
        match: { entities: [['atlantis']], predicates: ['join*'] },
      }),
    );
    expect(errors).toEqual([
      expect.stringMatching(/match\.entities\[0\]\[0\]: unknown entity "atlantis"/),
    ]);
  });
});
