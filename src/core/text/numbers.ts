/** Number words and ordinal words up to the hundreds, for "seventy-three days" or "twenty-fifth". */
const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORDINAL_TENS = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];

export const CARDINAL_WORDS = new Map<string, number>();
export const ORDINAL_WORDS = new Map<string, number>();
UNITS.forEach((word, value) => CARDINAL_WORDS.set(word, value));
ORDINAL_UNITS.forEach((word, value) => ORDINAL_WORDS.set(word, value));
for (let ten = 2; ten < 10; ten++) {
  CARDINAL_WORDS.set(TENS[ten] as string, ten * 10);
  ORDINAL_WORDS.set(ORDINAL_TENS[ten] as string, ten * 10);
  for (let unit = 1; unit < 10; unit++) {
    CARDINAL_WORDS.set(`${TENS[ten]}-${UNITS[unit]}`, ten * 10 + unit);
    ORDINAL_WORDS.set(`${TENS[ten]}-${ORDINAL_UNITS[unit]}`, ten * 10 + unit);
  }
}
CARDINAL_WORDS.set('hundred', 100);
CARDINAL_WORDS.set('dozen', 12);
ORDINAL_WORDS.set('hundredth', 100);

export const MONTHS = new Map<string, number>([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Seasons as month spans (northern hemisphere, as South Asian reporting uses them). */
export const SEASONS = new Map<string, readonly [number, number]>([
  ['spring', [3, 5]],
  ['summer', [6, 8]],
  ['monsoon', [6, 9]],
  ['autumn', [9, 11]],
  ['fall', [9, 11]],
  ['winter', [12, 2]],
]);
