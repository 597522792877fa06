import { describe, expect, it } from 'vitest';
import { checkPage, type CheckStats, type Explanation } from '../../src/core/check';
import { buildIndex } from '../../src/core/match/index';
import type { Claim } from '../../src/core/claims/schema';
import { claim, pack, TODAY } from './helpers';

// A relation the pack records more than once between the same parties: each claim is one instance.
const visit = (id: string, value: string): Claim =>
  claim({
    id,
    facts: [`F-${id}`],
    match: { relation: 'visit', entities: [['letsie-iii', 'lesotho'], ['bhutan']] },
    slots: [{ name: 'visit', kind: 'date', value }],
  });
const visits = [visit('visit-2016', '2016-05-10'), visit('visit-2024', '2024-08-20')];

const check = (text: string, claims: Claim[] = visits) => {
  const stats: CheckStats = { sentences: 0, candidatesVerified: 0 };
  const explain: Explanation[] = [];
  const { flags } = checkPage(
    { title: 'Lesotho and Bhutan', blocks: [{ text, kind: 'paragraph' }] },
    buildIndex([pack(claims)]),
    { today: TODAY, gated: true, stats, explain },
  );
  const outcomes = explain.flatMap((line) => line.outcomes);
  return { verdicts: flags.map((flag) => `${flag.claimId} ${flag.verdict}`), stats, outcomes };
};

describe('a relation the pack records more than once', () => {
  it("a sentence's date picks the instance it is about, and only that one is verified", () => {
    const { verdicts, stats } = check('King Letsie III visited Bhutan in August 2024.');
    expect(verdicts).toEqual(['visit-2024 supported']);
    expect(stats.candidatesVerified).toBe(1);
  });
  it('a date none of the instances has contradicts none of them: it may be a visit not recorded', () => {
    // (Not merely shown as nothing because two contradictions disagree: none is reached at all.)
    const otherYear = check('King Letsie III visited Bhutan in March 2019.');
    expect(otherYear.verdicts).toEqual([]);
    expect(otherYear.outcomes.filter((line) => line.includes('contradicted'))).toEqual([]);
    // Within an instance's year, a finer date that differs is not a contradiction either.
    const otherMonth = check('King Letsie III visited Bhutan in November 2024.');
    expect(otherMonth.verdicts).toEqual([]);
    expect(otherMonth.outcomes.filter((line) => line.includes('contradicted'))).toEqual([]);
  });
  it('one true claim of a frame is no repeated relation: a wrong date contradicts it', () => {
    expect(
      check('King Letsie III visited Bhutan in March 2019.', [visits[1] as Claim]).verdicts,
    ).toEqual(['visit-2024 contradicted']);
  });
});
