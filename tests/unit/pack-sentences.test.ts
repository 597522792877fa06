import { describe, expect, it } from 'vitest';
import { checkSentences } from '../../src/core/check';
import { validatePack } from '../../src/core/claims/validate';
import { buildIndex } from '../../src/core/match/index';
import { bundledPackJson, TODAY } from './helpers';

// Paraphrases of the brief's facts as a journalist might write them, and the bundled pack's answer.
const parsed = validatePack(bundledPackJson());
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const index = buildIndex([parsed.pack]);
const verdictOf = (sentence: string): string[] =>
  checkSentences([{ text: sentence, block: 0, start: 0, end: sentence.length }], index, {
    relevant: true,
    today: TODAY,
  }).map((flag) => `${flag.facts[0] ?? flag.claimId}:${flag.verdict}`);

const CASES: [string, string[]][] = [
  ['Thimphu entered the world body on 21 September 1971.', ['F06:supported']],
  ['In 1985, Bhutan joined the United Nations.', ['F06:contradicted']],
  [
    "Bhutan gained UN membership in 1971, becoming the organisation's 127th member.",
    ['F06:contradicted'],
  ],
  ['It was not until 1971 that Bhutan joined the United Nations.', ['F06:supported']],
  [
    'The Treaty of Friendship between India and Bhutan was signed in New Delhi in 1949.',
    ['F01:contradicted'],
  ],
  ['The Doklam standoff of 2017 lasted 72 days.', ['F13:contradicted']],
  [
    'The 25th round of boundary talks between Bhutan and China was held in Thimphu in 2024.',
    ['F11:contradicted'],
  ],
  ['Bhutan joined the Colombo Plan in 1961.', ['F32:contradicted']],
  ['Bhutan has been a member of BIMSTEC since it was founded in 1997.', ['F08:contradicted']],
  [
    'The 720-megawatt Mangdechhu plant was inaugurated in Trongsa in August 2019.',
    ['F31:contradicted'],
  ],
  ['Bhutan joined NATO’s Partnership for Peace in 2019.', ['F24:contradicted']],
  ['Bhutan still has no formal diplomatic ties with China.', ['F10:supported']],
  ['Israel and Bhutan established diplomatic relations on 11 December 2020.', ['F15:contradicted']],
  ['Bhutan and Qatar signed a defence pact in 2025.', ['F40:contradicted']],
  ['The ngultrum is pegged to the US dollar.', ['F34:contradicted']],
  ['Would Bhutan join the UN in 1972 if it could?', []],
  ['A viral post claimed that Bhutan joined the UN in 1985.', []],
  ['Bhutan is said to have joined the UN in 1985.', []],
  ['Bhutan may establish diplomatic relations with China within the next few years.', []],
  // F41 (brief part 2): relations with Bangladesh from 12 April 1973; pack 1 had no claim on it.
  ['Bhutan and Bangladesh established diplomatic relations on 12 April 1973.', ['F41:supported']],
  ['Bhutan and Bangladesh established diplomatic relations on 12 May 1973.', ['F41:contradicted']],
  ['Germany opened consular relations with Bhutan in 2000.', []],
  [
    'Nepal and India signed their Treaty of Peace and Friendship in 1950, a year after Bhutan’s treaty.',
    [],
  ],
  [
    'Bhutan sought a non-permanent seat on the Security Council in 2012 but won only a handful of votes.',
    [],
  ],
  ['Modi visited Bhutan again in March 2024.', []],
];

describe('the bundled pack on paraphrased sentences', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expect(verdictOf(sentence).sort()).toEqual(expected);
  });
});
