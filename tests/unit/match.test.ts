import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/match/index';
import { claim, flagsFor, pack } from './helpers';

const treaty = claim({
  id: 'treaty-1949',
  facts: ['F01'],
  text: 'India and Bhutan signed the Treaty of Friendship in Darjeeling on 8 August 1949.',
  match: {
    entities: [['treaty-1949']],
    predicates: ['sign*', 'treaty of friendship', 'friendship treaty', 'rooted'],
    exclude: ['2007', 'revis*'],
  },
  slots: [
    { name: 'signed', label: 'signed in', kind: 'date', value: '1949-08-08' },
    {
      name: 'place',
      label: 'signed in',
      kind: 'place',
      value: 'darjeeling',
      wrong: ['new-delhi', 'thimphu'],
    },
  ],
});
const un = claim({
  id: 'un-1971',
  facts: ['F06'],
  text: 'Bhutan joined the United Nations on 21 September 1971.',
  match: {
    entities: [['bhutan'], ['un']],
    predicates: ['join*', 'admi*', 'member*'],
    exclude: ['security council'],
  },
  slots: [{ name: 'joined', label: 'joined the UN in', kind: 'date', value: '1971-09-21' }],
});
const upu = claim({
  id: 'upu-1969',
  facts: ['F33'],
  match: { entities: [['bhutan'], ['upu']], predicates: ['join*', 'member*'] },
  slots: [{ name: 'joined', label: 'joined the UPU in', kind: 'year', value: 1969 }],
});
const p5 = claim({
  id: 'no-p5',
  facts: ['F10'],
  asOf: '2025-10',
  match: {
    entities: [['bhutan'], ['p5', 'china']],
    predicates: ['diplomatic ... relation*', 'diplomatic ... ties'],
    negative: true,
  },
});
const alliance = claim({
  id: 'qatar-alliance',
  facts: ['F40'],
  verdict: 'misleading',
  correction: 'The 2025 communiqué set up diplomatic relations, not an alliance.',
  match: { entities: [['bhutan'], ['qatar']], predicates: ['allian*'] },
});
const doklam = claim({
  id: 'doklam-73',
  facts: ['F13'],
  match: { entities: [['doklam']], predicates: ['standoff', 'face-off', 'crisis'] },
  slots: [{ name: 'days', label: 'lasted', kind: 'number', value: 73, units: ['day'] }],
});
const count = claim({
  id: 'partners',
  facts: ['F37'],
  match: { entities: [['bhutan']], predicates: ['diplomatic ... relation*'] },
  slots: [
    {
      name: 'count',
      label: 'relations with',
      kind: 'number',
      units: ['country'],
      timeline: [
        { from: '2020-11-25', until: '2020-12-12', value: 53 },
        { from: '2020-12-12', until: '2024-10-29', value: 54 },
        { from: '2025-10-16', value: 59 },
      ],
    },
  ],
});
const weak = claim({
  id: 'weak-votes',
  facts: ['F16'],
  verdict: 'unverified',
  match: { entities: [['bhutan'], ['un-security-council']], predicates: ['vote*'] },
});

const verdicts = (
  claims: Parameters<typeof flagsFor>[0],
  sentence: string,
  options?: Parameters<typeof flagsFor>[2],
) => flagsFor(claims, [sentence], options).map((flag) => `${flag.claimId}:${flag.verdict}`);

describe('verification', () => {
  it('contradicts a conflicting year and names both values in the reason', () => {
    const [flag] = flagsFor(
      [treaty],
      ['Decades of alignment, rooted in the 1972 Treaty of Friendship, have changed.'],
    );
    expect(flag?.verdict).toBe('contradicted');
    expect(flag?.reason).toBe('Signed in 1949, not 1972.');
  });
  it('supports the right year and words the reason at the sentence’s precision', () => {
    const [flag] = flagsFor(
      [treaty],
      ['India and Bhutan signed the Treaty of Friendship on 8 August 1949.'],
    );
    expect(flag?.verdict).toBe('supported');
    expect(flag?.reason).toBe('Signed on 8 August 1949, as stated.');
  });
  it('contradicts a wrong place after the predicate', () => {
    expect(
      flagsFor([treaty], ['The Treaty of Friendship was signed in New Delhi in 1949.'])[0]?.reason,
    ).toBe('Signed in Darjeeling, not New Delhi.');
  });
  it('reads "did not … in 1972" as denying the wrong value (supported), and a denial of the fact as contradicted', () => {
    expect(verdicts([un], 'Bhutan did not join the United Nations in 1972.')).toEqual([
      'un-1971:supported',
    ]);
    expect(verdicts([un], 'Bhutan never joined the United Nations in 1971.')).toEqual([
      'un-1971:contradicted',
    ]);
  });
  it('supports a negative claim stated negatively and contradicts it stated positively', () => {
    expect(
      verdicts([p5], 'Bhutan has no diplomatic relations with any of the permanent members.'),
    ).toEqual(['no-p5:supported']);
    expect(verdicts([p5], 'Bhutan established diplomatic relations with China in 2019.')).toEqual([
      'no-p5:contradicted',
    ]);
  });
  it('contradicts a false claim that is repeated, and supports its denial', () => {
    expect(verdicts([alliance], 'Bhutan and Qatar have formed a quiet alliance.')).toEqual([
      'qatar-alliance:contradicted',
    ]);
    expect(verdicts([alliance], 'Bhutan and Qatar did not form an alliance.')).toEqual([
      'qatar-alliance:supported',
    ]);
  });
  it('does not flag questions, conditionals, hedges or reported myths', () => {
    for (const sentence of [
      'Did Bhutan join the United Nations in 1972?',
      'If Bhutan had joined the United Nations in 1972, things would differ.',
      'Bhutan reportedly joined the United Nations in 1972.',
      'A viral post claimed that Bhutan joined the United Nations in 1972.',
      'Some websites wrongly say Bhutan joined the United Nations in 1972.',
    ]) {
      expect(verdicts([un], sentence), sentence).toEqual([]);
    }
  });
  it('does not flag a claim about a value when the sentence states none', () => {
    expect(
      verdicts(
        [un],
        'Bhutan joined the majority at the United Nations in condemning the invasion.',
      ),
    ).toEqual([]);
  });
  it('keeps a value that belongs to a neighbouring claim from contradicting the other', () => {
    expect(
      verdicts(
        [un, upu],
        'Bhutan joined the United Nations in 1971, two years after it joined the UPU.',
      ).sort(),
    ).toEqual(['un-1971:supported']);
  });
  it('ignores numbers with other units and approximate numbers', () => {
    expect(verdicts([doklam], 'The Doklam standoff lasted 73 days.')).toEqual([
      'doklam-73:supported',
    ]);
    expect(verdicts([doklam], 'The Doklam standoff lasted 72 days.')).toEqual([
      'doklam-73:contradicted',
    ]);
    expect(verdicts([doklam], 'The Doklam standoff lasted about 70 days.')).toEqual([]);
    expect(verdicts([doklam], 'The Doklam standoff involved 270 troops.')).toEqual([]);
  });
  it('judges counts at the article’s own date, so an old article is not called wrong', () => {
    const sentence = 'Bhutan now has diplomatic relations with 53 countries and the EU.';
    expect(verdicts([count], sentence, { publishedAt: '2020-11-26' })).toEqual([
      'partners:supported',
    ]);
    expect(verdicts([count], sentence, { publishedAt: '2026-01-10' })).toEqual([
      'partners:contradicted',
    ]);
    // A date the timeline does not cover: no judgement.
    expect(verdicts([count], sentence, { publishedAt: '2025-03-01' })).toEqual([]);
  });
  it('lets a matched unverified claim silence the sentence', () => {
    expect(
      verdicts(
        [weak, un],
        'Bhutan won only 20 votes at the UN Security Council, long after it joined the United Nations in 1975.',
      ),
    ).toEqual([]);
  });
  it('does not flag when another country is the subject', () => {
    expect(verdicts([un], 'Like Bhutan, Qatar joined the United Nations in 1971.')).toEqual([]);
  });
  it('lets page context confirm an exact date without naming Bhutan, never condemn', () => {
    const germany = claim({
      id: 'germany',
      facts: ['F14'],
      match: { entities: [['bhutan'], ['germany']], predicates: ['diplomatic ... relation*'] },
      slots: [{ name: 'd', label: 'established', kind: 'date', value: '2020-11-25' }],
    });
    expect(
      verdicts(
        [germany],
        'The establishment of diplomatic relations with Germany on 25 November 2020 was a step.',
      ),
    ).toEqual(['germany:supported']);
    expect(
      verdicts(
        [germany],
        'The establishment of diplomatic relations with Germany on 25 November 2019 was a step.',
      ),
    ).toEqual([]);
    expect(
      verdicts(
        [germany],
        'The establishment of diplomatic relations with Germany on 25 November 2020 was a step.',
        { relevant: false },
      ),
    ).toEqual([]);
  });
  it('indexes claims by their rarest entity, so unrelated sentences reach no claim', () => {
    const index = buildIndex([pack([treaty, un, upu, doklam])]);
    expect(index.claimsByEntity.get('doklam')?.map((compiled) => compiled.claim.id)).toEqual([
      'doklam-73',
    ]);
    expect(index.claimsByEntity.get('bhutan')).toBeUndefined();
  });
});

describe('choosing the predicate', () => {
  const colombo = claim({
    id: 'colombo-1962',
    facts: ['F32'],
    match: { entities: [['bhutan'], ['colombo-plan']], predicates: ['join*', 'member*'] },
    slots: [{ name: 'joined', label: 'joined the Colombo Plan in', kind: 'year', value: 1962 }],
  });
  it('reads the value next to the claim’s own entity, not another event’s', () => {
    const [flag] = flagsFor(
      [un, colombo],
      [
        'Bhutan, which joined the Colombo Plan in 1962, became a member of the United Nations in 1972.',
      ],
    ).filter((f) => f.claimId === 'un-1971');
    expect(flag?.verdict).toBe('contradicted');
    expect(flag?.reason).toBe('Joined the UN in 1971, not 1972.');
  });
});
