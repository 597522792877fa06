import { fold } from './fold';
import { CARDINAL_WORDS, MONTHS, ORDINAL_WORDS, SEASONS } from './numbers';

/** A date at the precision the text gives it; `end*` fields describe a span ("15–16 June 2014"). */
export interface DateValue {
  readonly kind: 'date';
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly endYear?: number;
  readonly endMonth?: number;
  readonly endDay?: number;
  /** "early November", "the summer of 2017", "the 1990s": not precise enough to contradict. */
  readonly approximate: boolean;
  /** The year was not stated but taken from the page's date ("on November 15" in a 2012 report). */
  readonly inferredYear?: boolean;
  /** The page's own present ("this year", "this month", "on Thursday"): not a time it narrates. */
  readonly present?: boolean;
  readonly start: number;
  readonly end: number;
}

export interface NumberValue {
  readonly kind: 'number';
  readonly value: number;
  /** Normalised singular unit word that follows ("day", "mw", "vote", "country", "crore"). */
  readonly unit: string;
  /** "about", "more than", "nearly": consistent with many values, so never a conflict. */
  readonly approximate: boolean;
  readonly start: number;
  readonly end: number;
}

export interface OrdinalValue {
  readonly kind: 'ordinal';
  readonly value: number;
  /** The next few normalised words, any of which the ordinal may qualify ("member", "state"). */
  readonly units: readonly string[];
  readonly start: number;
  readonly end: number;
}

export type Value = DateValue | NumberValue | OrdinalValue;

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
const TO = '\\s*(?:-|to|until|till|and|through)\\s*';
const OF = '(?:\\s+of)?';

const DATE_PATTERNS: readonly {
  re: RegExp;
  read: (m: RegExpExecArray) => Omit<DateValue, 'kind' | 'start' | 'end' | 'approximate'>;
}[] = [
  {
    re: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, 'g'),
    read: (m) => ({ year: +g(m, 1), month: +g(m, 2), day: +g(m, 3) }),
  },
  {
    re: new RegExp(`\\b${DAY}\\s+${MONTH}${TO}${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => ({
      day: +g(m, 1),
      month: month(m[2]),
      endDay: +g(m, 3),
      endMonth: month(m[4]),
      year: +g(m, 5),
      endYear: +g(m, 5),
    }),
  },
  {
    re: new RegExp(`\\b${DAY}${TO}${DAY}${OF}\\s+${MONTH},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => ({
      day: +g(m, 1),
      endDay: +g(m, 2),
      month: month(m[3]),
      endMonth: month(m[3]),
      year: +g(m, 4),
      endYear: +g(m, 4),
    }),
  },
  {
    re: new RegExp(`\\b${DAY}${OF}\\s+${MONTH},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => ({ day: +g(m, 1), month: month(m[2]), year: +g(m, 3) }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}${TO}${DAY},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => ({
      month: month(m[1]),
      day: +g(m, 2),
      endDay: +g(m, 3),
      endMonth: month(m[1]),
      year: +g(m, 4),
      endYear: +g(m, 4),
    }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => ({ month: month(m[1]), day: +g(m, 2), year: +g(m, 3) }),
  },
  {
    re: new RegExp(`\\b${MONTH}${TO}${MONTH},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => ({ month: month(m[1]), endMonth: month(m[2]), year: +g(m, 3), endYear: +g(m, 3) }),
  },
  {
    re: new RegExp(`\\b${MONTH},?${OF}\\s+${YEAR}\\b`, 'g'),
    read: (m) => ({ month: month(m[1]), year: +g(m, 2) }),
  },
  {
    // "6 and 7 June", "15-16 June" without a year: a span (the sentence or the page gives the year).
    re: new RegExp(`\\b${DAY}${TO}${DAY}${OF}\\s+${MONTH}(?![a-z])`, 'g'),
    read: (m) => ({ day: +g(m, 1), endDay: +g(m, 2), month: month(m[3]), endMonth: month(m[3]) }),
  },
  {
    re: new RegExp(`\\b${DAY}${OF}\\s+${MONTH}(?![a-z])`, 'g'),
    read: (m) => ({ day: +g(m, 1), month: month(m[2]) }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!,?\\s*\\d)`, 'g'),
    read: (m) => ({ month: month(m[1]), day: +g(m, 2) }),
  },
  {
    re: new RegExp(`\\b${YEAR}\\s*(?:-|to|/)\\s*(\\d{4}|\\d{2})\\b`, 'g'),
    read: (m) => ({
      year: +g(m, 1),
      endYear: g(m, 2).length === 2 ? Math.floor(+g(m, 1) / 100) * 100 + +g(m, 2) : +g(m, 2),
    }),
  },
  {
    re: new RegExp(`\\b${YEAR}\\b(?!s\\b|'s\\b|\\s*(?:mw|km|%|sq))`, 'g'),
    read: (m) => ({ year: +g(m, 1) }),
  },
];

// "on the sixth and seventh of June", "the eighth day of January 1910": days written as words.
const DAY_WORDS = [...ORDINAL_WORDS.entries()]
  .filter(([, value]) => value >= 1 && value <= 31)
  .map(([word]) => word)
  .sort((a, b) => b.length - a.length);
const DAY_WORD = `(${DAY_WORDS.join('|')})`;
const WORD_DATE = new RegExp(
  `\\bthe\\s+${DAY_WORD}(?:${TO}(?:the\\s+)?${DAY_WORD})?(?:\\s+day)?\\s+of\\s+${MONTH}(?:,?\\s+${YEAR})?(?![a-z])`,
  'g',
);

const SEASON = new RegExp(
  `\\b(?:(early|mid|late|the\\s+(?:spring|summer|monsoon|autumn|fall|winter)\\s+of|(?:spring|summer|monsoon|autumn|fall|winter))[-\\s]+)(?:${MONTH}\\s+)?${YEAR}\\b`,
  'g',
);
const DECADE = /\b(1[5-9]\d0|20\d0)'?s\b/g;

/** Every match of a global regex, as `matchAll` finds them, without cloning the regex each time. */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    if (!m[0]) re.lastIndex++;
  }
  return found;
}

// Cheap tests that rule whole families of patterns out: every date pattern, season, decade and
// digit ordinal needs a digit (a day or a year), and a pattern with a month name needs a word
// starting like one.
const DIGIT = /\d/;
const MONTH_START = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const NEEDS_MONTH = DATE_PATTERNS.map(({ re }) => re.source.includes(MONTH));

/** A capture group, or '' when it did not take part. */
function g(m: RegExpMatchArray, i: number): string {
  return m[i] ?? '';
}

function month(word: string | undefined): number {
  return MONTHS.get((word ?? '').replace(/\.$/, '')) ?? 0;
}

// A whole run of digits and commas, then its decimals, each taken atomically (a lookahead that
// captures, then a backreference), so no run is ever re-scanned; `numberAt` reads the run.
// Words are read whole; only one whose first letter a number word starts with ("zero" …
// "hundredth", "dozen") is captured (group 3) to be looked up, the others are passed over.
const NUMBER_INITIALS = [
  ...new Set([...CARDINAL_WORDS.keys(), ...ORDINAL_WORDS.keys()].map((word) => word[0])),
].join('');
const NUMBER = new RegExp(
  String.raw`(?<![\d,.])(?=(\d+(?:,\d+)*))\1(?:\.(?=(\d+))\2)?|\b(?:([${NUMBER_INITIALS}][a-z]*(?:-[a-z]+)?)|[a-z]+(?:-[a-z]+)?)\b`,
  'g',
);
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
// NUMBER finds a value only in a run of digits or in a number word, and every number word starts,
// at a word boundary, with one of these ("twenty-fifth" with "twenty"): a sentence with neither
// (most) skips NUMBER's scan, which builds a match for every word.
const NUMBER_WORD_START = new RegExp(
  String.raw`\b(?:${[
    ...new Set(
      [...CARDINAL_WORDS.keys(), ...ORDINAL_WORDS.keys()].map((word) => word.split('-')[0]),
    ),
  ].join('|')})`,
);

/** More digits after one or more commas: then the run before them is not a number by itself. */
function digitsFollow(text: string, at: number): boolean {
  let i = at;
  while (text[i] === ',') i++;
  return i > at && /\d/.test(text[i] ?? '');
}

/**
 * The number a run of digits states: "1,000,000" (thousands grouped by commas) or "3.5"; none when
 * the run is grouped otherwise ("1,00,000") or more digits follow after commas.
 */
function numberAt(
  text: string,
  at: number,
  run: string,
  decimals: string | undefined,
): { digits: string; end: number } | null {
  const runEnd = at + run.length;
  if (run.includes(',')) {
    if (!GROUPED.test(run) || digitsFollow(text, runEnd)) return null;
    return { digits: run, end: runEnd };
  }
  if (decimals !== undefined) {
    const end = runEnd + 1 + decimals.length;
    if (!digitsFollow(text, end)) return { digits: `${run}.${decimals}`, end };
  }
  return digitsFollow(text, runEnd) ? null : { digits: run, end: runEnd };
}
const APPROXIMATORS =
  /(?:about|around|roughly|nearly|almost|over|more than|less than|fewer than|at least|some|approximately|close to|upwards of|up to|under|only|just over|just under|c\.|~)\s*$/;
const CURRENCY = /(?:rs\.?|inr|nu\.?|usd|us\$|\$|btn)\s*$/;
const SKIP_UNIT = new Set([
  'of',
  'and',
  'to',
  'the',
  'a',
  'an',
  'in',
  'per',
  'sq',
  'square',
  'plus',
  'more',
  'or',
  'new',
]);
const ORDINAL_DIGITS = /\b(\d+)(?:st|nd|rd|th)\b/g;

/** Singular, lower-case unit: "days" → "day", "countries" → "country", "MW" → "mw". */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const PARENTHESES = /\(([^()]{0,120})\)/g;
const ANY_MONTH = new RegExp(MONTH, 'gi');

/** Spans of parenthetical citations such as "(Kumar 2019, 5 July)": their values are not claims. */
export function citationSpans(original: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!original.includes('(')) return spans;
  for (const m of allMatches(PARENTHESES, original)) {
    const inner = m[1] ?? '';
    const hasYear = /\b(1[5-9]\d\d|20\d\d)\b/.test(inner);
    const hasName = /\b[A-Z][A-Za-z&]+\b/.test(
      inner
        .replace(ANY_MONTH, '')
        .replace(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/g, ''),
    );
    if (hasYear && (hasName || /:\s*\d/.test(inner))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

// Which characters a value found already takes; one buffer, cleared per sentence.
let takenBuffer = new Uint8Array(256);
function takenFor(length: number): Uint8Array {
  if (takenBuffer.length < length)
    takenBuffer = new Uint8Array(Math.max(length, 2 * takenBuffer.length));
  takenBuffer.fill(0, 0, length);
  return takenBuffer;
}

/** No character of `a`..`b` is taken by a value found before. */
function free(taken: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (taken[i]) return false;
  return true;
}

/** Every date, number-with-unit and ordinal in a sentence, with offsets into it. */
export function extractValues(sentence: string): Value[] {
  const text = fold(sentence);
  const taken = takenFor(text.length);
  for (const [a, b] of citationSpans(sentence)) taken.fill(1, a, b);
  const values: Value[] = [];

  const digits = DIGIT.test(text);
  const months = digits && MONTH_START.test(text);
  for (const m of digits ? allMatches(SEASON, text) : []) {
    if (!free(taken, m.index, m.index + m[0].length)) continue;
    const qualifier = m[1] ?? '';
    const season = [...SEASONS.entries()].find(([name]) => qualifier.includes(name));
    const monthNumber = month(m[2]);
    values.push({
      kind: 'date',
      year: +g(m, 3),
      ...(monthNumber
        ? { month: monthNumber }
        : season
          ? { month: season[1][0], endMonth: season[1][1] }
          : {}),
      approximate: true,
      start: m.index,
      end: m.index + m[0].length,
    });
    taken.fill(1, m.index, m.index + m[0].length);
  }
  for (const m of digits ? allMatches(DECADE, text) : []) {
    if (!free(taken, m.index, m.index + m[0].length)) continue;
    values.push({
      kind: 'date',
      year: +g(m, 1),
      endYear: +g(m, 1) + 9,
      approximate: true,
      start: m.index,
      end: m.index + m[0].length,
    });
    taken.fill(1, m.index, m.index + m[0].length);
  }
  for (const m of MONTH_START.test(text) ? allMatches(WORD_DATE, text) : []) {
    const end = m.index + m[0].length;
    const monthNumber = month(m[3]);
    if (!monthNumber || !free(taken, m.index, end)) continue;
    const day = ORDINAL_WORDS.get(g(m, 1)) as number;
    const endDay = m[2] ? ORDINAL_WORDS.get(m[2]) : undefined;
    const year = m[4] ? +m[4] : undefined;
    values.push({
      kind: 'date',
      day,
      month: monthNumber,
      ...(endDay !== undefined ? { endDay, endMonth: monthNumber } : {}),
      ...(year !== undefined ? { year, ...(endDay !== undefined ? { endYear: year } : {}) } : {}),
      approximate: false,
      start: m.index,
      end,
    });
    taken.fill(1, m.index, end);
  }
  for (const [p, { re, read }] of DATE_PATTERNS.entries()) {
    if (!digits || (NEEDS_MONTH[p] && !months)) continue;
    for (const m of allMatches(re, text)) {
      const end = m.index + m[0].length;
      if (!free(taken, m.index, end)) continue;
      const parts = read(m);
      if (parts.month === 0 || (parts.day !== undefined && (parts.day < 1 || parts.day > 31)))
        continue;
      if (parts.year === undefined && /\bmay$/.test(m[0]) === false && /^may\b/.test(m[0]))
        continue; // "may 5" is rarely a date
      values.push({ kind: 'date', ...parts, approximate: false, start: m.index, end });
      taken.fill(1, m.index, end);
    }
  }
  for (const m of digits ? allMatches(ORDINAL_DIGITS, text) : []) {
    if (!free(taken, m.index, m.index + m[0].length)) continue;
    values.push({
      kind: 'ordinal',
      value: +g(m, 1),
      units: nextWords(text, m.index + m[0].length),
      start: m.index,
      end: m.index + m[0].length,
    });
    taken.fill(1, m.index, m.index + m[0].length);
  }
  for (const m of digits || NUMBER_WORD_START.test(text) ? allMatches(NUMBER, text) : []) {
    const number = m[1] === undefined ? undefined : numberAt(text, m.index, m[1], m[2]);
    if (m[1] !== undefined && !number) continue;
    const end = number ? number.end : m.index + m[0].length;
    if (!free(taken, m.index, end)) continue;
    const digits = number?.digits;
    const word = m[3];
    let value: number | undefined;
    if (digits !== undefined) value = Number(digits.replace(/,/g, ''));
    else if (word !== undefined) {
      const ordinal = ORDINAL_WORDS.get(word);
      if (ordinal !== undefined) {
        values.push({
          kind: 'ordinal',
          value: ordinal,
          units: nextWords(text, end),
          start: m.index,
          end,
        });
        continue;
      }
      value = CARDINAL_WORDS.get(word);
      if (value === undefined || value === 0 || word === 'one') continue;
    }
    if (value === undefined) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const hyphenUnit = /^-([a-z]+)/.exec(text.slice(end));
    const units = hyphenUnit ? [hyphenUnit[1] as string] : nextWords(text, end);
    const unit = CURRENCY.test(before)
      ? units[0] === 'crore' ||
        units[0] === 'lakh' ||
        units[0] === 'million' ||
        units[0] === 'billion'
        ? units[0]
        : 'rs'
      : units[0];
    if (!unit) continue;
    values.push({
      kind: 'number',
      value,
      unit,
      approximate: APPROXIMATORS.test(before),
      start: m.index,
      end,
    });
  }
  return values.sort((a, b) => a.start - b.start);
}

function nextWords(text: string, from: number): string[] {
  const words: string[] = [];
  const re = /[a-z0-9]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && words.length < 3 && m.index - from < 40; m = re.exec(text)) {
    const between = text.slice(from, m.index);
    if (/[.,;:()]/.test(between)) break;
    const word = m[0];
    from = m.index + word.length;
    if (SKIP_UNIT.has(word)) continue;
    words.push(singular(word === 'km2' ? 'sqkm' : word));
  }
  return words;
}
