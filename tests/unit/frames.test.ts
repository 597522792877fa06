import { describe, expect, it } from 'vitest';
import { checkPage, type PageText, type TextBlock } from '../../src/core/check';
import { pageFromText } from '../../src/cli/load';
import { buildIndex } from '../../src/core/match/index';
import type { Claim, Pack } from '../../src/core/claims/schema';
import { bundledPackJson, claim, flagsFor, pack, TODAY } from './helpers';

// The relation frames and the rules of the shared verifier, each on a small pack of its own.
const relations = (id: string, partner: string, value: string) =>
  claim({
    id,
    facts: [`F-${id}`],
    match: { relation: 'relations-established', entities: [['bhutan'], [partner]] },
    slots: [{ name: 'established', kind: 'date', value }],
  });
const joined = (id: string, body: string, value: number) =>
  claim({
    id,
    facts: [`F-${id}`],
    match: { relation: 'membership', entities: [['bhutan'], [body]] },
    slots: [{ name: 'joined', kind: 'year', value }],
  });
const kuwait = relations('kuwait', 'kuwait', '1983-05-23');
const verdicts = (flags: readonly { claimId: string; verdict: string }[]) =>
  flags.map((flag) => `${flag.claimId} ${flag.verdict}`);
/** The flags a page gets from a pack of the given claims, the topic gate passed. */
const onPage = (page: PageText, claims: Claim[]) =>
  checkPage(page, buildIndex([pack(claims)]), { today: TODAY, gated: true }).flags;
/** The verdicts for a page of the given title holding one paragraph per text (and its date). */
const paragraphsOn =
  (title: string) =>
  (texts: string[], claims: Claim[], publishedAt?: string): string[] =>
    verdicts(
      onPage(
        {
          title,
          blocks: texts.map((text) => ({ text, kind: 'paragraph' as const })),
          ...(publishedAt ? { publishedAt } : {}),
        },
        claims,
      ),
    );
/** A claim of the bundled pack, as vetted. */
const vetted = (id: string) =>
  (bundledPackJson() as Pack).claims.find((claim) => claim.id === id) as Claim;

describe('one frame, many wordings', () => {
  it('a relations claim needs only its partner and date: verbal, passive and nominal forms all state it', () => {
    for (const sentence of [
      'Bhutan and Kuwait set up diplomatic ties on 23 May 1983.',
      'Diplomatic relations between Bhutan and Kuwait were established on 23 May 1983.',
      'The establishment of diplomatic relations between Bhutan and Kuwait dates from 23 May 1983.',
      'Bhutan has had formal ties with Kuwait since 23 May 1983.',
    ])
      expect(verdicts(flagsFor([kuwait], [sentence])), sentence).toEqual(['kuwait supported']);
    expect(verdicts(flagsFor([kuwait], ['Bhutan forged ties with Kuwait in 1984.']))).toEqual([
      'kuwait contradicted',
    ]);
  });
  it('a negative wording states the relation does not hold, and a negation before it turns it round', () => {
    const skipped = claim({
      id: 'skipped-forums',
      match: {
        relation: 'attendance',
        entities: [['bhutan'], ['belt-and-road-forum']],
        negative: true,
      },
      slots: [],
    });
    expect(
      verdicts(flagsFor([skipped], ['Bhutan stayed away from the Belt and Road Forum.'])),
    ).toEqual(['skipped-forums supported']);
    expect(
      verdicts(flagsFor([skipped], ['Bhutan never stayed away from the Belt and Road Forum.'])),
    ).toEqual(['skipped-forums contradicted']);
  });
});

describe('who keeps a value', () => {
  it('objects listed under one year share it: each is judged by it', () => {
    const flags = flagsFor(
      [
        joined('imf', 'imf', 1981),
        joined('world-bank', 'world-bank', 1981),
        joined('adb', 'adb', 1982),
      ],
      ['In 1981 Bhutan joined the IMF, the World Bank and the Asian Development Bank.'],
    );
    expect(verdicts(flags).sort()).toEqual([
      'adb contradicted',
      'imf supported',
      'world-bank supported',
    ]);
  });
  it('a name used as a modifier or a point of comparison gives the value up', () => {
    const flags = flagsFor(
      [joined('upu', 'upu', 1969), joined('un', 'un', 1971)],
      [
        'Bhutan became a member of the Universal Postal Union in 1969, two years ahead of its UN seat.',
      ],
    );
    expect(verdicts(flags)).toEqual(['upu supported']);
  });
  it('a value that names another event is not the claim’s', () => {
    expect(
      flagsFor([kuwait], ['Bhutan and Kuwait opened relations ahead of the 1985 elections.']),
    ).toEqual([]);
  });
});

describe('mixed sentences and time', () => {
  it('one part right and one wrong about the same fact is never shown as supported', () => {
    const date = joined('un-year', 'un', 1971);
    const rank = claim({
      id: 'un-rank',
      match: { relation: 'membership', entities: [['bhutan'], ['un']] },
      slots: [{ name: 'rank', kind: 'ordinal', value: 128, units: ['member'] }],
    });
    const flags = flagsFor(
      [
        { ...date, facts: ['F06'] },
        { ...rank, facts: ['F06'] },
      ],
      ['Bhutan joined the UN in 1971 as its 127th member.'],
    );
    expect(verdicts(flags)).toEqual(['un-rank contradicted']);
  });
  it('a claim about the past is asserted in the past tense; a changed state is judged by its change only when said to hold now', () => {
    const then = claim({
      id: 'guided-then',
      tense: 'past',
      match: { relation: 'guidance', entities: [['india'], ['bhutan']] },
      slots: [],
    });
    const now = claim({
      id: 'guided-now',
      verdict: 'false',
      correction: 'The 2007 treaty replaced the clause.',
      since: '2007-03-02',
      match: { relation: 'guidance', entities: [['india'], ['bhutan']] },
      slots: [],
    });
    expect(
      verdicts(
        flagsFor([then, now], ['Under the old treaty Bhutan agreed to be guided by India.']),
      ),
    ).toEqual(['guided-then supported']);
    expect(
      verdicts(flagsFor([then, now], ['India still guides the foreign policy of Bhutan.'])),
    ).toEqual(['guided-now contradicted']);
  });
  it('"relations with China" alone is too loose to deny that there are no formal ties', () => {
    const none = claim({
      id: 'no-ties-with-china',
      match: {
        relation: 'relations-established',
        entities: [['bhutan'], ['china']],
        negative: true,
      },
      slots: [],
    });
    expect(
      flagsFor([none], ["Reading about Bhutan's foreign relations with India and China."]),
    ).toEqual([]);
    expect(
      verdicts(flagsFor([none], ['Bhutan established diplomatic relations with China.'])),
    ).toEqual(['no-ties-with-china contradicted']);
    expect(verdicts(flagsFor([none], ['Bhutan has no formal relations with China.']))).toEqual([
      'no-ties-with-china supported',
    ]);
  });
  it('a denial is judged at the page’s date: "not yet" before the event is right, after it wrong', () => {
    const established = relations('lesotho', 'lesotho', '2024-10-29');
    const notYet = claim({
      id: 'no-relations-yet',
      until: '2024-10-28',
      match: {
        relation: 'relations-established',
        entities: [['bhutan'], ['lesotho']],
        negative: true,
      },
      slots: [],
    });
    const denial = 'Bhutan and Lesotho have not yet established formal diplomatic relations.';
    const at = (publishedAt: string, sentence = denial) =>
      verdicts(flagsFor([established, notYet], [sentence], { publishedAt }));
    expect(at('2024-08-21')).toEqual(['no-relations-yet supported']);
    expect(at('2025-03-01')).toEqual(['lesotho contradicted']);
    // The event itself, dated after the record of the state before it, does not deny that state.
    expect(
      at('2025-03-01', 'Bhutan and Lesotho established diplomatic relations on 29 October 2024.'),
    ).toEqual(['lesotho supported']);
  });
  it('"It has none with …" denies the relation the sentence before named', () => {
    const none = claim({
      id: 'no-ties-with-p5',
      match: { relation: 'relations-established', entities: [['bhutan'], ['p5']], negative: true },
      slots: [],
    });
    for (const before of [
      'Bhutan maintains diplomatic relations with 56 countries.',
      'Does Bhutan have diplomatic relations with China?',
    ])
      expect(
        verdicts(flagsFor([none], [before, 'It has none with any of the five permanent members.'])),
        before,
      ).toEqual(['no-ties-with-p5 supported']);
    // With no relation named before, "none" stands for nothing the engine can vouch for.
    expect(
      flagsFor([none], ['Bhutan is a small country.', 'It has none with the permanent members.']),
    ).toEqual([]);
  });
  it('"Denmark followed on 13 August" carries the previous sentence’s relation and year', () => {
    const flags = flagsFor(
      [
        relations('netherlands', 'netherlands', '1985-06-10'),
        relations('denmark', 'denmark', '1985-08-13'),
      ],
      [
        'The Netherlands established diplomatic relations with Bhutan on 10 June 1985.',
        'Denmark followed on 13 August of the same year.',
      ],
    );
    expect(verdicts(flags)).toEqual(['netherlands supported', 'denmark supported']);
  });
});

describe('mixed sentences: the wrong part wins when it is certain, doubt flags nothing', () => {
  const rank = claim({
    id: 'un-rank',
    facts: ['F06'],
    match: { relation: 'membership', entities: [['bhutan'], ['un']] },
    slots: [{ name: 'rank', kind: 'ordinal', value: 128, units: ['member'], required: true }],
  });
  const date = { ...joined('un-year', 'un', 1971), facts: ['F06'] };
  it('a rank the record does not give, standing apart from any noun, leaves a right date unconfirmed', () => {
    for (const sentence of [
      '127th - Bhutan’s place on the UN’s roll when the General Assembly admitted it in 1971.',
      'Bhutan was the 127th to join the UN, in 1971.',
    ])
      expect(verdicts(flagsFor([date, rank], [sentence])), sentence).toEqual([]);
    // A rank of something else, or a day written as an ordinal, is no such doubt.
    for (const sentence of [
      'At the 26th session, the General Assembly admitted Bhutan to the UN in 1971.',
      'Bhutan joined the UN on the twenty-first of September, 1971.',
    ])
      expect(verdicts(flagsFor([date, rank], [sentence])), sentence).toEqual(['un-year supported']);
  });
  it('a false statement asserted in words of its own outweighs a right one beside it', () => {
    const ended = claim({
      id: 'aid-ended',
      facts: ['F86'],
      match: { relation: 'cooperation-ended', entities: [['austria'], ['bhutan']] },
      slots: [{ name: 'ended', kind: 'date', value: '2023' }],
    });
    const embassy = claim({
      id: 'embassy-closed',
      facts: ['F86'],
      verdict: 'false',
      correction: 'Austria never had an embassy in Thimphu.',
      match: { entities: [['austria'], ['bhutan', 'thimphu']], predicates: ['clos* ... embassy'] },
      slots: [],
    });
    expect(
      verdicts(
        flagsFor(
          [ended, embassy],
          [
            'Austria, a small European partner, ended its development cooperation with Bhutan at the end of 2023 and closed its embassy in Thimphu.',
          ],
        ),
      ),
    ).toEqual(['embassy-closed contradicted']);
  });
  it('a value of the claim’s own that conflicts anywhere in the sentence, or a known wrong place, leaves a right date unconfirmed', () => {
    const plant = claim({
      id: 'plant',
      facts: ['F31'],
      match: { relation: 'inauguration', entities: [['mangdechhu']] },
      slots: [
        { name: 'inaugurated', kind: 'date', value: '2019-08-17' },
        { name: 'capacity', kind: 'number', value: 720, units: ['mw'] },
      ],
    });
    expect(
      flagsFor(
        [plant],
        ['The Mangdechhu plant, with a capacity of 1,020 MW, was inaugurated on 17 August 2019.'],
      ),
    ).toEqual([]);
    // A dateline's other day is no such doubt: the sentence's own date agrees.
    expect(
      verdicts(
        flagsFor(
          [plant],
          ['THIMPHU, Aug 19 - The Mangdechhu plant was inaugurated on 17 August 2019.'],
        ),
      ),
    ).toEqual(['plant supported']);
    const saarc = claim({
      id: 'saarc',
      facts: ['F07'],
      match: { relation: 'founding-member', entities: [['bhutan'], ['saarc']] },
      slots: [
        { name: 'founded', kind: 'year', value: 1985 },
        { name: 'place', kind: 'place', value: 'dhaka-city', wrong: ['kathmandu'] },
      ],
    });
    expect(
      flagsFor(
        [saarc],
        ['SAARC was set up in Kathmandu in 1985, with Bhutan among its seven founders.'],
      ),
    ).toEqual([]);
  });
  it('a wording whose object is another name gives its value to that name, and so does "commission of the UN"', () => {
    const nam = claim({
      id: 'nam-1973',
      match: { relation: 'membership', entities: [['bhutan'], ['nam']] },
      slots: [{ name: 'joined', kind: 'year', value: 1973 }],
    });
    expect(
      flagsFor(
        [nam],
        [
          'Bhutan and the Non-Aligned Movement go back a long way.',
          'It was not one of the movement’s founders, though it had entered the Group of 77 in 1971.',
        ],
      ),
    ).toEqual([]);
    const un = joined('un', 'un', 1971);
    const escap = joined('escap', 'escap', 1972);
    expect(
      verdicts(
        flagsFor([un, escap], ['Bhutan joined ESCAP in 1972, the regional commission of the UN.']),
      ),
    ).toEqual(['escap supported']);
  });
  it('a known wrong place of the fact, right after another claim’s wording, leaves a right date unconfirmed', () => {
    const signed = claim({
      id: 'signed-2007',
      facts: ['F02'],
      match: { relation: 'treaty-signed', entities: [['treaty-2007']] },
      slots: [
        { name: 'signed', kind: 'date', value: '2007-02-08' },
        { name: 'place', kind: 'place', value: 'new-delhi', wrong: ['thimphu'] },
      ],
    });
    const inForce = claim({
      id: 'in-force-2007',
      facts: ['F02'],
      match: { relation: 'treaty-in-force', entities: [['treaty-1949', 'treaty-2007']] },
      slots: [{ name: 'in-force', kind: 'date', value: '2007-03-02' }],
    });
    expect(
      flagsFor(
        [signed, inForce],
        ['The Friendship Treaty, signed in Thimphu in 2007, has been in force from 2 March 2007.'],
      ).filter((flag) => flag.verdict === 'supported'),
    ).toEqual([]);
  });
  it('a year in a name names the thing, it does not date the event', () => {
    const inForce = claim({
      id: 'in-force',
      match: { relation: 'treaty-in-force', entities: [['treaty-2007']] },
      slots: [{ name: 'in-force', kind: 'date', value: '2007-03-02' }],
    });
    expect(
      verdicts(flagsFor([inForce], ['The 2007 treaty entered into force on 6 March 2007.'])),
    ).toEqual(['in-force contradicted']);
  });
  it('a claim’s own exclusion reaches a phrase set off by commas beside its clause, not another event', () => {
    const israel = claim({
      ...relations('israel', 'israel', '2020-12-12'),
      match: {
        relation: 'relations-established',
        entities: [['bhutan'], ['israel']],
        exclude: ['abraham', 'consular'],
      },
    });
    expect(
      verdicts(
        flagsFor(
          [israel],
          [
            'Israel established relations with Bhutan in December 2020, as part of the Abraham Accords.',
          ],
        ),
      ),
    ).toEqual([]);
    expect(
      verdicts(
        flagsFor(
          [israel],
          [
            'Israel established relations with Bhutan in December 2020, after years of consular ties.',
          ],
        ),
      ),
    ).toEqual(['israel supported']);
  });
  it('"On 18 June, two days after the crews began …" does not date the beginning', () => {
    const began = claim({
      id: 'standoff-began',
      match: { entities: [['doklam']], predicates: ['began'] },
      slots: [{ name: 'began', kind: 'date', value: '2017-06-16' }],
    });
    expect(
      flagsFor(
        [began],
        ['On 18 June 2017, two days after Chinese crews began work at Doklam, troops moved in.'],
      ),
    ).toEqual([]);
    expect(verdicts(flagsFor([began], ['On 18 June 2017, work at Doklam began.']))).toEqual([
      'standoff-began contradicted',
    ]);
  });
  it('"did not open … until 1973" says when it opened', () => {
    const office = claim({
      id: 'un-office',
      match: {
        relation: 'establishment',
        entities: [['un'], ['bhutan']],
        predicates: ['open* ... office'],
      },
      slots: [{ name: 'opened', kind: 'year', value: 1974 }],
    });
    expect(
      verdicts(flagsFor([office], ['The UN did not open its own office in Bhutan until 1973.'])),
    ).toEqual(['un-office contradicted']);
    expect(
      verdicts(flagsFor([office], ['The UN did not open its own office in Bhutan until 1974.'])),
    ).toEqual(['un-office supported']);
  });
});

describe('coordination and who acted', () => {
  const who = relations('who', 'who', '1982-03-08');
  const unesco = relations('unesco', 'unesco', '1982-04-13');
  const whoJoined = claim({ ...who, match: { ...who.match, relation: 'membership' } });
  const unescoJoined = claim({ ...unesco, match: { ...unesco.match, relation: 'membership' } });
  it('a gapped "and" conjunct shares the relation and keeps its own value', () => {
    for (const sentence of [
      'Bhutan joined WHO on 8 March 1982, and UNESCO on 13 April 1982.',
      'Membership of WHO followed on 8 March 1982, and that of UNESCO on 13 April 1982.',
    ])
      expect(verdicts(flagsFor([whoJoined, unescoJoined], [sentence])), sentence).toEqual([
        'who supported',
        'unesco supported',
      ]);
    expect(
      verdicts(
        flagsFor(
          [whoJoined, unescoJoined],
          ['Bhutan joined WHO on 8 March 1982, and UNESCO on 13 April 1983.'],
        ),
      ),
    ).toEqual(['who supported', 'unesco contradicted']);
  });
  it("an elliptical clause's names are judged by that clause, with the relation before it", () => {
    const colombo = joined('colombo', 'colombo-plan', 1962);
    const upu = joined('upu', 'upu', 1969);
    const germany = relations('germany', 'germany', '2020-11-25');
    const israel = relations('israel', 'israel', '2020-12-12');
    const read = (claims: Parameters<typeof flagsFor>[0], sentence: string) =>
      verdicts(flagsFor(claims, [sentence]));
    expect(
      read([colombo, upu], 'Bhutan joined the Colombo Plan in 1962, and the UPU followed in 1969.'),
    ).toEqual(['colombo supported', 'upu supported']);
    expect(
      read([colombo, upu], 'Bhutan joined the Colombo Plan in 1962, and the UPU followed in 1968.'),
    ).toEqual(['colombo supported', 'upu contradicted']);
    expect(
      read(
        [germany, israel],
        'Bhutan and Germany established relations on 25 November 2020, and Israel followed on 12 December 2020.',
      ),
    ).toEqual(['germany supported', 'israel supported']);
  });
  it('"in the same year" in the conjunct is the year before it', () => {
    const imf = joined('imf', 'imf', 1981);
    const bank = joined('bank', 'world-bank', 1981);
    expect(
      verdicts(
        flagsFor(
          [imf, bank],
          ['Bhutan joined the IMF on 28 September 1981 and, in the same year, the World Bank.'],
        ),
      ),
    ).toEqual(['imf supported', 'bank supported']);
  });
  it('countries listed together share the deed; "the latter" takes its own value', () => {
    const nepal = relations('nepal', 'nepal', '1983-06-01');
    const kuwaitYear = claim({
      ...kuwait,
      slots: [{ name: 'established', kind: 'year', value: 1983 }],
    });
    const nepalYear = claim({
      ...nepal,
      slots: [{ name: 'established', kind: 'year', value: 1983 }],
    });
    const titled = onPage(
      {
        title: 'Bhutan: partners',
        blocks: [
          {
            text: 'Bhutan established diplomatic relations with Bangladesh in 1973.',
            kind: 'paragraph',
          },
          { text: 'Kuwait and Nepal both came in 1983.', kind: 'paragraph' },
        ],
      },
      [kuwaitYear, nepalYear],
    );
    expect(verdicts(titled)).toEqual(['kuwait supported', 'nepal supported']);
    expect(
      verdicts(
        flagsFor(
          [kuwait, nepal],
          [
            'In 1983 Bhutan established diplomatic relations with Kuwait and Nepal, the latter on 1 June.',
          ],
        ),
      ),
    ).toEqual(['kuwait supported', 'nepal supported']);
  });
  it('"several countries" is no severing of ties', () => {
    const vietnam = relations('vietnam', 'vietnam', '2012-01-19');
    expect(
      verdicts(
        flagsFor(
          [vietnam],
          [
            'In January 2012 Bhutan established diplomatic relations with several countries, among them Vietnam.',
          ],
        ),
      ),
    ).toEqual(['vietnam supported']);
  });
  it('an act credited to someone named only as a relative is left unjudged', () => {
    const first = claim({
      id: 'first',
      match: {
        relation: 'recognition',
        entities: [['bhutan'], ['bangladesh']],
      },
      slots: [{ name: 'recognised', kind: 'date', value: '1971-12-06' }],
    });
    expect(
      flagsFor(
        [first],
        [
          'It was his father who, on 6 December 1971, made Bhutan the first to recognise Bangladesh.',
        ],
      ),
    ).toEqual([]);
    expect(
      verdicts(
        flagsFor(
          [first],
          ['The king and his son watched as Bhutan recognised Bangladesh on 6 December 1971.'],
        ),
      ),
    ).toEqual(['first supported']);
  });
});

describe('whose deed, whose value', () => {
  const p5 = claim({
    id: 'p5',
    match: {
      relation: 'relations-established',
      entities: [['bhutan'], ['p5']],
      negative: true,
    },
    slots: [],
  });
  it('an unknown name opening the clause is its subject, not an implied Bhutan', () => {
    const nato = claim({
      id: 'nato',
      match: { relation: 'partnership', entities: [['bhutan'], ['nato']], negative: true },
      slots: [],
    });
    expect(
      verdicts(
        flagsFor(
          [nato],
          [
            "Mongolia is one of NATO's partners across the globe; Bhutan isn't, and it has no such agreement.",
          ],
        ),
      ),
    ).not.toContain('nato contradicted');
    expect(
      verdicts(flagsFor([nato], ["Bhutan is one of NATO's partners across the globe."])),
    ).toEqual(['nato contradicted']);
  });
  it("a claim's exclusion in a second deed ('and marked the 40th anniversary') or a relative clause does not silence it", () => {
    const kuwaitExcluding = claim({
      ...kuwait,
      match: { ...kuwait.match, exclude: ['anniversar*'] },
    });
    expect(
      verdicts(
        flagsFor(
          [kuwaitExcluding],
          [
            'Bhutan and Kuwait established diplomatic relations on 23 May 1983 and marked the 40th anniversary of those ties in 2023.',
          ],
        ),
      ),
    ).toEqual(['kuwait supported']);
    expect(
      flagsFor(
        [kuwaitExcluding],
        ['Bhutan and Kuwait marked the anniversary of diplomatic relations on 23 May 1983.'],
      ),
    ).toEqual([]);
    const sinchula = claim({
      id: 'sinchula',
      match: {
        relation: 'treaty-signed',
        entities: [['treaty-of-sinchula']],
        exclude: ['subsid*'],
      },
      slots: [{ name: 'signed', kind: 'date', value: '1865-11-11' }],
    });
    expect(
      verdicts(
        flagsFor(
          [sinchula],
          [
            'The Treaty of Sinchula, signed in November 1864, under which Bhutan ceded the Duars for an annual subsidy.',
          ],
        ),
      ),
    ).toEqual(['sinchula contradicted']);
  });
  it('a negation goes on past an aside in brackets', () => {
    expect(
      verdicts(
        flagsFor(
          [p5],
          [
            'None of the P5 (China, France, Russia, the UK and the US) has diplomatic relations with Bhutan.',
          ],
        ),
      ),
    ).toEqual(['p5 supported']);
  });
  it("a relative clause about another country, or another country's mission, is not the claim's", () => {
    const nato = claim({
      id: 'nato',
      match: { relation: 'partnership', entities: [['bhutan'], ['nato']], negative: true },
      slots: [],
    });
    expect(
      verdicts(
        flagsFor(
          [nato],
          [
            "Bhutan has no partnership with NATO at all, unlike Pakistan, which is among NATO's partners across the globe.",
          ],
        ),
      ),
    ).not.toContain('nato contradicted');
    const highCommission = claim({
      id: 'high-commission',
      verdict: 'false',
      match: {
        entities: [['bhutan'], ['new-delhi']],
        predicates: ['high commission in new delhi'],
      },
      slots: [],
    });
    expect(
      flagsFor([highCommission], ["Australia's High Commission in New Delhi also covers Bhutan."]),
    ).toEqual([]);
    expect(
      verdicts(
        flagsFor([highCommission], ["Bhutan's High Commission in New Delhi opened in 1978."]),
      ),
    ).toEqual(['high-commission contradicted']);
  });
  it('a value in a clause about another person, or after "as of", is not the claim\'s', () => {
    const modi = claim({
      id: 'modi',
      match: { entities: [['modi'], ['bhutan']], predicates: ['first foreign visit'] },
      slots: [{ name: 'visited', kind: 'date', value: '2014-06-15', until: '2014-06-16' }],
    });
    expect(
      verdicts(
        flagsFor(
          [modi],
          [
            'Narendra Modi chose Bhutan for his first foreign visit, on 15–16 June 2014, and on 7–8 June 2019 S. Jaishankar made Thimphu his first stop abroad.',
          ],
        ),
      ),
    ).toEqual(['modi supported']);
    const eu = relations('eu', 'eu', '1985-08-09');
    expect(
      flagsFor(
        [eu],
        ['As of 25 October 2025, Bhutan has diplomatic relations with the EU and 59 countries.'],
      ),
    ).toEqual([]);
  });
  it("a wording whose object is another name holds none of the claim's values", () => {
    const un = joined('un', 'un', 1971);
    expect(
      flagsFor(
        [un],
        ['Bhutan joined the Universal Postal Union in 1961, well before it joined the UN.'],
      ),
    ).toEqual([]);
  });
  it('"began in 1984 and has now run to 25 rounds" counts at the page\'s date', () => {
    const rounds = claim({
      id: 'rounds',
      match: { relation: 'talks-count', entities: [['bhutan'], ['china'], ['boundary-talks']] },
      slots: [
        {
          name: 'rounds',
          kind: 'number',
          units: ['round'],
          required: true,
          timeline: [
            { from: '2017', until: '2023-10-23', value: 24 },
            { from: '2023-10-24', value: 25 },
          ],
        },
      ],
    });
    expect(
      verdicts(
        flagsFor(
          [rounds],
          ["Bhutan's boundary negotiation with China began in 1984 and has now run to 25 rounds."],
          { publishedAt: '2020-12-15' },
        ),
      ),
    ).toEqual(['rounds contradicted']);
  });
});

describe('which value speaks', () => {
  it('a day in the year an agreeing value gives only as a year decides', () => {
    const punakha = claim({
      id: 'punakha',
      match: { relation: 'treaty-signed', entities: [['treaty-of-punakha']] },
      slots: [{ name: 'signed', kind: 'date', value: '1910-01-08' }],
    });
    expect(
      verdicts(flagsFor([punakha], ['In 1910 the Treaty of Punakha was signed on 10 January.'])),
    ).toEqual(['punakha contradicted']);
    expect(
      verdicts(flagsFor([punakha], ['In 1910 the Treaty of Punakha was signed on 8 January.'])),
    ).toEqual(['punakha supported']);
  });
  it("a value in brackets after a name is that name's; a rank within a region is no rank", () => {
    const html = `<title>Timeline of Bhutanese history</title><main><table>
      <thead><tr><th>Year</th><th>Event</th></tr></thead><tbody>
      <tr><td>1983</td><td>Diplomatic relations with Kuwait (23 May) and Nepal (June).</td></tr>
      </tbody></table></main>`;
    expect(
      verdicts(
        onPage(pageFromText('timeline.html', html), [
          vetted('f42-kuwait-relations-1983'),
          vetted('f43-nepal-relations-1983'),
        ]),
      ),
    ).toEqual(['f42-kuwait-relations-1983 supported', 'f43-nepal-relations-1983 supported']);
    const timeline = (blocks: TextBlock[], claims: Claim[]) =>
      verdicts(onPage({ title: 'Timeline of Bhutan', blocks }, claims));
    expect(
      timeline(
        [
          {
            text: 'Canada establishes diplomatic relations with Bhutan in June 2003, the first country in the Americas to do so.',
            kind: 'paragraph',
          },
        ],
        [vetted('f56-canada-22nd-partner')],
      ),
    ).toEqual([]);
  });
  it('an anniversary is not the event; a false claim needs its value bound to its wording', () => {
    expect(
      flagsFor(
        [kuwait],
        ['Bhutan and Kuwait marked four decades of diplomatic relations on 23 May 2023.'],
      ),
    ).toEqual([]);
    // The pack's own false claim, as vetted: "India recognised Bangladesh before any other".
    const indiaFirst = vetted('f18-india-first-to-recognise-bangladesh');
    expect(
      flagsFor(
        [indiaFirst],
        [
          "In fact Bhutan was the first: the King's message of recognition was sent on 6 December 1971, a few hours before India recognised Bangladesh.",
        ],
      ),
    ).toEqual([]);
  });
  it('a place in another column than the wording counts only under a place heading', () => {
    const poland = claim({
      id: 'poland',
      match: { relation: 'relations-established', entities: [['bhutan'], ['poland']] },
      slots: [
        { name: 'established', kind: 'date', value: '2012-11-29' },
        { name: 'place', kind: 'place', value: 'new-york', wrong: ['thimphu'] },
      ],
    });
    const text = 'Poland 29 November 2012 None';
    const row: TextBlock = {
      text,
      kind: 'row',
      cells: [
        { start: 0, end: 6, header: 'Country' },
        { start: 7, end: 23, header: 'Relations established' },
        { start: 24, end: text.length, header: 'Resident mission in Thimphu' },
      ],
    };
    const checked = onPage({ title: "Bhutan's partners in Europe", blocks: [row] }, [poland]);
    expect(verdicts(checked)).toEqual(['poland supported']);
  });
  it('a partner named only as the place, a name denied or used as an adjective, does not condemn', () => {
    const india = relations('india', 'india', '1968-01-08');
    expect(
      flagsFor(
        [india],
        [
          "Bhutan's full diplomatic relations with Germany were established on 25 November 2020, through an exchange of notes in New Delhi.",
        ],
      ),
    ).toEqual([]);
    const un = joined('un', 'un', 1971);
    const item = (text: string): TextBlock => ({ text, kind: 'item' });
    const slides = (text: string) =>
      verdicts(
        onPage(
          {
            title: 'Bhutan and the UN',
            blocks: [
              { text: 'Bhutan joined the UN system', kind: 'heading', level: 2 },
              item(text),
            ],
          },
          [un],
        ),
      );
    expect(slides('ADB (not UN!) 1982')).toEqual([]);
    expect(slides('UN officials in Thimphu met in 1971')).toEqual([]);
    expect(slides('UN 1972')).toEqual(['un contradicted']);
  });
  it('what our own column said, or what archives give, is quoted, not asserted', () => {
    const un = joined('un', 'un', 1971);
    expect(
      flagsFor([un], ['Our column of 22 September said that Bhutan joined the UN in 1972.']),
    ).toEqual([]);
    expect(
      flagsFor([un], ['A few old news archives give 1972 as the year Bhutan joined the UN.']),
    ).toEqual([]);
    expect(verdicts(flagsFor([un], ['Bhutan joined the UN in 1972.']))).toEqual([
      'un contradicted',
    ]);
  });
  it('a correction column quotes what an earlier article said', () => {
    expect(
      flagsFor(
        [kuwait],
        [
          'An article on 12 January said that Bhutan and Kuwait established diplomatic relations in 1986.',
        ],
      ),
    ).toEqual([]);
  });
});

describe('batch 8 classes', () => {
  const netherlands = relations('netherlands', 'netherlands', '1985-06-10');
  const eu = relations('eu', 'eu', '1985-08-09');
  it('"in June" takes the year the sentence names; "and with X on D" is X\'s date', () => {
    expect(
      verdicts(
        flagsFor(
          [netherlands, eu],
          [
            'In the European diplomacy of 1985, Bhutan opened relations with the Netherlands in June and with the European Community on 9 August.',
          ],
          { publishedAt: '2022-08-15' },
        ),
      ),
    ).not.toContain('netherlands contradicted');
    expect(
      verdicts(
        flagsFor([netherlands], ['In 1985 Bhutan opened relations with the Netherlands in July.'], {
          publishedAt: '2022-08-15',
        }),
      ),
    ).toEqual(['netherlands contradicted']);
  });
  it('what a debater says, a blank to fill, an exercise to match, do not assert', () => {
    const un = joined('un', 'un', 1971);
    expect(flagsFor([un], ['My friend also says that Bhutan joined the UN in 1972.'])).toEqual([]);
    expect(flagsFor([un], ['Bhutan joined the UN in ____ as its 128th member.'])).toEqual([]);
    const exercise = onPage(
      {
        title: 'Bhutan worksheet',
        blocks: [
          { text: 'Part B: Match the columns', kind: 'heading', level: 2 },
          { text: 'United Nations 1972', kind: 'item' },
        ],
      },
      [un],
    );
    expect(exercise).toEqual([]);
  });
  it('another body as the subject holds its own value; "not the only" denies no relation', () => {
    const un = joined('un', 'un', 1971);
    expect(
      flagsFor(
        [un],
        ['The Universal Postal Union admitted Bhutan in 1961, two years before it joined the UN.'],
      ),
    ).toEqual([]);
    const japan = relations('japan', 'japan', '1986-03-28');
    expect(
      flagsFor(
        [japan],
        [
          'With Germany on board, Japan is no longer the only G7 member to have diplomatic relations with Bhutan.',
        ],
      ),
    ).toEqual([]);
  });
  it("a chronology entry's date sets the time of its later sentences", () => {
    const guided = vetted('f02-guided-by-india');
    const entry = (text: string) =>
      verdicts(
        onPage({ title: 'Chronology: Bhutan and India', blocks: [{ text, kind: 'item' }] }, [
          guided,
        ]),
      );
    expect(
      entry(
        '8 August 1949 — The Treaty of Friendship is signed in Darjeeling. Under its Article II, Bhutan agrees to be "guided by" India\'s advice in its external relations.',
      ),
    ).not.toContain('f02-guided-by-india contradicted');
  });
  it('a denial of one exception does not confirm a claim of none', () => {
    const p5 = claim({
      id: 'p5',
      match: {
        relation: 'relations-established',
        entities: [['bhutan'], ['china']],
        negative: true,
      },
      slots: [],
    });
    expect(
      flagsFor(
        [p5],
        [
          'Of the five permanent members, China is the only one with which Bhutan has yet to establish diplomatic relations.',
        ],
      ),
    ).toEqual([]);
    expect(
      verdicts(flagsFor([p5], ['Bhutan has yet to establish diplomatic relations with China.'])),
    ).toEqual(['p5 supported']);
  });
});

describe('batch 9 classes: tables that say None', () => {
  const atlas = (rows: string, claims: Claim[]) =>
    verdicts(
      onPage(
        pageFromText(
          'atlas.html',
          `<title>Bhutan: country profile</title><main><table><thead><tr><th>Country</th><th>Border with Bhutan</th><th>Diplomatic relations</th></tr></thead><tbody>${rows}</tbody></table></main>`,
        ),
        claims,
      ),
    );
  it('a "No" cell denies its own column only, even with an aside in brackets', () => {
    const bangladesh = relations('bangladesh', 'bangladesh', '1973-04-12');
    expect(
      atlas(
        '<tr><td>Bangladesh</td><td>No (separated by India)</td><td>Since 12 May 1973</td></tr>',
        [bangladesh],
      ),
    ).toEqual(['bangladesh contradicted']);
  });
  it('"Diplomatic relations: None" denies the relation; a None in another column is unsure', () => {
    const china = claim({
      id: 'china',
      match: {
        relation: 'relations-established',
        entities: [['bhutan'], ['china']],
        negative: true,
      },
      slots: [],
    });
    expect(atlas('<tr><td>China</td><td>Yes (north)</td><td>None</td></tr>', [china])).toEqual([
      'china supported',
    ]);
  });
  it('a name only in a later column is not what the row is about', () => {
    const bank = joined('bank', 'world-bank', 1981);
    const html = `<title>Bhutan in the UN system</title><main><table><thead><tr><th>Organisation</th><th>Member since</th><th>Notes</th></tr></thead><tbody><tr><td>Multilateral Investment Guarantee Agency</td><td>2014</td><td>World Bank Group</td></tr></tbody></table></main>`;
    expect(onPage(pageFromText('un.html', html), [bank])).toEqual([]);
  });
});

describe('batch 10 classes', () => {
  const dated = (texts: string[], claims: Claim[], publishedAt: string) =>
    verdicts(
      onPage(
        {
          title: "Bhutan's diplomatic partners",
          blocks: texts.map((text) => ({ text, kind: 'paragraph' as const })),
          publishedAt,
        },
        claims,
      ),
    );
  it('"this year" and "frozen since 2008" date the writing and the freeze, not the event', () => {
    expect(
      dated(
        [
          'This year marks half a century of diplomatic relations between Bhutan and Bangladesh, formally established on 12 April 1973.',
        ],
        [vetted('f41-bangladesh-relations-1973')],
        '2023-11-30',
      ),
    ).toEqual(['f41-bangladesh-relations-1973 supported']);
    expect(
      dated(
        [
          'Bhutan revived its accession bid, frozen since 2008; Bhutan remains an observer at the WTO.',
        ],
        [vetted('f23-wto-observer-1998')],
        '2023-11-30',
      ),
    ).not.toContain('f23-wto-observer-1998 contradicted');
  });
  it('"relations with none of the five" denies; an earlier past tense governs a verbless clause', () => {
    expect(
      dated(
        [
          'As things stand, the kingdom has diplomatic relations with none of the five: not China, not France.',
        ],
        [vetted('f10-no-relations-with-p5')],
        '2024-11-05',
      ),
    ).not.toContain('f10-no-relations-with-p5 contradicted');
    expect(
      dated(
        [
          'For much of the last century, our external relations were conducted under British guidance and then, after the 1949 treaty with India, under an undertaking to be "guided by" New Delhi\'s advice.',
        ],
        [vetted('f02-guided-by-india')],
        '2024-11-05',
      ),
    ).not.toContain('f02-guided-by-india contradicted');
  });
  it('a wrong count after a right date is the sentence\'s verdict ("which took the total to 55")', () => {
    expect(
      dated(
        [
          "Lesotho followed on 29 October 2024 with a joint communiqué signed at Bhutan's own UN mission, which took the total to 55 countries and the EU.",
        ],
        [vetted('f68-lesotho-relations-2024'), vetted('f37-diplomatic-partner-count')],
        '2025-10-10',
      ),
    ).toEqual(['f37-diplomatic-partner-count contradicted']);
  });
});

describe('what the article does not itself assert', () => {
  const eu = relations('eu', 'eu', '1985-08-09');
  it('a rated claim, a citation, a source that lists or hails are not the article speaking', () => {
    for (const sentence of [
      'Bhutan–EU diplomatic relations date from 1984: False.',
      'MFA Bhutan, relations with the EU (1984): mfa.gov.bt/press-release-568',
      'A graphic lists the kingdom as having had diplomatic relations with the EU since 1984.',
      'One commentary hailed diplomatic relations with the EU in 1984 as a turning point.',
    ])
      expect(flagsFor([eu], [sentence]), sentence).toEqual([]);
    expect(verdicts(flagsFor([eu], ['Bhutan–EU diplomatic relations date from 1984.']))).toEqual([
      'eu contradicted',
    ]);
  });
});

describe('structure', () => {
  const page = (blocks: TextBlock[], claims = [kuwait]) =>
    onPage({ title: 'Bhutan: partners', blocks }, claims);
  it('in a list item, a value before "three years before …" dates the other event', () => {
    const eu = relations('eu', 'eu', '1985-08-09');
    const item = (text: string): TextBlock => ({ text, kind: 'item' });
    expect(
      page(
        [item('EU aid to Bhutan began in 1982, three years before diplomatic relations.')],
        [eu],
      ),
    ).toEqual([]);
    expect(
      verdicts(page([item('EU aid to Bhutan began in 1982, with diplomatic relations.')], [eu])),
    ).toEqual(['eu contradicted']);
  });
  it('a definition with a year of its own is read by it, not by a date-only term', () => {
    const punakha = claim({
      id: 'punakha',
      match: { relation: 'treaty-signed', entities: [['treaty-of-punakha']] },
      slots: [{ name: 'signed', kind: 'date', value: '1910-01-08' }],
    });
    const dd = (text: string): TextBlock => ({ text, kind: 'item', lead: '1910' });
    expect(
      verdicts(page([dd('The Treaty of Punakha is signed on 10 January 1910.')], [punakha])),
    ).toEqual(['punakha contradicted']);
    expect(verdicts(page([dd('The Treaty of Punakha is signed at Punakha.')], [punakha]))).toEqual([
      'punakha supported',
    ]);
  });
  it("a notes cell's negation or exclusion stays in its cell; in the subject's cell it counts", () => {
    const nam = claim({
      id: 'nam',
      match: { relation: 'membership', entities: [['nam'], ['bhutan']], exclude: ['office'] },
      slots: [{ name: 'joined', kind: 'year', value: 1973 }],
    });
    const row = (subject: string, notes: string): TextBlock => {
      const text = `${subject} 1973 ${notes}`;
      const year = subject.length + 1;
      return {
        text,
        kind: 'row',
        cells: [
          { start: 0, end: subject.length, header: 'Organisation' },
          { start: year, end: year + 4, header: 'Joined' },
          { start: year + 5, end: text.length, header: 'Notes' },
        ],
      };
    };
    const framed = (block: TextBlock) =>
      verdicts(
        page([{ text: 'Bhutan in international organisations', kind: 'heading' }, block], [nam]),
      );
    expect(framed(row('Non-Aligned Movement', 'Not a founding member'))).toEqual(['nam supported']);
    expect(framed(row('Non-Aligned Movement', 'Country office opened in 1990'))).toEqual([
      'nam supported',
    ]);
    expect(framed(row('Non-Aligned Movement office', 'Opened by the king'))).toEqual([]);
  });
  it('a column heading ("Date") states the relation in a row, never in prose', () => {
    const treaty = claim({
      id: 'punakha',
      match: { relation: 'treaty-signed', entities: [['treaty-of-punakha']] },
      slots: [{ name: 'signed', kind: 'date', value: '1910-01-08' }],
    });
    const row = 'Treaty of Punakha 10 January 1910';
    expect(
      verdicts(
        page(
          [
            {
              text: row,
              kind: 'row',
              cells: [
                { start: 0, end: 17, header: 'Agreement' },
                { start: 18, end: row.length, header: 'Date' },
              ],
            },
          ],
          [treaty],
        ),
      ),
    ).toEqual(['punakha contradicted']);
    expect(
      page(
        [
          {
            text: 'The date of the Treaty of Punakha exhibition is 10 January 1910.',
            kind: 'paragraph',
          },
        ],
        [treaty],
      ),
    ).toEqual([]);
  });
  it('list items without a relation word of their own are read with their heading’s', () => {
    const flags = page([
      { text: 'Diplomatic relations established', kind: 'heading', level: 2 },
      { text: 'Kuwait – 23 May 1984', kind: 'item' },
    ]);
    expect(verdicts(flags)).toEqual(['kuwait contradicted']);
  });
});

describe('batch 11 classes', () => {
  const read = paragraphsOn('Bhutan and the world');
  it('a date in a short clause between is the wording’s own, not a list item to bridge', () => {
    expect(
      read(
        [
          'Canada was the first country in the Americas to open relations, in June 2003, and Brazil followed in September 2009.',
        ],
        [vetted('f56-canada-relations-2003')],
      ),
    ).toEqual(['f56-canada-relations-2003 supported']);
  });
  it('a reference in a later clause of its own is not what the wording acts on', () => {
    expect(
      read(
        [
          'Bhutan joined the World Bank in 1981.',
          'MIGA followed in 2014, and the Bank has run a country office in Thimphu since 2011.',
        ],
        [vetted('f71-world-bank-1981')],
      ),
    ).toEqual(['f71-world-bank-1981 supported']);
  });
  it('a partner named only as a place is not the one a denial is about', () => {
    expect(
      read(
        [
          'France, which covers Bhutan through its embassy in New Delhi, has no diplomatic relations with the kingdom.',
        ],
        [vetted('f03-india-relations-1968')],
      ),
    ).toEqual([]);
  });
  it('a description the sentence goes on to name is that name', () => {
    expect(
      read(
        [
          'Bhutan joined the Non-Aligned Movement in 1973.',
          'The first international body the kingdom joined was the Colombo Plan, in 1962.',
        ],
        [vetted('f09-nam-joined-1973'), vetted('f32-colombo-plan-1962')],
      ),
    ).toEqual(['f09-nam-joined-1973 supported', 'f32-colombo-plan-1962 supported']);
  });
  it('a treaty made with a party the engine does not know is another treaty', () => {
    expect(
      read(
        ['India signed a treaty of friendship with the Soviet Union in August 1971.'],
        [vetted('f01-treaty-1949-signed')],
      ),
    ).toEqual([]);
  });
  it('a wording whose object is another body is not the compared body’s', () => {
    expect(
      read(
        [
          "The kingdom's membership of the Group of 77, the caucus of poorer states at the UN, dates from 1971.",
        ],
        [vetted('f06-un-admission-1971')],
      ),
    ).toEqual([]);
  });
  it('a body that is only a point of comparison takes no value of another wording', () => {
    const row = 'Bhutan | 1973 | Joined two years after UN entry';
    expect(
      verdicts(
        onPage(
          {
            title: 'The Non-Aligned Movement in South Asia',
            blocks: [
              {
                text: row,
                kind: 'row',
                cells: [
                  { start: 0, end: 6, header: 'State' },
                  { start: 9, end: 13, header: 'Member since' },
                  { start: 16, end: row.length, header: 'Note' },
                ],
              },
            ],
          },
          [vetted('f06-un-admission-1971')],
        ),
      ),
    ).toEqual([]);
  });
  it('what commentary "has described" and what a paper "states" are not the article’s word', () => {
    expect(
      read(
        [
          'Some commentary has described a 1998 meeting as the start of diplomatic relations with China.',
          'The paper also states that Bhutan joined the United Nations in 1972.',
        ],
        [vetted('f10-no-relations-with-p5'), vetted('f06-un-admission-1971')],
      ),
    ).toEqual([]);
  });
});

describe('what is asserted beside a false half', () => {
  const read = paragraphsOn('Bhutan and Israel');
  const israel = [vetted('f15-israel-relations-2020'), vetted('f15-not-abraham-accords')];
  it('"separately from the Abraham Accords" denies them; "as part of" repeats the false claim', () => {
    expect(
      read(
        [
          'Bhutan and Israel established diplomatic relations on 12 December 2020, separately from the Abraham Accords.',
        ],
        israel,
      ),
    ).toEqual(['f15-israel-relations-2020 supported']);
    expect(
      read(
        [
          'Bhutan and Israel established diplomatic relations on 12 December 2020 as part of the Abraham Accords.',
        ],
        israel,
      ),
    ).toEqual(['f15-not-abraham-accords contradicted']);
  });
  it('a false half repeated, unsure only of whose it is, leaves the right half unflagged', () => {
    expect(
      read(
        [
          'Bhutan opened relations with Germany on 25 November 2020.',
          'Israel followed a few weeks later, on 12 December 2020, as part of the Abraham Accords.',
        ],
        israel,
      ),
    ).toEqual([]);
  });
  it('a denial of a wrong value says nothing of a partner named only as a place', () => {
    const row =
      '11 Dec 2020 | Israel | Diplomatic relations established, separately from the Abraham Accords | in New Delhi';
    const cell = (text: string, header: string) => {
      const start = row.indexOf(text);
      return { start, end: start + text.length, header };
    };
    expect(
      verdicts(
        onPage(
          {
            title: 'Bhutan in the 2020s',
            blocks: [
              {
                text: row,
                kind: 'row',
                cells: [
                  cell('11 Dec 2020', 'Date'),
                  cell('Israel', 'Partner'),
                  cell(
                    'Diplomatic relations established, separately from the Abraham Accords',
                    'What happened',
                  ),
                  cell('in New Delhi', 'Where signed'),
                ],
              },
            ],
          },
          [vetted('f03-india-relations-1968')],
        ),
      ),
    ).toEqual([]);
  });
});

describe('a claim to land', () => {
  it('"on land Bhutan claims" is no reported speech; "critics claim" is', () => {
    const doklam = [vetted('f13-doklam-standoff-2017')];
    const say = (text: string) =>
      verdicts(onPage({ title: 'Doklam', blocks: [{ text, kind: 'paragraph' }] }, doklam));
    expect(
      say('The 73-day standoff at Doklam in 2017, on land Bhutan claims, is still remembered.'),
    ).toEqual(['f13-doklam-standoff-2017 supported']);
    expect(say('Critics claim the 73-day standoff at Doklam in 2017 was staged.')).toEqual([]);
  });
});

describe('anniversaries, pairs and prospects', () => {
  const read = paragraphsOn('Bhutan and its partners');
  it('"between the two" is a pair; "paved the way for" is a prospect; the change’s month is the change', () => {
    const lesotho = [vetted('f85-no-relations-before-october-2024')];
    expect(
      read(
        [
          'King Letsie III of Lesotho visited Bhutan in August 2024.',
          'The visit paved the way for formal ties between the two mountain kingdoms.',
        ],
        lesotho,
      ),
    ).toEqual([]);
    expect(
      read(
        [
          'King Letsie III of Lesotho visited Bhutan in August 2024.',
          'Diplomatic relations between the two were formalised that October.',
        ],
        lesotho,
      ),
    ).toEqual([]);
    expect(
      read(
        ['Formal diplomatic relations between the two date from January 1968.'],
        [vetted('f03-india-relations-1968')],
      ),
    ).toEqual([]);
    expect(
      read(
        [
          'India opened an embassy in Thimphu long ago.',
          'Formal diplomatic relations between the two date from January 1968.',
        ],
        [vetted('f03-india-relations-1968')],
      ),
    ).toEqual(['f03-india-relations-1968 supported']);
  });
});

describe('batch 12 classes', () => {
  const read = paragraphsOn('Bhutan and the world');
  it('days written as words are dates: "on the fourth and fifth of June" is no right date', () => {
    const jaishankar = [
      vetted('f29-jaishankar-first-visit-bhutan'),
      vetted('f29-jaishankar-first-destination-visit-bhutan'),
    ];
    const said = (days: string) =>
      read(
        [
          `S. Jaishankar made his first visit abroad as External Affairs Minister to Bhutan on ${days} of June 2019.`,
        ],
        jaishankar,
      );
    expect(said('the fourth and fifth')).toEqual([
      'f29-jaishankar-first-visit-bhutan contradicted',
    ]);
    expect(said('the seventh and eighth')).toHaveLength(1);
    expect(said('the seventh and eighth')[0]).toMatch(/supported$/);
  });
  it('a month that conflicts unless the unstated year is wrong leaves the right half unflagged', () => {
    const lotay = [
      vetted('f30-lotay-first-visit-india'),
      vetted('f30-lotay-first-destination-visit-india'),
    ];
    expect(
      read(
        ['Lotay Tshering made his first foreign trip as Prime Minister to India in March.'],
        lotay,
        '2019-06-10',
      ),
    ).toEqual([]);
    expect(
      read(
        ['Lotay Tshering made his first foreign trip as Prime Minister to India.'],
        lotay,
        '2019-06-10',
      ),
    ).toEqual(['f30-lotay-first-destination-visit-india supported']);
  });
  it('", not the UN" denies the name; "not China, not France" restates a claim of none', () => {
    expect(
      read(
        ['1972 is when Bhutan joined ESCAP, not the UN.'],
        [vetted('f06-un-admission-1971'), vetted('f76-escap-1972')],
      ),
    ).toEqual(['f76-escap-1972 supported']);
    expect(
      read(
        [
          'Bhutan has diplomatic relations with none of the five: not China, not France and not the United Kingdom.',
        ],
        [vetted('f10-no-relations-with-p5')],
      ),
    ).toEqual(['f10-no-relations-with-p5 supported']);
  });
  it('"of the same year" right after a date is the year before, not one named later', () => {
    expect(
      read(
        [
          'Switzerland followed in September 1985.',
          'Relations with the European Community were set up on 9 August of the same year, although Brussels had funded projects since 1982.',
        ],
        [vetted('f35-eu-relations-1985')],
      ),
    ).toEqual(['f35-eu-relations-1985 supported']);
  });
  it('alternatives after a negation are denied with it; what is "assumed" or "talked about" is not said', () => {
    expect(
      read(
        [
          'Bhutan has no partnership with NATO, either as a partner across the globe or under the Partnership for Peace.',
        ],
        [vetted('f24-no-nato-partnership')],
      ),
    ).toEqual(['f24-no-nato-partnership supported']);
    expect(
      read(
        [
          'It is often assumed that Bhutan belongs to the Commonwealth.',
          'Japan has talked for years about opening an embassy in Thimphu.',
        ],
        [vetted('f21-not-in-commonwealth'), vetted('f36-three-resident-embassies')],
      ),
    ).toEqual([]);
  });
});

describe('months and people left to the context', () => {
  it('"a month later" counts from the month named before; it confirms, never condemns', () => {
    const visit = [vetted('f85-letsie-state-visit-2024')];
    const page = (second: string) =>
      verdicts(
        onPage(
          {
            title: 'Bhutan and Lesotho',
            blocks: [
              {
                text: 'Saudi Arabia established relations with Bhutan in September 2024.',
                kind: 'paragraph',
              },
              { text: second, kind: 'paragraph' },
            ],
          },
          visit,
        ),
      );
    expect(
      page('A month earlier, King Letsie III of Lesotho had made a state visit to Bhutan.'),
    ).toEqual(['f85-letsie-state-visit-2024 supported']);
    expect(page('A month later, King Letsie III of Lesotho made a state visit to Bhutan.')).toEqual(
      [],
    );
  });
  it('an infobox row under a title naming a person is about that person', () => {
    const crowned = [vetted('f26-fifth-king-coronation-2008')];
    const row = 'Coronation | 6 November 2008';
    expect(
      verdicts(
        onPage(
          {
            title: 'Jigme Khesar Namgyel Wangchuck',
            blocks: [
              {
                text: row,
                kind: 'row',
                cells: [
                  { start: 0, end: 10 },
                  { start: 13, end: row.length },
                ],
              },
            ],
          },
          crowned,
        ),
      ),
    ).toEqual(['f26-fifth-king-coronation-2008 supported']);
  });
});

describe('batch 13 classes', () => {
  const read = (blocks: TextBlock[], claims: Claim[]) =>
    verdicts(onPage({ title: 'Bhutan and its neighbours', blocks }, claims));
  const paragraphs = (...texts: string[]): TextBlock[] =>
    texts.map((text) => ({ text, kind: 'paragraph' as const }));
  it('one of Bhutan’s institutions after another country’s deed in its clause is that country’s', () => {
    expect(
      read(
        paragraphs(
          'Bangladesh set up the first foreign consulate in Guwahati long ago, and the Bhutanese consulate general in Guwahati, inaugurated on 2 February 2018, was the second.',
        ),
        [vetted('f81-guwahati-second-consulate'), vetted('f81-guwahati-consulate-2018')],
      ),
    ).toEqual(['f81-guwahati-consulate-2018 supported']);
  });
  it('a finer date decides only inside the agreeing month', () => {
    const row =
      '1998 | WTO (observer) | Application lodged in September 1999; working party set up on 6 October 1999';
    const cell = (text: string, header: string) => {
      const start = row.indexOf(text);
      return { start, end: start + text.length, header };
    };
    expect(
      read(
        [
          {
            text: row,
            kind: 'row',
            cells: [
              cell('1998', 'Year'),
              cell('WTO (observer)', 'Body'),
              cell(
                'Application lodged in September 1999; working party set up on 6 October 1999',
                'Note',
              ),
            ],
          },
        ],
        [vetted('f23-wto-application-1999')],
      ),
    ).not.toContain('f23-wto-application-1999 contradicted');
  });
  it('statements under "Exercise B: True or false?" are an exercise', () => {
    expect(
      read(
        [
          { text: 'Exercise B: True or false?', kind: 'heading', level: 2 },
          { text: 'Bhutan joined the United Nations in 1972.', kind: 'item' },
          { text: 'Answers', kind: 'heading', level: 2 },
          { text: 'Bhutan joined the United Nations in 1971.', kind: 'item' },
        ],
        [vetted('f06-un-admission-1971')],
      ),
    ).toEqual(['f06-un-admission-1971 supported']);
  });
  it('what an article, a description online or an embassy presents is not the page’s word', () => {
    expect(
      read(
        paragraphs(
          'A 2013 article in a Dhaka weekly dated the Bhutanese recognition of Bangladesh to 7 December 1971.',
          'A 1998 agreement is sometimes described online as the start of diplomatic relations with China.',
        ),
        [vetted('f18-first-to-recognise-bangladesh'), vetted('f10-no-relations-with-p5')],
      ),
    ).toEqual([]);
  });
  it('a wholly hypothetical sentence leaves the page’s memory as it was', () => {
    expect(
      read(
        paragraphs(
          'Bhutan recognised Bangladesh before anyone else.',
          'If the cable had gone an hour later, India would have been first.',
          'Diplomatic relations between the two countries followed in 1973.',
        ),
        [vetted('f41-bangladesh-relations-1973'), vetted('f03-india-relations-1968')],
      ),
    ).toEqual(['f41-bangladesh-relations-1973 supported']);
  });
});

describe('batch 14 classes', () => {
  const read = paragraphsOn('Bhutan and the world');
  const wto = [vetted('f23-wto-observer-1998'), vetted('f23-wto-application-1999')];
  it('a claim with a value of its own for the slot leaves a shared one to its sibling', () => {
    expect(
      read(
        [
          'Bhutan has been an observer at the WTO since 1999 and applied for membership in the same year.',
        ],
        wto,
      ),
    ).toEqual(['f23-wto-observer-1998 contradicted']);
    expect(read(['Bhutan applied for WTO membership in September 1999.'], wto)).toEqual([
      'f23-wto-application-1999 supported',
    ]);
  });
  it('a count the record never gave, at a time it gives none, leaves the sentence unflagged', () => {
    const missions = [vetted('f80-missions-abroad-count'), vetted('f80-canberra-embassy-2021')];
    expect(
      read(
        [
          'Bhutan runs eight missions abroad, the newest being the embassy in Canberra, which opened in 2021.',
        ],
        missions,
        '2024-04-04',
      ),
    ).toEqual([]);
    expect(
      read(['Bhutan opened its embassy in Canberra in 2021.'], missions, '2024-04-04'),
    ).toEqual(['f80-canberra-embassy-2021 supported']);
  });
  it('"said that" reports; a dateline is where a report was filed; "since Oman did so" compares', () => {
    expect(
      read(
        [
          'An MP said that Bhutan had joined the World Trade Organization in 2008.',
          'THIMPHU, Nov 26 (Wire) – Bhutan and Germany established formal diplomatic relations on 25 November 2020.',
          'Germany is the first country to establish ties with Bhutan since Oman did so in March 2012.',
        ],
        [
          vetted('f23-not-wto-member'),
          vetted('f03-india-relations-1968'),
          vetted('f14-germany-relations-2020'),
        ],
      ),
    ).toEqual(['f14-germany-relations-2020 supported']);
    expect(
      read(
        [
          'NEW DELHI, Nov 26 (Wire) – Bhutan and Germany established formal diplomatic relations on 25 November 2020.',
        ],
        [vetted('f03-india-relations-1968'), vetted('f14-germany-relations-2020')],
      ),
    ).toEqual(['f14-germany-relations-2020 supported']);
  });
  it('what brackets after another name say condemns nothing of this claim', () => {
    const row =
      'Member of | Regional: ADB (1982); BIMSTEC (Feb 2004); Colombo Plan (1962); SAARC (founder member; Charter signed in Dhaka, 8 Dec 1985).';
    expect(
      verdicts(
        onPage(
          {
            title: 'Bhutan',
            blocks: [
              {
                text: row,
                kind: 'row',
                cells: [
                  { start: 0, end: 9 },
                  { start: 12, end: row.length },
                ],
              },
            ],
          },
          [vetted('f08-bimstec-founding-member'), vetted('f08-bimstec-joined-2004')],
        ),
      ),
    ).toEqual(['f08-bimstec-joined-2004 supported']);
  });
});

describe('whose embassy, which object', () => {
  const read = paragraphsOn('Bhutan and the world');
  it('a denial of another country’s embassy, and Bhutan’s own embassies abroad, say nothing of the three in Thimphu', () => {
    expect(
      read(
        [
          'There is still no American embassy in Thimphu.',
          'Its embassies are in New Delhi, Dhaka, Bangkok, Kuwait and Brussels.',
        ],
        [vetted('f36-three-resident-embassies'), vetted('f36-thailand-embassy-thimphu')],
      ),
    ).toEqual([]);
  });
  it('"52 countries and the EU (31 Dec 2018)" is a count, not the EU’s date', () => {
    expect(
      read(
        ['Diplomatic relations: 52 countries and the EU (31 Dec 2018).'],
        [vetted('f35-eu-relations-1985')],
      ),
    ).toEqual([]);
  });
  it('a name that is the object of a second deed takes no value of the first', () => {
    expect(
      read(
        ['The new treaty was signed at Punakha in 1910 and amended the older Treaty of Sinchula.'],
        [vetted('f05-treaty-of-sinchula-1865')],
      ),
    ).toEqual([]);
  });
});

describe('batch 15 classes', () => {
  const read = paragraphsOn('Bhutan and its neighbours');
  it('"Diplomatic relations between Bhutan and China: none." denies, as a "None" cell does', () => {
    expect(
      read(
        ['Diplomatic relations between Bhutan and China: none.'],
        [vetted('f10-no-relations-with-p5')],
      ),
    ).toEqual(['f10-no-relations-with-p5 supported']);
  });
  it('a short clause after the wording holding only "on" and a date is the wording’s', () => {
    const modi = [vetted('f28-modi-first-foreign-visit-bhutan')];
    expect(
      read(
        [
          'Narendra Modi made Bhutan the first country he visited as Prime Minister, on 14-15 June 2014.',
        ],
        modi,
      ),
    ).toEqual(['f28-modi-first-foreign-visit-bhutan contradicted']);
  });
  it('a finer date that conflicts, even away from the wording, leaves the right half unflagged', () => {
    expect(
      read(
        [
          'Narendra Modi made Bhutan the destination of his first foreign visit five years ago, travelling to Thimphu on June 14-15, 2014.',
        ],
        [
          vetted('f28-modi-first-foreign-visit-bhutan'),
          vetted('f28-modi-first-destination-foreign-visit-bhutan'),
        ],
        '2019-06-08',
      ),
    ).toEqual([]);
  });
  it('a place that is the right place of another treaty the sentence names condemns nothing', () => {
    expect(
      read(
        [
          'The friendship treaty signed in Darjeeling in 1949 bound Bhutan to be guided by India; the revised treaty of 2007 replaced that wording.',
        ],
        [vetted('f02-treaty-2007-signed'), vetted('f01-treaty-1949-signed')],
      ),
    ).toEqual(['f01-treaty-1949-signed supported']);
  });
});

describe('batch 16 classes', () => {
  const read = paragraphsOn('Bhutan and its partners');
  it('"After Lesotho … 56 countries" is the count on the day Lesotho’s relations began, and the card says so', () => {
    const page = {
      title: 'Bhutan and Qatar',
      publishedAt: '2025-10-17',
      blocks: [
        {
          text: "After Lesotho the foreign ministry put Bhutan's tally at 56 countries and the European Union.",
          kind: 'paragraph' as const,
        },
      ],
    };
    const flags = onPage(page, [
      vetted('f37-diplomatic-partner-count'),
      vetted('f68-lesotho-relations-2024'),
    ]);
    expect(verdicts(flags)).toEqual(['f37-diplomatic-partner-count supported']);
    expect(flags[0]?.reason).toMatch(/56 countries at the time the sentence speaks of/);
    expect(
      read(
        [
          "After Lesotho the foreign ministry put Bhutan's tally at 55 countries and the European Union.",
        ],
        [vetted('f37-diplomatic-partner-count'), vetted('f68-lesotho-relations-2024')],
        '2025-10-17',
      ),
    ).toEqual(['f37-diplomatic-partner-count contradicted']);
  });
  it('a stray count of the fact ("lasted 72 days") leaves its right dates unflagged', () => {
    expect(
      read(
        [
          'The standoff at Doklam began on 16 June 2017 and lasted 72 days, until the disengagement of 28 August.',
        ],
        [vetted('f13-doklam-standoff-2017'), vetted('f13-doklam-began-16-june')],
      ),
    ).toEqual([]);
  });
});

describe('batch 17 classes', () => {
  const read = paragraphsOn('Bhutan and its neighbours');
  it('"is not, and has never been, a member" is one denial across its aside', () => {
    expect(
      read(
        ['Bhutan is not, and has never been, a member of the Commonwealth.'],
        [vetted('f21-not-in-commonwealth')],
      ),
    ).toEqual(['f21-not-in-commonwealth supported']);
    expect(
      read(
        ['No, Bhutan is not a WTO member, although it has been an observer since 1998.'],
        [vetted('f23-wto-observer-1998')],
      ),
    ).toEqual(['f23-wto-observer-1998 supported']);
  });
  it('a value after a second deed belongs to it: "a founding member of SAARC and joined BIMSTEC … on 31 July 2004"', () => {
    expect(
      read(
        [
          'The kingdom is a founding member of SAARC and joined BIMSTEC, with Nepal, on 31 July 2004.',
        ],
        [vetted('f07-saarc-founded-1985')],
      ),
    ).toEqual([]);
  });
  it('what accounts describe, and whether there is any sign of a step, are not said', () => {
    expect(
      read(
        [
          'Some popular accounts describe Sinchula as the settlement of a war with Tibet in 1890.',
          'There is little sign that Thimphu is in a hurry to open relations with the permanent five.',
        ],
        [vetted('f05-treaty-of-sinchula-1865'), vetted('f10-no-relations-with-p5')],
      ),
    ).toEqual([]);
  });
});

describe('batch 18 classes', () => {
  const read = paragraphsOn('Bhutan at the UN');
  it('a list of names set off by commas does not end a denial; a semicolon does', () => {
    expect(
      read(
        [
          'Yet none of the five permanent members, China, France, Russia, the United Kingdom and the United States, has formal diplomatic relations with Bhutan.',
        ],
        [vetted('f10-no-relations-with-p5')],
      ),
    ).toEqual(['f10-no-relations-with-p5 supported']);
    expect(
      read(
        [
          'Bhutan has never been in the Commonwealth; the Colombo Plan, which it did join in 1962, is a separate body.',
        ],
        [vetted('f32-colombo-plan-1962')],
      ),
    ).not.toContain('f32-colombo-plan-1962 contradicted');
  });
  it('a count said "after it" or "after that" is not judged at the page’s date', () => {
    expect(
      read(
        [
          'Lesotho established relations with Bhutan on 29 October 2024.',
          'After it, the foreign ministry put the total at 56 countries plus the EU.',
        ],
        [vetted('f37-diplomatic-partner-count')],
        '2025-11-01',
      ),
    ).not.toContain('f37-diplomatic-partner-count contradicted');
  });
});

describe('batch 19 classes', () => {
  const read = paragraphsOn('Bhutan and Israel');
  const india = vetted('f03-india-relations-1968');
  const israel = vetted('f15-israel-relations-2020');
  it('of a relation between two countries, the one named beside Bhutan is the other party', () => {
    expect(
      read(
        [
          'NEW DELHI — Bhutan and Israel established formal diplomatic relations on Saturday, when their ambassadors in the Indian capital exchanged diplomatic notes.',
        ],
        [india, israel],
        '2020-12-13',
      ),
    ).toEqual(['f15-israel-relations-2020 supported']);
  });
  it('a demonym before "capital" or "soil" names a place, not a party', () => {
    expect(
      read(
        ['Until 2020 Bhutan had no relations with Israel, whose envoy sat in the Indian capital.'],
        [india, vetted('f10-no-relations-with-p5')],
        '2019-01-01',
      ),
    ).toEqual([]);
  });
  it('a wording carried to the next sentence leaves behind the names it spans', () => {
    expect(
      read(
        [
          "When Germany established diplomatic relations on 25 November 2020, the kingdom's total rose to 53 countries plus the European Union.",
          "Israel followed on 12 December 2020, becoming Bhutan's 53rd partner country.",
        ],
        (bundledPackJson() as Pack).claims,
        '2025-01-01',
      ),
    ).not.toContain('f35-eu-relations-1985 contradicted');
  });
  it('a name that only qualifies another noun is not what a sentence joins, nor what it denies', () => {
    expect(
      read(
        [
          'People mix this up with the Colombo Plan, which started as a Commonwealth initiative but is a separate body; Bhutan joined that in 1962.',
        ],
        [vetted('f21-not-in-commonwealth')],
      ),
    ).toEqual([]);
  });
  it('in a row, a value under another relation\'s heading is that column\'s; "Established" heads relations', () => {
    const table = (row: string, claims: Claim[]) =>
      verdicts(
        onPage(
          pageFromText(
            'relations.html',
            `<title>Bhutan's relations with Europe and the Americas</title><main><table><thead><tr><th>Country</th><th>Established</th><th>Notes</th></tr></thead><tbody>${row}</tbody></table></main>`,
          ),
          claims,
        ),
      );
    expect(
      table(
        '<tr><td>Norway</td><td>1985 or 1986</td><td>Sources disagree; cooperation dates from the Riserboo hospital project</td></tr>',
        // (A claim of the relation "Established" words, so that the index knows the wording.)
        [vetted('f48-norway-cooperation-1967'), vetted('f80-canberra-embassy-2021')],
      ),
    ).toEqual([]);
    expect(
      table('<tr><td>Canada</td><td>July 2003</td><td>22nd partner country</td></tr>', [
        vetted('f56-canada-relations-2003'),
      ]),
    ).toEqual(['f56-canada-relations-2003 contradicted']);
  });
  it('a bare item takes its relation from the nearest heading above that names one', () => {
    const page = (section: string, item: string, claims: Claim[]) =>
      verdicts(
        onPage(
          pageFromText(
            'timeline.html',
            `<title>Timeline</title><main><h1>Timeline of Bhutan's diplomatic relations</h1><h2>${section}</h2><ul><li><time>10 June 1985</time> — ${item}</li></ul></main>`,
          ),
          claims,
        ),
      );
    expect(
      page('1980s: the first wave', 'The Netherlands.', [vetted('f44-netherlands-relations-1985')]),
    ).toEqual(['f44-netherlands-relations-1985 supported']);
    // An item that says something of its own is not read as the outline's relation.
    expect(
      page('Universal Postal Union', "Bhutan's first post offices and stamps came.", [
        vetted('f33-upu-1969'),
      ]),
    ).toEqual([]);
  });
});

describe('batch 20 classes', () => {
  const read = paragraphsOn('India and Bhutan');
  it('a clause opened by a participle carries on the deed before it, with its date', () => {
    expect(
      read(
        [
          'More recently, Narendra Modi chose Thimphu for his first foreign trip after taking office, visiting on 14–15 June 2014.',
        ],
        [vetted('f28-modi-first-foreign-visit-bhutan')],
        '2019-05-20',
      ),
    ).toEqual(['f28-modi-first-foreign-visit-bhutan contradicted']);
  });
  it('what "is sometimes suggested", where reference works "put" a date, what "has been discussed" or "is not known to have" happened, and what someone hopes to do are not asserted', () => {
    expect(
      read(
        [
          'It is sometimes suggested that membership of the Colombo Plan, which began as a Commonwealth initiative, brought the kingdom into the Commonwealth as well.',
          "Some older reference works put Bhutan's entry into the plan as far back as 1951.",
          'A Japanese embassy in Thimphu has been discussed for years, but it is not known to have opened.',
          "We're hoping to open an embassy in Canberra later this year.",
        ],
        [
          vetted('f21-not-in-commonwealth'),
          vetted('f32-colombo-plan-1962'),
          vetted('f36-japan-embassy-thimphu'),
          vetted('f36-three-resident-embassies'),
          vetted('f80-canberra-embassy-2021'),
        ],
        '2021-03-02',
      ),
    ).toEqual([]);
  });
  it('a state said to have been "moved from" is the past, not what holds now', () => {
    expect(
      read(
        [
          'This essay looks at India and Bhutan.',
          'It argues that the relationship has moved from a framework of "guidance" towards something closer to partnership, even though the imbalance between the two countries has never gone away.',
        ],
        [vetted('f02-guided-by-india')],
        '2019-05-20',
      ),
    ).toEqual([]);
  });
  it('a claim with no value of its own is not confirmed beside a wrong date for another part of its fact', () => {
    expect(
      read(
        [
          'The original treaty, signed in Darjeeling in 1947 as India itself emerged from British rule, bound Bhutan to be "guided by" New Delhi\'s advice in its external relations.',
        ],
        [vetted('f01-article-2-guided-by-india'), vetted('f01-treaty-1949-signed')],
        '2008-04-20',
      ),
    ).toEqual([]);
  });
  it('in prose, a body the page is about may be left unsaid, unless another was named since', () => {
    const wto = paragraphsOn('Why Bhutan is still only an observer at the WTO');
    const observer = vetted('f23-wto-observer-1998');
    expect(wto(['The kingdom obtained observer status in April 1998.'], [observer])).toEqual([
      'f23-wto-observer-1998 supported',
    ]);
    expect(
      wto(
        [
          'Bhutan joined the United Nations in 1971.',
          'The kingdom obtained observer status in April 1998.',
        ],
        [observer],
      ),
    ).toEqual([]);
  });
});

describe('batch 21 classes', () => {
  const read = paragraphsOn('Bhutan and the world');
  it('a denial goes on past a list of names opened by "whether"; "… and Bhutan is not on it" denies what the clause before lists', () => {
    expect(
      read(
        [
          'Not one of the five permanent members of the UN Security Council, whether China, France, Russia, the United Kingdom or the United States, has formal diplomatic relations with the kingdom.',
          'NATO publishes the list of what it calls its partners across the globe, and Bhutan is not on it.',
        ],
        [vetted('f10-no-relations-with-p5'), vetted('f24-no-nato-partnership')],
        '2022-08-10',
      ),
    ).toEqual(['f10-no-relations-with-p5 supported', 'f24-no-nato-partnership supported']);
  });
  it('"his first visit" is the deed of the person "his" stands for', () => {
    const html = `<title>State and official visits involving Bhutan</title><main><table><thead><tr><th>Date</th><th>Visitor</th><th>Destination</th><th>Notes</th></tr></thead><tbody><tr><td>6–7 June 2019</td><td>S. Jaishankar, External Affairs Minister of India</td><td>Bhutan</td><td>His first visit abroad as minister; called on Prime Minister Lotay Tshering</td></tr></tbody></table></main>`;
    expect(
      verdicts(
        onPage(pageFromText('visits.html', html), [
          vetted('f29-jaishankar-first-visit-bhutan'),
          vetted('f30-lotay-first-visit-india'),
        ]),
      ),
    ).toEqual(['f29-jaishankar-first-visit-bhutan contradicted']);
  });
  it('a value bound to a wording whose object is "it" or "the convention" is not the body named later', () => {
    for (const sentence of [
      'Bhutan acceded to it on 7 December 1972, the year after it joined the UN.',
      'Bhutan acceded to the convention on 7 December 1972, the year after it joined the UN.',
    ])
      expect(read([sentence], [vetted('f06-un-admission-1971')], '2023-05-15'), sentence).toEqual(
        [],
      );
  });
  it('"the agreement that replaced it" is the successor, not the thing the page spoke of', () => {
    expect(
      read(
        [
          'The Treaty of Sinchula was signed on 11 November 1865.',
          'The agreement that replaced it was signed in Darjeeling on 8 August 1949.',
        ],
        [vetted('f05-treaty-of-sinchula-1865')],
        '2020-02-10',
      ),
    ).toEqual(['f05-treaty-of-sinchula-1865 supported']);
  });
  it('"…, not the year it joined the UN" denies a time, not the joining', () => {
    expect(
      read(
        ['1972 is the year Bhutan joined ESCAP, not the year it joined the UN.'],
        [vetted('f06-un-admission-1971')],
        '2023-05-15',
      ),
    ).toEqual([]);
  });
  it("a false claim is repeated by an item's own words, not by its heading's; a bare label names no party", () => {
    const page = (html: string, claims: Claim[]) =>
      verdicts(onPage(pageFromText('missions.html', html), claims));
    expect(
      page(
        `<title>Diplomatic missions of Bhutan</title><main><h2>Embassies and missions</h2><ul><li>Thailand<ul><li>Bangkok</li></ul></li></ul></main>`,
        [vetted('f36-thailand-embassy-thimphu')],
      ),
    ).toEqual([]);
    expect(
      page(
        `<title>Bhutan–Japan relations</title><main><ol><li>Background</li><li>Diplomatic missions</li></ol></main>`,
        [vetted('f36-japan-embassy-thimphu')],
      ),
    ).toEqual([]);
  });
  it('a line of sources cites, it does not assert', () => {
    expect(
      read(
        [
          'Sources: the 1949 treaty text on CommonLII (commonlii.org); the IDSA reproduction of the 2007 treaty (idsa.in); Hindustan Times, 9 February 2007.',
        ],
        [vetted('f02-treaty-revised-2007')],
        '2020-02-10',
      ),
    ).toEqual([]);
  });
});

describe('batch 22 classes', () => {
  const read = paragraphsOn('Bhutan and Qatar');
  it('"outside UN headquarters" is a place, not a denial of membership', () => {
    expect(
      read(
        [
          "The flags of Bhutan and Qatar first went up outside UN headquarters in the same week of September 1971, when Bhutan was admitted as the organisation's 128th member.",
        ],
        [vetted('f06-un-admission-1971')],
        '2025-10-17',
      ),
    ).toEqual(['f06-un-admission-1971 supported']);
  });
  it('a wording that also names a looser bond gives way to a firm one', () => {
    expect(
      read(
        [
          'The embassy keeps in touch with the many governments that handle relations with Bhutan from the Indian capital, including the five permanent members of the Security Council, none of which has formal diplomatic relations with the kingdom.',
        ],
        [vetted('f10-no-relations-with-p5')],
        '2025-05-20',
      ),
    ).toEqual(['f10-no-relations-with-p5 supported']);
  });
  it('"the new version" of the treaty is the 2007 treaty', () => {
    expect(
      read(
        [
          'That clause went when the treaty was updated: the new version was signed at Hyderabad House on 8 February 2007.',
        ],
        [vetted('f02-treaty-2007-signed'), vetted('f01-treaty-1949-signed')],
        '2017-10-12',
      ),
    ).toEqual(['f02-treaty-2007-signed supported']);
  });
});

describe('batch 23 classes', () => {
  const firsts = (row: string, claims: Claim[]) =>
    verdicts(
      onPage(
        pageFromText(
          'firsts.html',
          `<title>Firsts in Bhutan's foreign relations</title><main><table><thead><tr><th>First …</th><th>Year</th><th>Details</th></tr></thead><tbody>${row}</tbody></table></main>`,
        ),
        claims,
      ),
    );
  it("a column heading's ordinal is no value of the row", () => {
    expect(
      firsts('<tr><td>Embassy in Australia</td><td>2021</td><td>Opened in Canberra.</td></tr>', [
        vetted('f80-canberra-embassy-2021'),
        vetted('f80-canberra-tenth-mission'),
      ]),
    ).toEqual(['f80-canberra-embassy-2021 supported']);
  });
  it('the one a claim says acted, named only after "before", is the later one', () => {
    expect(
      firsts(
        "<tr><td>Country to recognise Bangladesh</td><td>1971</td><td>Recognition by wireless message on 6 December 1971, some hours before India's recognition the same day.</td></tr>",
        [
          vetted('f18-first-to-recognise-bangladesh'),
          vetted('f18-india-first-to-recognise-bangladesh'),
        ],
      ),
    ).toEqual(['f18-first-to-recognise-bangladesh supported']);
  });
  it('what something is "often misread as" is not asserted, in that clause only', () => {
    const read = paragraphsOn('Bhutan and China');
    expect(
      read(
        [
          'The 1998 agreement between Thimphu and Beijing, often misread as a form of recognition, is a border peace and tranquillity pact and nothing more.',
          'The Colombo Plan, which Bhutan joined in 1962 as its first international organisation, is sometimes mistaken for a back door into the Commonwealth.',
        ],
        [vetted('f10-no-relations-with-p5'), vetted('f32-colombo-plan-1962')],
        '2018-08-28',
      ),
    ).toEqual(['f32-colombo-plan-1962 supported']);
  });
});

describe('batch 23 classes: prompts', () => {
  it('"Name the three countries …" asks the reader; it asserts nothing', () => {
    const read = paragraphsOn('Quiz answers: Bhutan abroad');
    expect(
      read(
        ['Name the three countries that maintain resident embassies in Thimphu.'],
        [vetted('f36-three-resident-embassies')],
        '2022-02-02',
      ),
    ).toEqual([]);
  });
});

describe('bare openings and half-wrong counts', () => {
  const timeline = (item: string, claims: Claim[]) =>
    onPage(
      pageFromText(
        'timeline.html',
        `<title>Timeline</title><meta property="article:published_time" content="2023-03-01"><main><h1>Timeline of Bhutan's diplomatic relations</h1><h2>1980s: the first wave</h2><ul><li>${item}</li></ul></main>`,
      ),
      claims,
    );
  it('an item that opens with only a date and a name takes the heading’s relation, whatever follows', () => {
    expect(
      verdicts(
        timeline('<time>28 March 1986</time> — Japan, by an exchange of letters.', [
          vetted('f19-japan-relations-1986'),
        ]),
      ),
    ).toEqual(['f19-japan-relations-1986 supported']);
  });
  it('a right count beside a wrong date of the same fact is no support for that fact', () => {
    const flags = timeline(
      '<time>11 December 2020</time> — Israel, in New Delhi, taking the count to 54 countries plus the EU; the step was separate from the Abraham Accords.',
      (bundledPackJson() as Pack).claims,
    );
    expect(verdicts(flags)).toContain('f15-israel-relations-2020 contradicted');
    expect(
      flags.filter((flag) => flag.verdict === 'supported' && flag.facts.includes('F15')),
    ).toEqual([]);
  });
});

describe('batch 24 classes', () => {
  it("a denial whose object is another country denies nothing of the claim's partner", () => {
    const read = paragraphsOn('40 years of Bhutan–Netherlands relations');
    expect(
      read(
        [
          'The Dutch at least enjoy an advantage that some larger powers do not: Bhutan still has no formal diplomatic relations with France or Britain, and Germany only established them in November 2020.',
        ],
        [vetted('f44-netherlands-relations-1985')],
        '2025-06-10',
      ),
    ).toEqual([]);
  });
});

describe('batch 24 classes: rows and dating clauses', () => {
  const gulfRow = (row: string, claims: Claim[]) =>
    verdicts(
      onPage(
        pageFromText(
          'gulf.html',
          `<title>Bhutan's relations with the Gulf states</title><meta property="article:published_time" content="2025-12-01"><main><table><thead><tr><th>State</th><th>Established</th><th>Notes</th></tr></thead><tbody>${row}</tbody></table></main>`,
        ),
        claims,
      ),
    );
  it('a row is about its first cell: a claim’s exclusion in a notes cell naming it again does not rule out the row', () => {
    expect(
      gulfRow(
        '<tr><td>Oman</td><td>15 March 2012</td><td>First high-level visit from Oman: the foreign minister, April 2025.</td></tr>',
        [vetted('f66-oman-relations-2013')],
      ),
    ).toEqual(['f66-oman-relations-2013 contradicted']);
  });
  it('a notes cell still rules out a row when the claim excludes the very name standing there', () => {
    const html = `<title>Bhutan's missions and partners</title><meta property="article:published_time" content="2024-06-01"><main><table><thead><tr><th>Host country</th><th>City</th><th>Mission</th></tr></thead><tbody><tr><td>Thailand</td><td>Bangkok</td><td>Embassy</td></tr></tbody></table></main>`;
    expect(
      verdicts(
        onPage(pageFromText('missions.html', html), [vetted('f36-thailand-embassy-thimphu')]),
      ),
    ).toEqual([]);
  });
  it('a relationship "dating from" a day is the establishment of relations on that day', () => {
    const read = paragraphsOn('Bhutan and the Gulf');
    expect(
      read(
        ['The oldest of these relationships is with Kuwait, dating from 23 May 1983.'],
        [vetted('f42-kuwait-relations-1983')],
        '2025-12-01',
      ),
    ).toEqual(['f42-kuwait-relations-1983 supported']);
  });
  it('a relative clause that only dates a membership confirms the membership, never condemns it', () => {
    const read = paragraphsOn('Why the UN mattered to Bhutan');
    const upu = [vetted('f33-upu-1969')];
    expect(
      read(
        [
          'Its membership of the Universal Postal Union, which dates from 1969, meant that Bhutan’s stamps could travel all over the world.',
        ],
        upu,
        '2021-04-30',
      ),
    ).toEqual(['f33-upu-1969 supported']);
    // It may confirm, never condemn: "which" may be the body's ("which dates from 1874").
    expect(
      read(
        [
          'Its membership of the Universal Postal Union, which dates from 1874, meant that Bhutan’s stamps could travel all over the world.',
        ],
        upu,
        '2021-04-30',
      ),
    ).toEqual([]);
    expect(
      read(
        [
          'Bhutan joined the Universal Postal Union, which dates from 1874, and its stamps soon travelled.',
        ],
        upu,
        '2021-04-30',
      ),
    ).toEqual([]);
  });
});

describe('batch 24 classes: the year a paragraph narrates', () => {
  const read = paragraphsOn('Forty years of Bhutan and Europe');
  const europe = () => [vetted('f35-eu-relations-1985'), vetted('f45-denmark-relations-1985')];
  it('a yearless date is read in the year its paragraph has been narrating', () => {
    expect(
      read(
        [
          'Bhutan established diplomatic relations with the Netherlands in 1985. The European Union followed on 9 August, Denmark on 13 August.',
        ],
        europe(),
        '2025-06-10',
      ),
    ).toEqual(expect.arrayContaining(['f35-eu-relations-1985 supported']));
  });
  it('a year named in an earlier paragraph lends nothing to the next one', () => {
    expect(
      read(
        [
          'Bhutan established diplomatic relations with the Netherlands in 1985.',
          'The European Union followed on 9 August.',
        ],
        europe(),
        '2025-06-10',
      ),
    ).toEqual([]);
  });
  it('a lent year never condemns a denial recorded until a date', () => {
    const thread = paragraphsOn('New partners, 2024');
    expect(
      thread(
        [
          'Oman only signed up in 2013. The formal step with Lesotho came two months after the visit, on 29 Oct, when a joint communiqué was signed.',
        ],
        [vetted('f85-no-relations-before-october-2024')],
        '2024-11-20',
      ),
    ).toEqual([]);
  });
});

describe('batch 24 classes: claims in circulation', () => {
  it('a date said to circulate or to keep turning up is reported, not asserted', () => {
    const read = paragraphsOn('Doklam, five years on');
    expect(
      read(
        [
          'Some accounts still date the crisis from that second day, which is why 18 June keeps turning up as its starting point.',
          'A graphic doing the rounds on social media this week says Nehru flew into Paro in 1958.',
        ],
        (bundledPackJson() as Pack).claims,
        '2022-06-16',
      ),
    ).toEqual([]);
  });
  it('a currency that circulates is no report of anything', () => {
    const read = paragraphsOn('India and Bhutan: the economy');
    expect(
      read(
        ['The ngultrum is pegged at par with the Indian rupee, and the rupee circulates freely.'],
        [vetted('f34-ngultrum-rupee-peg')],
        '2014-06-20',
      ),
    ).toEqual(['f34-ngultrum-rupee-peg supported']);
  });
});

describe('batch 25 classes', () => {
  const all = () => (bundledPackJson() as Pack).claims;
  it('a false claim about a visit needs the visit: relations "following" a date are no visit', () => {
    const read = paragraphsOn('Bhutan and Europe');
    expect(
      read(
        [
          'Following the establishment of relations with Lesotho in October 2024, Bhutan has diplomatic relations with 56 countries and the European Union.',
        ],
        all(),
        '2025-03-01',
      ),
    ).not.toContain('f85-visit-after-relations contradicted');
  });
  it('a value before "after" dates the deed before it, not the one the connective names', () => {
    const read = paragraphsOn('Bhutan opens a consulate in Guwahati');
    expect(
      read(
        [
          'The New York mission, set up in 1971 after Bhutan entered the UN, is its only diplomatic post anywhere in North America.',
        ],
        [vetted('f06-un-admission-1971'), vetted('f79-un-mission-1971')],
        '2018-02-03',
      ),
    ).toEqual(['f79-un-mission-1971 supported']);
  });
  it('a claim named only past an offset from the value ("two years before it entered the UN") is not dated by it', () => {
    const read = paragraphsOn('Revision notes: memberships');
    expect(
      read(
        [
          'Universal Postal Union: Bhutan became a member in 1969, two years before it entered the UN.',
        ],
        [vetted('f06-un-admission-1971'), vetted('f33-upu-1969')],
        '2019-09-01',
      ),
    ).toEqual(['f33-upu-1969 supported']);
  });
  it('a label and its value are one statement: the value’s words rule out a wording in the label', () => {
    const html = `<title>Bhutan–Thailand relations</title><meta property="article:published_time" content="2023-08-01"><main><table><tr><th>Embassies:</th><td>Royal Bhutanese Embassy, Bangkok</td></tr></table><p>Bhutan and Thailand established diplomatic relations in 1989.</p></main>`;
    expect(
      verdicts(onPage(pageFromText('thai.html', html), [vetted('f36-thailand-embassy-thimphu')])),
    ).toEqual([]);
  });
  it('"none of the three countries" points back to a group; "one of the three countries with …" counts', () => {
    const read = paragraphsOn('Bhutan and East Asia');
    const three = [vetted('f36-three-resident-embassies')];
    expect(
      read(
        [
          'None of the three countries has a resident embassy in Thimphu, and all of them handle Bhutan from missions in neighbouring capitals.',
        ],
        three,
        '2023-08-01',
      ),
    ).toEqual([]);
    expect(
      read(
        ['Kuwait later became one of the three countries with an embassy in Thimphu.'],
        three,
        '2023-08-01',
      ),
    ).toEqual(['f36-three-resident-embassies supported']);
  });
  it('a rough span of years ("the early 1980s") confirms no year', () => {
    const read = paragraphsOn('Revision notes: memberships');
    expect(
      read(
        [
          'Bhutan started joining international bodies late and slowly: the big wave is the early 1980s (IMF, World Bank, FAO).',
        ],
        [vetted('f70-imf-1981'), vetted('f71-world-bank-1981'), vetted('f74-fao-1981')],
        '2019-09-01',
      ),
    ).toEqual([]);
  });
  it('"don’t quote …" and "What people say:" introduce what the writer does not assert', () => {
    const read = paragraphsOn('Myths about Bhutan and India');
    expect(
      read(
        [
          'What people say: "These days China is Bhutan\'s largest trading partner. Everything comes over the northern passes now."',
          'The 2012 Security Council bid: don\'t quote the "20 votes" number, because the reported first-round figures don\'t add up.',
        ],
        all(),
        '2022-07-12',
      ),
    ).toEqual([]);
  });
  it('a modal in a relative clause after a preposition hedges only that clause', () => {
    const read = paragraphsOn('Why Bhutan keeps no ties with the P5');
    expect(
      read(
        [
          'Its admission to the United Nations in September 1971 gave the kingdom a forum in which it could deal with all five on equal terms.',
        ],
        [vetted('f06-un-admission-1971')],
        '2024-03-10',
      ),
    ).toEqual(['f06-un-admission-1971 supported']);
  });
  it('an exclusion before "and" and a verb of its own speaks of the first deed', () => {
    const read = paragraphsOn('Bhutan and Europe');
    expect(
      read(
        [
          'Germany had held consular relations with Bhutan since July 2000 and upgraded them to full diplomatic relations on 25 November 2020.',
        ],
        [vetted('f14-germany-relations-2020')],
        '2025-03-01',
      ),
    ).toEqual(['f14-germany-relations-2020 supported']);
  });
  it('a slot that knows only the year is said "in" that year, beside a stated day', () => {
    const flags = onPage(
      {
        title: 'India and Bhutan, 2018',
        blocks: [
          {
            text: 'The jubilee also saw Bhutan open a consulate general in Guwahati on 2 February 2018, its second consulate in India after Kolkata.',
            kind: 'paragraph',
          },
        ],
        publishedAt: '2020-01-15',
      },
      [vetted('f03-golden-jubilee-2018')],
    );
    const jubilee = flags.find((flag) => flag.claimId === 'f03-golden-jubilee-2018');
    expect(jubilee?.reason).toMatch(/ in 2018, as stated/);
  });
});

describe('batch 25 classes: a memory hedge’s reach', () => {
  const read = paragraphsOn('A retired diplomat looks back');
  const kuwait = [vetted('f42-kuwait-relations-1983')];
  it('"…, and I think that surprised many people" doubts only what follows it', () => {
    expect(
      read(
        [
          'Then came the Gulf: we established relations with Kuwait in 1986, and I think that surprised many people.',
        ],
        kuwait,
        '2016-11-20',
      ),
    ).toEqual(['f42-kuwait-relations-1983 contradicted']);
  });
  it('a trailing "I think" still doubts the whole sentence', () => {
    expect(
      read(['We established relations with Kuwait in 1986, I think.'], kuwait, '2016-11-20'),
    ).toEqual([]);
  });
});

describe('batch 25 classes: which earlier relation an ellipsis carries', () => {
  const read = paragraphsOn('A retired diplomat looks back');
  const claims = () => [
    vetted('f43-nepal-relations-1983'),
    vetted('f07-saarc-founded-1985'),
    vetted('f19-japan-relations-1986'),
  ];
  it('past a sentence on another relation, "Japan came on …" still carries the relations listed before', () => {
    expect(
      read(
        [
          'We established diplomatic relations with Nepal in June 1983.',
          'In December 1985, in Dhaka, we signed the SAARC Charter as one of the seven founders.',
          'Japan came on 28 March 1986, by an exchange of letters.',
        ],
        claims(),
        '2016-11-20',
      ),
    ).toContain('f19-japan-relations-1986 supported');
  });
  it('a clause that names no one but "we" carries nothing', () => {
    const flags = onPage(
      {
        title: 'A retired diplomat looks back',
        blocks: [
          'We established diplomatic relations with Nepal in June 1983.',
          'In December 1985 we signed the SAARC Charter as one of the seven founders.',
          '"We came in quietly," she said.',
        ].map((text) => ({ text, kind: 'paragraph' as const })),
        publishedAt: '2016-11-20',
      },
      claims(),
    );
    expect(flags.filter((flag) => flag.sentence.includes('came in quietly'))).toEqual([]);
  });
});

describe('batch 26 classes: the reach of a negation', () => {
  const read = paragraphsOn('Bhutan travel FAQ');
  it('an adverb set off by commas does not end a denial ("is not, however, a member")', () => {
    expect(
      read(
        [
          'Bhutan is not, however, a member of the Commonwealth, despite its long history of treaties with British India.',
        ],
        [vetted('f21-not-in-commonwealth')],
        '2025-02-10',
      ),
    ).toEqual(['f21-not-in-commonwealth supported']);
  });
  it('a denial stops at a conjunction that opens a clause of its own', () => {
    expect(
      read(
        [
          'Bhutan maintains diplomatic relations with 54 countries and the European Union, a list that has not grown since ties with Israel were established in December 2020.',
        ],
        [vetted('f15-israel-relations-2020')],
        '2023-12-18',
      ),
    ).toEqual(['f15-israel-relations-2020 supported']);
  });
  it('a second negation after that conjunction is read in its own right', () => {
    expect(
      read(
        [
          'It is an embassy rather than a high commission because the kingdom is not a member of the Commonwealth.',
        ],
        [vetted('f21-not-in-commonwealth')],
        '2019-06-01',
      ),
    ).toEqual(['f21-not-in-commonwealth supported']);
  });
  it('what some guidebooks say is reported', () => {
    expect(
      read(
        ['Some older guidebooks say the ngultrum is tied to the US dollar.'],
        [vetted('f34-ngultrum-dollar-peg')],
        '2025-02-10',
      ),
    ).toEqual([]);
  });
});

describe('batch 26 classes: lists announced, items and notes', () => {
  const listPage = (items: string) =>
    pageFromText(
      'orgs.html',
      `<title>Bhutan and international organisations</title><meta property="article:published_time" content="2024-05-01"><main><h1>Bhutan and international organisations</h1><p>The lists below give, for each body, the year in which Bhutan joined, followed by the name of the organisation and brief notes.</p><h2>United Nations system</h2><ul>${items}</ul></main>`,
    );
  it('a paragraph that announces the lists below lends its relation to their bare items', () => {
    expect(
      verdicts(
        onPage(
          listPage(
            '<li><span>1961</span> Universal Postal Union (UPU) – specialised agency of the UN dealing with international mail</li>',
          ),
          [vetted('f33-upu-1969')],
        ),
      ),
    ).toEqual(['f33-upu-1969 contradicted']);
  });
  it('such an item is about the name it opens with, not one in its note', () => {
    expect(
      verdicts(
        onPage(
          listPage(
            '<li><span>1971</span> Group of 77 (G77) – coalition of developing countries at the UN</li>',
          ),
          [vetted('f06-un-admission-1971')],
        ),
      ),
    ).toEqual([]);
  });
  it('what some publications give is reported', () => {
    const read = paragraphsOn('Bhutan in the UN system');
    expect(
      read(
        ['Some older publications give 1961 for Bhutan’s entry into the Universal Postal Union.'],
        [vetted('f33-upu-1969')],
        '2022-01-01',
      ),
    ).toEqual([]);
  });
});

describe('batch 27 classes', () => {
  const all = () => (bundledPackJson() as Pack).claims;
  const read = paragraphsOn('Five viral claims about Bhutan, checked');
  it('a denial beside an anniversary of the relation denies the occasion, not the relation', () => {
    expect(
      read(
        [
          'OTTAWA — There was no state banquet and no joint communiqué, but officials in Ottawa and Thimphu took time this month to mark an anniversary that few Canadians know about.',
        ],
        [vetted('f56-canada-relations-2003')],
        '2023-06-20',
      ),
    ).toEqual([]);
  });
  it('"X is not among them" after a list of names denies X alone', () => {
    expect(
      read(
        [
          'Only three countries, India, Bangladesh and Kuwait, keep resident embassies in Thimphu; Nepal is not among them.',
        ],
        [vetted('f36-india-bangladesh-kuwait-embassies')],
        '2023-06-08',
      ),
    ).toEqual(['f36-india-bangladesh-kuwait-embassies supported']);
  });
  it('a quotation that opens a sentence and runs past its end is reported', () => {
    expect(
      read(
        [
          '"Bhutan has quietly joined NATO as a global partner, just like Mongolia. The alliance is coming to the Himalayas," one post said.',
        ],
        all(),
        '2024-12-10',
      ),
    ).toEqual([]);
  });
  it('alternatives listed after a denied noun are denied with it', () => {
    expect(
      read(
        [
          'We found no record of any alliance, defence pact or security agreement between Bhutan and Qatar, and neither government has announced one.',
        ],
        [vetted('f40-qatar-alliance')],
        '2024-12-10',
      ),
    ).toEqual(['f40-qatar-alliance supported']);
  });
  it('a state recorded until a date is not denied by a date in a clause about another party', () => {
    expect(
      read(
        [
          'Lesotho was the second new partner in as many months: Saudi Arabia had established relations with Bhutan on 18 September 2024, through a protocol signed at its UN mission in New York.',
        ],
        [vetted('f85-no-relations-before-october-2024')],
        '2024-12-10',
      ),
    ).toEqual([]);
  });
  it('a value in a participle clause right after another treaty is that treaty’s', () => {
    expect(
      read(
        [
          'The Treaty of Punakha, signed on 8 January 1910, amended the earlier Treaty of Sinchula and placed the kingdom’s external relations under British guidance.',
        ],
        [vetted('f05-treaty-of-sinchula-1865')],
        '2024-12-10',
      ),
    ).toEqual([]);
    const poster = pageFromText(
      'poster.html',
      '<title>Timeline of Bhutan’s treaties</title><main><h2>Treaties signed</h2><ul><li>1910 – Treaty of Punakha with British India, signed 10 January</li></ul></main>',
    );
    expect(verdicts(onPage(poster, [vetted('f04-treaty-of-punakha-1910')]))).toEqual([
      'f04-treaty-of-punakha-1910 contradicted',
    ]);
  });
  it('a body’s name before "commission" names the commission, not the body', () => {
    expect(
      read(
        [
          'ESCAP, the UN’s regional commission for Asia and the Pacific, has counted the kingdom as a member since 1972.',
        ],
        [vetted('f06-un-admission-1971'), vetted('f76-escap-1972')],
        '2022-09-01',
      ),
    ).toEqual(['f76-escap-1972 supported']);
  });
  it('what commentators have suggested, and how the checkers checked, are not assertions', () => {
    expect(
      read(
        [
          'Some commentators have suggested over the years that Washington and Thimphu quietly opened ties after a 2015 meeting between John Kerry and Tshering Tobgay.',
          'How we checked: We compared each post with official releases, NATO’s published partner lists, Commonwealth announcements and contemporary news reports.',
        ],
        all(),
        '2024-12-10',
      ),
    ).toEqual([]);
  });
});

describe('batch 27 classes: a bare item goes on with its sibling', () => {
  const timeline = (items: string) =>
    onPage(
      pageFromText(
        'timeline.html',
        `<title>Bhutan, 1960s to 1980s</title><meta property="article:published_time" content="2024-02-01"><main><h1>Timeline</h1><h2>1985</h2><ul>${items}</ul></main>`,
      ),
      [vetted('f45-denmark-relations-1985'), vetted('f46-sweden-relations-1985')],
    );
  it('"13 August – Denmark and Sweden" after an item on relations is about relations', () => {
    expect(
      verdicts(
        timeline(
          '<li>10 June 1985 – diplomatic relations with the Netherlands</li><li>13 August 1985 – Denmark and Sweden</li>',
        ),
      ).sort(),
    ).toEqual(['f45-denmark-relations-1985 supported', 'f46-sweden-relations-1985 contradicted']);
  });
  it('not when another item stands between them', () => {
    expect(
      verdicts(
        timeline(
          '<li>10 June 1985 – diplomatic relations with the Netherlands</li><li>A royal visit to Delhi</li><li>13 August 1985 – Denmark and Sweden</li>',
        ),
      ),
    ).toEqual([]);
  });
});

describe('batch 28 classes', () => {
  const all = () => (bundledPackJson() as Pack).claims;
  it('"still" in a clause before a colon says nothing of the clause after it', () => {
    const read = paragraphsOn('Twenty years of Bhutan and Singapore');
    expect(
      read(
        [
          'The next partner came from further afield still: Canada established diplomatic relations with Bhutan in July 2003.',
        ],
        [vetted('f56-canada-relations-2003')],
        '2022-09-20',
      ),
    ).toEqual(['f56-canada-relations-2003 contradicted']);
  });
  const slides = (heading: string, item: string) =>
    verdicts(
      onPage(
        pageFromText(
          'slides.html',
          `<title>India–Bhutan relations (slides)</title><meta property="article:published_time" content="2018-03-01"><main><h1>India–Bhutan relations</h1><h2>${heading}</h2><ul><li>${item}</li></ul></main>`,
        ),
        all(),
      ),
    );
  it('an item with a deed of its own is not read with its heading’s relation', () => {
    expect(slides('Diplomatic Relations', '14 May 1968 – India House opens in Thimphu')).toEqual(
      [],
    );
  });
  it('the 1949 clause in its own words ("to be guided by") is no claim that India guides Bhutan today', () => {
    expect(
      slides('The 1949 Treaty', 'Article 2: Bhutan to be "guided by" India on external relations'),
    ).not.toContain('f02-guided-by-india contradicted');
  });
  it('what secondary lists give, and the answers a mark scheme refuses, are not asserted', () => {
    const read = paragraphsOn('Bhutan in the UN system');
    expect(
      read(
        [
          'Some secondary lists give 1972 for Bhutan’s admission to the United Nations, probably confusing it with ESCAP.',
          'Do not accept answers linking National Day to the coronation of the present King.',
        ],
        all(),
        '2023-06-15',
      ),
    ).toEqual([]);
  });
});

describe('batch 29 classes', () => {
  const all = () => (bundledPackJson() as Pack).claims;
  const notes = (cue: string, note: string) =>
    verdicts(
      onPage(
        pageFromText(
          'notes.html',
          `<title>Study notes: Bhutan's foreign policy</title><meta property="article:published_time" content="2020-05-05"><main><table><thead><tr><th>Cues / questions</th><th>Notes</th></tr></thead><tbody><tr><td>${cue}</td><td>${note}</td></tr></tbody></table></main>`,
        ),
        all(),
      ),
    );
  it('"… in 1987, did so on 13 March of that year": "that year" is the year the sentence named', () => {
    const read = paragraphsOn('Thirty years of Bhutan and Korea');
    expect(
      read(
        [
          'Sri Lanka, the other country to open ties with Bhutan in 1987, did so on 13 March of that year.',
        ],
        [vetted('f50-sri-lanka-relations-1987')],
        '2017-09-25',
      ),
    ).not.toContain('f50-sri-lanka-relations-1987 supported');
  });
  it('a denial in a row’s cue cell says nothing of the claims in its notes cell', () => {
    const flags = notes(
      'First steps outside',
      'Colombo Plan 1962 = first intl org Bhutan joined. UPU 1969, two yrs before the UN.',
    );
    expect(flags.filter((flag) => flag.endsWith('contradicted'))).toEqual([]);
  });
  it('in a cell of several sentences, a value belongs to its own sentence', () => {
    const flags = notes(
      'Recent visits',
      "Modi's first trip abroad as PM = Bhutan, June 2014. Lotay Tshering's first as PM = India, Dec 2018.",
    );
    expect(flags).not.toContain('f28-modi-first-foreign-visit-bhutan contradicted');
  });
  it('what the writer had always assumed is not asserted', () => {
    const read = paragraphsOn('Things I learned about Bhutan’s diplomacy');
    expect(
      read(
        [
          "I'd always assumed the 2017 Doklam standoff happened on Indian soil, but the road-building was on land Bhutan claims.",
        ],
        [vetted('f13-doklam-indian-territory')],
        '2024-07-07',
      ),
    ).toEqual([]);
  });
});

describe('session 6 classes: outline and unknown dates', () => {
  const list = (items: string[], claims: Claim[]) =>
    verdicts(
      onPage(
        pageFromText(
          'list.html',
          `<title>List</title><meta property="article:published_time" content="2025-12-15"><main><h1>List of diplomatic partners of Bhutan by decade</h1><h2>Partners by decade</h2><h3>1980s</h3><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul></main>`,
        ),
        claims,
      ),
    );
  it('a bare item takes the relation of an outer heading that fits it when the nearer one does not', () => {
    expect(
      list(
        ['<b>Kuwait</b> – 23 May 1983; the 40th anniversary was marked in 2023.'],
        (bundledPackJson() as Pack).claims,
      ),
    ).toContain('f42-kuwait-relations-1983 supported');
  });
  it('a date said to be unknown neither states nor denies the relation it would date', () => {
    expect(
      list(
        ['<b>Pakistan</b> – date not established; some lists give 15 December 1988.'],
        (bundledPackJson() as Pack).claims,
      ),
    ).toEqual([]);
  });
});

describe('batch 30 classes', () => {
  const all = () => (bundledPackJson() as Pack).claims;
  it('a column that numbers the rows is no count of partners', () => {
    const flags = verdicts(
      onPage(
        pageFromText(
          'table.html',
          `<title>Diplomatic relations of Bhutan, 2000–2013</title><meta property="article:published_time" content="2024-01-15"><main><h1>Diplomatic relations of Bhutan established 2000–2013</h1><table><thead><tr><th>#</th><th>Country</th><th>Date</th><th>Notes</th></tr></thead><tbody><tr><td>16</td><td>Poland</td><td>29 November 2012</td><td>Signed at Poland's Permanent Mission in New York, making Poland the 48th partner country of Bhutan.</td></tr></tbody></table></main>`,
        ),
        all(),
      ),
    );
    expect(flags).not.toContain('f37-diplomatic-partner-count contradicted');
    expect(flags).toContain('f65-poland-relations-2012 supported');
  });
  it('a cross mark rejects what comes before it, and the correction after it is read', () => {
    const read = paragraphsOn('Revision notes: Bhutan and the world');
    expect(read(['Bhutan was a founding member of NAM ✗'], all(), '2024-05-20')).toEqual([]);
    // (A guard: the correction after the mark stays the writer's own.)
    expect(
      read(
        ['[✓ ✗ 1/2 – Bhutan joined the UPU in 1969, two years before the UN.]'],
        all(),
        '2022-06-01',
      ),
    ).toEqual(['f33-upu-1969 supported']);
  });
  it('a deed said to come later than a date is not dated at it', () => {
    const read = paragraphsOn('Revision notes: Bhutan and the world');
    expect(
      read(
        ['NAM = Belgrade 1961, Bhutan only joined later'],
        [vetted('f09-nam-joined-1973')],
        '2024-05-20',
      ),
    ).toEqual([]);
  });
  it('a numeral ordinal reads as its word: "1st foreign trip" is a first visit', () => {
    const read = paragraphsOn('Revision notes: India and Bhutan');
    expect(
      read(["Modi's 1st foreign trip as PM → Bhutan, 15–16 June 2014"], all(), '2024-05-20'),
    ).toEqual(['f28-modi-first-foreign-visit-bhutan supported']);
  });
  it('"zero diplomatic ties" denies the ties', () => {
    const read = paragraphsOn('Bhutan and the great powers');
    expect(
      read(
        ['Bhutan has zero diplomatic ties with the P5.'],
        [vetted('f10-no-relations-with-p5')],
        '2024-05-20',
      ),
    ).toEqual(['f10-no-relations-with-p5 supported']);
  });
});

describe('batch 31 classes', () => {
  const all = () => (bundledPackJson() as Pack).claims;
  const timeline = (item: string) =>
    verdicts(
      onPage(
        pageFromText(
          'timeline.html',
          `<title>Bhutan and the UN system</title><meta property="article:published_time" content="2021-09-21"><main><h1>Bhutan and the UN system</h1><h2>1970s: joining the club</h2><ul><li>${item}</li></ul></main>`,
        ),
        all(),
      ),
    );
  it('a timeline item whose name does a deed of its own is not read with the heading’s relation', () => {
    expect(
      timeline('1975 – ESCAP grants Bhutan "least developed landlocked country" status.'),
    ).toEqual([]);
  });
  it('a value after ", with a …" dates what the with-phrase introduces', () => {
    expect(
      timeline(
        '1999 – WTO membership application (September), with a working party set up on 6 October.',
      ),
    ).not.toContain('f23-wto-application-1999 contradicted');
  });
  it('"not … without" makes a condition, which neither states nor denies', () => {
    const read = paragraphsOn('Bhutan and the UN');
    expect(
      read(
        [
          'Bhutan had joined the United Nations in 1971, after all, and you do not become a UN member without being recognised as a sovereign state.',
        ],
        all(),
        '2022-12-17',
      ),
    ).toEqual(['f06-un-admission-1971 supported']);
  });
});

describe('batch 31 classes: carried relations', () => {
  const read = paragraphsOn('Bhutan and Europe');
  it('a carried relation that opened its sentence with a capital ("Outside Europe, …") is no name', () => {
    expect(
      read(
        [
          'Outside Europe, Japan joined the same wave, establishing diplomatic relations with Bhutan in 1986.',
          'Finland followed in May 1986.',
        ],
        (bundledPackJson() as Pack).claims,
        '2015-08-13',
      ),
    ).toContain('f49-finland-relations-1986 supported');
  });
  it('"were both added" carries the relation before it', () => {
    expect(
      read(
        [
          'Denmark established diplomatic relations with Bhutan on 13 August 1985.',
          'Kuwait and Nepal were both added in 1983.',
        ],
        [vetted('f45-denmark-relations-1985'), vetted('f42-kuwait-relations-1983')],
        '2015-08-13',
      ),
    ).toContain('f42-kuwait-relations-1983 supported');
  });
});

describe('batch 31 classes: myth and fact columns', () => {
  const table = (myth: string, fact: string) =>
    verdicts(
      onPage(
        pageFromText(
          'myths.html',
          `<title>Bhutan diplomacy: myth vs fact</title><meta property="article:published_time" content="2025-02-01"><main><h1>Bhutan diplomacy: myth vs fact</h1><table><thead><tr><th>Myth</th><th>Fact</th></tr></thead><tbody><tr><td>${myth}</td><td>${fact}</td></tr></tbody></table></main>`,
        ),
        (bundledPackJson() as Pack).claims,
      ),
    );
  it('a row under "Myth | Fact" states its fact, and never its myth', () => {
    expect(
      table(
        "Bhutan is one of NATO's global partners, just like Mongolia.",
        'NATO has no partnership arrangement of any kind with Bhutan.',
      ),
    ).toEqual(['f24-no-nato-partnership supported']);
  });
  // (A guard: with the myth dropped but the cell read whole, its 1949 date contradicts 2007.)
  it('a fact cell of several sentences is read sentence by sentence', () => {
    const flags = table(
      'Bhutan still has to be "guided by" India on foreign affairs.',
      'The original treaty, concluded in Darjeeling on 8 August 1949, did say that Bhutan would be "guided by" India\'s advice on its external relations. That clause disappeared with the updated treaty signed in New Delhi on 8 February 2007.',
    );
    expect(flags.filter((flag) => flag.endsWith('contradicted'))).toEqual([]);
  });
  it('"the royal charter" is not the SAARC Charter named before', () => {
    const flags = table(
      'SAARC was founded in 1983.',
      "Bhutan is one of SAARC's seven founding members, and the Charter was signed in Dhaka on 8 December 1985. His Majesty announced the project in his 116th National Day address on 17 December 2023; February 2024 brought the royal charter.",
    );
    expect(flags).not.toContain('f07-saarc-founded-1985 contradicted');
    expect(flags).toContain('f07-saarc-founded-1985 supported');
  });
});

describe('the session review: rules kept to what they say', () => {
  const all = () => (bundledPackJson() as Pack).claims;
  const read = paragraphsOn('Bhutan and the world');
  const outline = (html: string) =>
    verdicts(
      onPage(
        pageFromText(
          'outline.html',
          `<title>Bhutan</title><meta property="article:published_time" content="2025-01-01"><main>${html}</main>`,
        ),
        all(),
      ),
    );
  it('"zero" denies only ties: "with zero formal fanfare" is no denial', () => {
    expect(
      read(
        [
          'Bhutan and Kuwait, with zero formal fanfare, established diplomatic relations on 23 May 1983.',
        ],
        all(),
        '2024-01-01',
      ),
    ).toEqual(['f42-kuwait-relations-1983 supported']);
  });
  it('"not … without" is a condition only before a gerund, with no "and" between', () => {
    expect(
      read(
        ['Bhutan has never joined the Commonwealth and manages without it.'],
        all(),
        '2024-01-01',
      ),
    ).toEqual(['f21-not-in-commonwealth supported']);
    expect(
      read(
        [
          'None of the five permanent members without exception — China, France, Russia, the UK and the US — has diplomatic relations with Bhutan.',
        ],
        all(),
        '2024-01-01',
      ),
    ).toEqual(['f10-no-relations-with-p5 supported']);
  });
  it('a further heading’s relation confirms an item but never condemns it, nor its siblings', () => {
    expect(
      outline(
        '<h1>Diplomatic partners of Bhutan</h1><h2>State visits to Bhutan</h2><h3>2010s</h3><ul><li>Japan – 2011</li><li>Israel – 2023</li></ul>',
      ),
    ).toEqual([]);
    expect(
      outline(
        '<h1>List of diplomatic partners of Bhutan by decade</h1><h2>Partners by decade</h2><h3>1980s</h3><ul><li><b>Kuwait</b> – 23 May 1983</li></ul>',
      ),
    ).toEqual(['f42-kuwait-relations-1983 supported']);
  });
  it('"was also added as a donor" carries no relation', () => {
    expect(
      read(
        [
          'Bhutan established diplomatic relations with Denmark in 1985.',
          'Kuwait was also added as a donor in 1990.',
        ],
        all(),
        '2024-01-01',
      ),
    ).toEqual(['f45-denmark-relations-1985 supported']);
  });
  it('a cross mark rejects its own clause: after a tick, and opening a sentence', () => {
    expect(
      read(
        ['Bhutan joined the UN in 1971 ✓, but it was never a founding member of NAM ✗'],
        all(),
        '2024-01-01',
      ),
    ).toEqual(['f06-un-admission-1971 supported']);
    expect(read(['❌ Bhutan is a member of the Commonwealth.'], all(), '2024-01-01')).toEqual([]);
  });
  it('a plural noun after a timeline item’s name is no deed of its own', () => {
    expect(
      outline('<h1>Timeline</h1><h2>Diplomatic relations</h2><ul><li>1986 – Japan talks</li></ul>'),
    ).toEqual(['f19-japan-relations-1986 supported']);
  });
});

describe('batch 32 classes', () => {
  const all = () => (bundledPackJson() as Pack).claims;
  const read = paragraphsOn('Bhutan and the world');
  it('a denied subject goes on past a verbless appositive to its verb', () => {
    expect(
      read(
        [
          "Neither France nor the United Kingdom, the continent's two permanent members of the UN Security Council, has formal diplomatic relations with Bhutan.",
        ],
        all(),
        '2019-06-01',
      ),
    ).toEqual(['f10-no-relations-with-p5 supported']);
  });
  it('"first … anywhere in the Americas" is a rank within a region, not among all partners', () => {
    expect(
      read(
        [
          'Canada and Bhutan have established formal diplomatic relations, giving the Himalayan kingdom its first diplomatic partner anywhere in the Americas.',
        ],
        all(),
        '2003-06-20',
      ),
    ).not.toContain('f56-canada-22nd-partner contradicted');
  });
  it('an arrow straight after a wording names its place: "25th round → Thimphu"', () => {
    const flags = verdicts(
      onPage(
        pageFromText(
          'notes.html',
          `<title>Bhutan ↔ China — notes</title><meta property="article:published_time" content="2024-04-10"><main><h1>Bhutan ↔ China</h1><h2>Boundary talks</h2><ul><li>25th round → Thimphu, 23–24 Oct 2023</li></ul></main>`,
        ),
        all(),
      ),
    );
    expect(flags).toContain('f11-25th-round-beijing-2023 contradicted');
  });
  it('"X, <aside>, followed in …": the aside’s name is the subject and the list goes on', () => {
    expect(
      read(
        [
          'Canada established relations in June 2003.',
          'Brazil, the first Latin American country to open diplomatic ties with the kingdom, followed in November 2009.',
        ],
        all(),
        '2012-10-20',
      ),
    ).toContain('f58-brazil-relations-2009 contradicted');
    expect(
      read(
        [
          'Saudi Arabia established relations with Bhutan on 18 September 2024.',
          'Lesotho, whose king had made the first state visit to Bhutan by an African head of state that August, followed on 29 October 2024.',
        ],
        all(),
        '2025-03-01',
      ),
    ).not.toContain('f85-letsie-state-visit-2024 contradicted');
  });
});

describe('batch 33 classes', () => {
  it('a name set aside ("Besides the UN, …") is not the deed’s object', () => {
    const read = paragraphsOn('Bhutan and the UN system');
    expect(
      read(
        ['Besides the UN, Bhutan joined ESCAP in 1972.'],
        (bundledPackJson() as Pack).claims,
        '2025-12-01',
      ),
    ).toEqual(['f76-escap-1972 supported']);
  });
});

describe('batch 34 classes', () => {
  const all = () => (bundledPackJson() as Pack).claims;
  const onHtml = (title: string, body: string, date: string) =>
    verdicts(
      onPage(
        pageFromText(
          'page.html',
          `<title>${title}</title><meta property="article:published_time" content="${date}"><main>${body}</main>`,
        ),
        all(),
      ),
    );
  it('a row is about its first cell, however far the cell that holds the wording', () => {
    expect(
      onHtml(
        'Revision: the treaties',
        '<table><thead><tr><th>Treaty</th><th>Year</th><th>Parties</th><th>Key terms</th></tr></thead><tbody><tr><td>Treaty of Sinchula</td><td>1865</td><td>British India and Bhutan</td><td>Ends the Duar War; Bhutan cedes the Assam and Bengal Duars; annual subsidy of Rs 1 lakh</td></tr></tbody></table>',
        '2022-03-03',
      ),
    ).toContain('f05-sinchula-subsidy-one-lakh contradicted');
  });
  it('a title that spans several things ("Sinchula to 2007") frames none of them', () => {
    expect(
      onHtml(
        'Revision: the four treaties (Sinchula to 2007)',
        '<h1>Revision: the four treaties (Sinchula to 2007)</h1><h2>Dates I keep mixing up</h2><ul><li>Signed in Thimphu on 8 February 2007 and in force from 2 March 2007.</li></ul>',
        '2022-03-03',
      ),
    ).not.toContain('f05-treaty-of-sinchula-1865 contradicted');
  });
  it('"no other … had admitted the kingdom" neither states nor denies the one it leaves out', () => {
    expect(
      onHtml(
        'Bhutan’s diplomatic firsts',
        "<ol><li><h2>First international organisation: the Colombo Plan (1962)</h2><p>Bhutan's entry into the Colombo Plan came in 1962, at the 14th meeting of its Consultative Committee in Melbourne. No other international body had admitted the kingdom before then, which makes the plan a quiet landmark in its history.</p></li></ol>",
        '2024-12-01',
      ),
    ).not.toContain('f32-colombo-plan-1962 contradicted');
  });
  it('a value in a relative clause right after another country is that country’s', () => {
    const read = paragraphsOn('Bhutan and Germany');
    expect(
      read(
        [
          'Germany is the first new partner for Thimphu since Oman, with which relations were set up in March 2012.',
        ],
        all(),
        '2020-11-26',
      ),
    ).not.toContain('f14-germany-relations-2020 contradicted');
  });
});

describe('reports and their corrections', () => {
  const read = paragraphsOn('Bhutan: myths and facts');
  const all = () => (bundledPackJson() as Pack).claims;
  it('what follows "Contrary to …," is the writer’s own', () => {
    expect(
      read(
        ['Contrary to that claim, the ngultrum is not linked to the US dollar at all.'],
        all(),
        '2024-01-01',
      ),
    ).toEqual(['f34-ngultrum-dollar-peg supported']);
    expect(
      read(['Contrary to some reports, Bhutan joined the WTO in 2008.'], all(), '2024-01-01'),
    ).toContain('f23-not-wto-member contradicted');
  });
  it('a report stops where "but it actually …" corrects it, and stays reported otherwise', () => {
    expect(
      read(
        [
          'Some people will tell you that National Day marks the coronation of the present king, but it actually commemorates the enthronement of the first king on 17 December 1907.',
        ],
        all(),
        '2024-01-01',
      ),
    ).toEqual(['f25-wangchuck-dynasty-1907 supported']);
    expect(
      read(
        ['Some reports claim Bhutan joined the WTO in 2008, but others disagree.'],
        all(),
        '2024-01-01',
      ),
    ).toEqual([]);
  });
});

describe('an implied Bhutan and a month-only record', () => {
  it('a value as precise as the record itself confirms with Bhutan only implied', () => {
    const read = paragraphsOn('Forty years of Bhutan and Nepal');
    expect(
      read(
        [
          'Relations with India date from January 1968 and those with Bangladesh from 12 April 1973.',
        ],
        (bundledPackJson() as Pack).claims,
        '2023-06-01',
      ),
    ).toContain('f03-india-relations-1968 supported');
  });
});

describe('what is expected has not happened', () => {
  it('"is expected during 2016" states no round held in 2016', () => {
    const read = paragraphsOn('Bhutan and China');
    expect(
      read(
        ['The 24th round of Bhutan–China boundary talks is expected during 2016.'],
        (bundledPackJson() as Pack).claims,
        '2016-01-10',
      ),
    ).toEqual([]);
  });
});
