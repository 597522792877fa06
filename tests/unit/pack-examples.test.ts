import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSentences } from '../../src/core/check';
import { validatePack } from '../../src/core/claims/validate';
import { buildIndex } from '../../src/core/match/index';
import { bundledPackJson, ROOT, TODAY } from './helpers';

// The claims editor's example sentences (tests/fixtures/pack-examples.json), one or two per claim,
// each with the verdict it should get. Not blind: they were written with the pack, so they hold the
// pack to what its author meant; the blind batches measure generalisation.
interface Example {
  readonly claim: string;
  readonly sentence: string;
  readonly verdict: 'supported' | 'contradicted' | 'none';
  readonly published?: string;
}
const MIN_SHARE = 0.95;

const parsed = validatePack(bundledPackJson());
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const index = buildIndex([parsed.pack]);
const factsOf = new Map(parsed.pack.claims.map((claim) => [claim.id, claim.facts]));
const examples = (
  JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pack-examples.json'), 'utf8')) as {
    examples: Example[];
  }
).examples;

function verdictsOn(example: Example): string[] {
  const facts = factsOf.get(example.claim) ?? [];
  return checkSentences(
    [{ text: example.sentence, block: 0, start: 0, end: example.sentence.length }],
    index,
    {
      relevant: true,
      today: TODAY,
      ...(example.published ? { publishedAt: example.published } : {}),
    },
  )
    .filter((flag) => flag.facts.some((fact) => facts.includes(fact)))
    .map((flag) => flag.verdict);
}

const results = examples.map((example) => ({ example, got: verdictsOn(example) }));
const passed = results.filter(({ example, got }) =>
  example.verdict === 'none' ? !got.length : got.includes(example.verdict),
);

describe('the claims editor’s example sentences', () => {
  it('never get the opposite verdict', () => {
    const opposite = results.filter(
      ({ example, got }) =>
        example.verdict !== 'none' && got.length > 0 && !got.includes(example.verdict),
    );
    expect(
      opposite.map(({ example, got }) => `${example.claim}: ${got} :: ${example.sentence}`),
    ).toEqual([]);
  });
  it(`get the expected verdict in at least ${MIN_SHARE * 100}% of cases`, () => {
    const misses = results
      .filter((result) => !passed.includes(result))
      .map(
        ({ example, got }) =>
          `${example.claim} wants ${example.verdict}, got ${got.join(',') || 'nothing'}: ${example.sentence}`,
      );
    expect(passed.length / results.length, misses.join('\n')).toBeGreaterThanOrEqual(MIN_SHARE);
  });
});

afterAll(() => {
  console.log(`Pack examples: ${passed.length} of ${results.length} as their author expected`);
});
