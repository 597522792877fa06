import { describe, expect, it } from 'vitest';
import { checkPage, type TextBlock } from '../../src/core/check';
import { buildIndex } from '../../src/core/match/index';
import { claim, flagsFor, pack, TODAY } from './helpers';

const colomboPlan = claim({
  id: 'colombo-plan-1962',
  match: { relation: 'membership', entities: [['bhutan'], ['colombo-plan']] },
  slots: [{ name: 'joined', kind: 'year', value: 1962 }],
});
const kuwait = claim({
  id: 'kuwait-relations-1983',
  match: { relation: 'relations-established', entities: [['bhutan'], ['kuwait']] },
  slots: [{ name: 'established', kind: 'date', value: '1983-05-23' }],
});
const nepal = claim({
  id: 'nepal-relations-june-1983',
  match: { relation: 'relations-established', entities: [['bhutan'], ['nepal']] },
  slots: [{ name: 'established', kind: 'date', value: '1983-06' }],
});
const un = claim({
  id: 'un-1971',
  match: { relation: 'membership', entities: [['bhutan'], ['un']] },
  slots: [{ name: 'joined', kind: 'date', value: '1971-09-21' }],
});

const verdicts = (flags: readonly { verdict: string; claimId: string }[]) =>
  flags.map((flag) => `${flag.claimId} ${flag.verdict}`);

function onPage(blocks: TextBlock[], claims = [kuwait, un], publishedAt?: string) {
  return checkPage(
    { title: 'Notes', blocks, ...(publishedAt ? { publishedAt } : {}) },
    buildIndex([pack(claims)]),
    {
      today: TODAY,
      gated: true,
    },
  ).flags;
}

describe('references across sentences', () => {
  it('reads "it" as the country the page named last, and says so on the card', () => {
    const flags = flagsFor(
      [colomboPlan],
      ['Bhutan sits between two large neighbours.', 'It joined the Colombo Plan in 1963.'],
    );
    expect(verdicts(flags)).toEqual(['colombo-plan-1962 contradicted']);
    expect(flags[0]?.reason).toMatch(/reading “It” as Bhutan/);
  });
  it('reads "the two countries" as the last two countries named, and only as a pair', () => {
    expect(
      verdicts(
        flagsFor(
          [kuwait],
          [
            'The emir of Kuwait received a delegation from Bhutan.',
            'The two countries established diplomatic relations on 23 May 1983.',
          ],
        ),
      ),
    ).toEqual(['kuwait-relations-1983 supported']);
    // With only one country in mind (a page not about Bhutan), "the two countries" is no pair.
    expect(
      flagsFor(
        [kuwait],
        [
          'Kuwait has long had a generous aid programme.',
          'The two countries established diplomatic relations on 23 May 1984.',
        ],
        { relevant: false },
      ),
    ).toEqual([]);
  });
  it('"the two countries" after Bhutan and a partner in the sentence are those two, and may stand beside either named', () => {
    const china = claim({
      id: 'talks-1984',
      match: { relation: 'talks-began', entities: [['bhutan'], ['china'], ['boundary-talks']] },
      slots: [{ name: 'began', kind: 'year', value: 1984 }],
    });
    expect(
      verdicts(
        flagsFor(
          [china],
          [
            'China built a road at Doklam.',
            'The two countries have been negotiating it since 1984; the boundary talks with China go on.',
          ],
        ),
      ),
    ).toEqual(['talks-1984 supported']);
    expect(
      verdicts(
        flagsFor(
          [kuwait],
          [
            'India sent a delegation.',
            'Kuwait set the pattern: its ties with Bhutan, when the two countries established diplomatic relations on 23 May 1983, grew fast.',
          ],
        ),
      ),
    ).toEqual(['kuwait-relations-1983 supported']);
  });
  it('prefers an antecedent in the same sentence to one named before', () => {
    expect(
      flagsFor(
        [kuwait],
        [
          'Kuwait and Bhutan are friends.',
          'Oman said its diplomatic relations with Bhutan began on 15 March 2013.',
        ],
      ),
    ).toEqual([]);
  });
});

describe('the subject carried on', () => {
  const fao = claim({
    id: 'fao-1981',
    match: { relation: 'membership', entities: [['bhutan'], ['fao']] },
    slots: [{ name: 'joined', kind: 'year', value: 1981 }],
  });
  it('a sentence that leaves Bhutan unsaid right after one about Bhutan is about Bhutan', () => {
    const next = 'Membership of the Food and Agriculture Organization followed in 1982.';
    expect(
      verdicts(
        flagsFor(
          [fao],
          ['A decade after its admission to the UN, the kingdom joined the IMF.', next],
        ),
      ),
    ).toEqual(['fao-1981 contradicted']);
    // After a sentence about another country, it is not: Nepal's membership is not Bhutan's.
    expect(flagsFor([fao], ['Nepal joined the IMF in 1961.', next])).toEqual([]);
  });
  it('"both countries" may each do the same to an organisation the sentence names', () => {
    expect(
      verdicts(
        flagsFor(
          [un],
          [
            'Bhutan and Qatar are both small states.',
            'Both countries took their seats at the United Nations in September 1971.',
          ],
        ),
      ),
    ).toEqual(['un-1971 supported']);
  });
});

describe('descriptions with modifiers', () => {
  const inaugurated = claim({
    id: 'mangdechhu-2019',
    match: { relation: 'inauguration', entities: [['mangdechhu']] },
    slots: [{ name: 'inaugurated', kind: 'date', value: '2019-08-17' }],
  });
  it('"the 720 MW plant" is the plant named before; a year or a name between is no modifier', () => {
    const before = 'The Mangdechhu hydroelectric project was built with Indian help.';
    expect(
      verdicts(
        flagsFor(
          [inaugurated],
          [before, 'On 17 August 2019 the leaders inaugurated the 720 MW plant.'],
        ),
      ),
    ).toEqual(['mangdechhu-2019 supported']);
    for (const other of [
      'On 17 August 2018 the leaders inaugurated the 2009 plant.',
      'On 17 August 2018 the leaders inaugurated the Punatsangchhu plant.',
    ])
      expect(flagsFor([inaugurated], [before, other]), other).toEqual([]);
  });
});

describe('demonstratives and the round', () => {
  const round = claim({
    id: 'round-25-beijing',
    match: {
      entities: [['bhutan'], ['china'], ['boundary-talks']],
      predicates: ['25th round'],
    },
    slots: [{ name: 'place', kind: 'place', value: 'beijing-city', wrong: ['thimphu'] }],
  });
  const before = 'Bhutan and China have held boundary talks since 1984.';
  it('"those talks" and "the 25th round" point back to the talks named before', () => {
    expect(
      verdicts(
        flagsFor([round], [before, 'The 25th round of those talks was held in Beijing last year.']),
      ),
    ).toEqual(['round-25-beijing supported']);
  });
  it('without the talks named before, "those talks" names nothing', () => {
    expect(
      flagsFor(
        [round],
        ['Bhutan sent a delegation abroad.', 'The 25th round of those talks was held in Beijing.'],
      ),
    ).toEqual([]);
  });
});

describe("another country's institution", () => {
  const mission = claim({
    id: 'mission-1971',
    match: { relation: 'establishment', entities: [['bhutan-un-mission']] },
    slots: [{ name: 'established', kind: 'date', value: '1971' }],
  });
  it('"Nepal\'s Permanent Mission", or "its" mission after another country, is not Bhutan\'s', () => {
    for (const sentences of [
      ["Nepal's Permanent Mission to the UN was established in 1955."],
      ['Poland opened ties in 2012.', 'Its UN mission in New York was set up in 1974.'],
    ])
      expect(flagsFor([mission], sentences), sentences.join(' ')).toEqual([]);
    expect(
      verdicts(
        flagsFor(
          [mission],
          ['Bhutan joined the UN that autumn.', 'Its UN mission in New York was set up in 1974.'],
        ),
      ),
    ).toEqual(['mission-1971 contradicted']);
  });
});

describe('structure: an argument left to the section', () => {
  it('a list item under "Relations with Kuwait" is about Kuwait', () => {
    const flags = onPage([
      { text: 'Relations with Kuwait', kind: 'heading', level: 2 },
      { text: '23 May 1984 – diplomatic relations established', kind: 'item' },
    ]);
    expect(verdicts(flags)).toEqual(['kuwait-relations-1983 contradicted']);
    expect(flags[0]?.reason).toMatch(/Kuwait, from “Relations with Kuwait”/);
  });
  it('but not a row that names something the engine does not know', () => {
    expect(
      onPage([
        { text: 'The United Nations and its agencies', kind: 'heading', level: 2 },
        {
          text: 'IFC joined 2003',
          kind: 'row',
          cells: [
            { start: 0, end: 3 },
            { start: 4, end: 15 },
          ],
        },
      ]),
    ).toEqual([]);
  });
  it('a heading that only labels something is not a claim', () => {
    const standoff = claim({
      id: 'doklam-2017',
      match: { relation: 'event-span', entities: [['doklam']] },
      slots: [{ name: 'span', kind: 'date', value: '2017-06-16', until: '2017-08-28' }],
    });
    expect(
      onPage([{ text: '2016 Doklam standoff', kind: 'heading', level: 1 }], [standoff]),
    ).toEqual([]);
  });
});

describe('values in context', () => {
  it('resolves "on Thursday" against the article date', () => {
    const mou = claim({
      id: 'kuwait-relations-thursday',
      match: { relation: 'relations-established', entities: [['bhutan'], ['kuwait']] },
      slots: [{ name: 'established', kind: 'date', value: '2021-10-14' }],
    });
    const sentence = 'Bhutan and Kuwait established diplomatic relations on Thursday.';
    expect(verdicts(flagsFor([mou], [sentence], { publishedAt: '2021-10-20' }))).toEqual([
      'kuwait-relations-thursday supported',
    ]);
    expect(verdicts(flagsFor([mou], [sentence], { publishedAt: '2021-10-25' }))).toEqual([
      'kuwait-relations-thursday contradicted',
    ]);
    // An undated page does not guess which Thursday.
    expect(flagsFor([mou], [sentence])).toEqual([]);
  });
  it('"the year after" and "that December" count from the year the page last narrated; they confirm, never condemn', () => {
    const escap = claim({
      id: 'escap-1972',
      match: { relation: 'membership', entities: [['bhutan'], ['escap']] },
      slots: [{ name: 'joined', kind: 'year', value: 1972 }],
    });
    const first =
      'Bhutan took its seat at the UN in 1971, as world leaders met for this year’s debate.';
    expect(
      verdicts(
        flagsFor([escap], [first, 'The year after, Bhutan joined ESCAP.'], {
          publishedAt: '2023-09-21',
        }),
      ),
    ).toEqual(['escap-1972 supported']);
    // A year it did not state may be wrong: no contradiction from it.
    expect(
      flagsFor([escap], [first, 'That same year, Bhutan joined ESCAP.'], {
        publishedAt: '2023-09-21',
      }),
    ).toEqual([]);
  });
  it('"the same year" after a year in its own sentence is that year; it confirms, never condemns', () => {
    const mission = claim({
      id: 'mission-1971',
      match: { relation: 'establishment', entities: [['bhutan-un-mission']] },
      slots: [{ name: 'established', kind: 'date', value: '1971' }],
    });
    const said = (year: string) =>
      verdicts(
        flagsFor(
          [mission],
          [
            `Bhutan was admitted to the United Nations on 21 September ${year} as its 128th member, and its Permanent Mission in New York was set up the same year.`,
          ],
        ),
      );
    expect(said('1971')).toEqual(['mission-1971 supported']);
    expect(said('1972')).toEqual([]);
    // The sentence names no year before it: nothing to read.
    expect(
      flagsFor([mission], ['Its Permanent Mission in New York was set up the same year.']),
    ).toEqual([]);
  });
  it('a record known to the month neither confirms nor denies a stated day', () => {
    const say = (when: string) =>
      verdicts(flagsFor([nepal], [`Bhutan and Nepal established diplomatic relations ${when}.`]));
    expect(say('on 3 June 1983')).toEqual([]);
    expect(say('in June 1983')).toEqual(['nepal-relations-june-1983 supported']);
    expect(say('in July 1983')).toEqual(['nepal-relations-june-1983 contradicted']);
  });
  it('a count said of an earlier time is not judged at the page date', () => {
    const count = claim({
      id: 'partner-count',
      asOf: '2025-10',
      match: { relation: 'partner-count', entities: [['bhutan']] },
      slots: [
        {
          name: 'count',
          kind: 'number',
          units: ['country'],
          timeline: [{ from: '2020-11-25', value: 53 }],
        },
      ],
    });
    expect(
      flagsFor([count], ['Until this week Bhutan had diplomatic relations with 52 countries.'], {
        publishedAt: '2020-11-27',
      }),
    ).toEqual([]);
    expect(
      verdicts(
        flagsFor([count], ['Bhutan has diplomatic relations with 52 countries.'], {
          publishedAt: '2020-11-27',
        }),
      ),
    ).toEqual(['partner-count contradicted']);
  });
});
