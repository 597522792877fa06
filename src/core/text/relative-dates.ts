/**
 * Dates that only mean something against the page's own date: "on Thursday", "this month", "last
 * year", "in April", "January 19" without a year, "fifty years ago". A dated page resolves them;
 * an undated one leaves them alone (today's date would be a guess).
 */
import { fold } from './fold';
import { CARDINAL_WORDS, MONTHS } from './numbers';
import type { DateValue, Value } from './values';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_WORD =
  '(january|february|march|april|may|june|july|august|september|october|november|december)';
const DAY_MS = 86_400_000;

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function parse(iso: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
}

function shift(day: Ymd, days: number): Ymd {
  const date = new Date(Date.UTC(day.y, day.m - 1, day.d) + days * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The year a month (and day) without a year most likely has on a page of that date: not later. */
function yearFor(anchor: Ymd, month: number, day = 1): number {
  return month < anchor.m || (month === anchor.m && day <= anchor.d) ? anchor.y : anchor.y - 1;
}

function count(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : CARDINAL_WORDS.get(word);
}

type Rule = {
  readonly re: RegExp;
  /** Text every match contains: where it is missing, the pattern is not tried (it tries every word). */
  readonly hint?: string;
  readonly read: (
    m: RegExpExecArray,
    anchor: Ymd,
    /** The year the sentence names, if it names one. */
    named?: number,
  ) => Omit<DateValue, 'kind' | 'start' | 'end'> | null;
};

const RULES: readonly Rule[] = [
  {
    // "fifty years today since …": the same day, N years back.
    re: /\b([a-z]+(?:-[a-z]+)?|\d+) years (?:ago )?today\b/g,
    hint: ' years ',
    read: (m, a) => {
      const n = count(m[1] ?? '');
      return n ? { year: a.y - n, month: a.m, day: a.d, approximate: false } : null;
    },
  },
  {
    re: /\b([a-z]+(?:-[a-z]+)?|\d+) years ago\b/g,
    hint: ' years ago',
    read: (m, a) => {
      const n = count(m[1] ?? '');
      return n ? { year: a.y - n, approximate: false } : null;
    },
  },
  {
    re: /\byesterday\b/g,
    read: (_m, a) => {
      const day = shift(a, -1);
      return { year: day.y, month: day.m, day: day.d, approximate: false };
    },
  },
  {
    // "on Thursday" in a news report: that weekday this week, not after the report.
    re: new RegExp(`\\bon (${WEEKDAYS.join('|')})\\b(?!,? ${MONTH_WORD}|,? \\d)`, 'g'),
    read: (m, a) => {
      const target = WEEKDAYS.indexOf(m[1] ?? '');
      const today = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
      const day = shift(a, -((today - target + 7) % 7));
      return { year: day.y, month: day.m, day: day.d, approximate: false };
    },
  },
  {
    re: new RegExp(`\\bin ${MONTH_WORD} (this|last) year\\b`, 'g'),
    read: (m, a) => ({
      year: m[2] === 'last' ? a.y - 1 : a.y,
      month: MONTHS.get(m[1] ?? '') as number,
      approximate: false,
    }),
  },
  {
    re: /\b(this|last) month\b/g,
    read: (m, a) => {
      const back = m[1] === 'last';
      return {
        year: back && a.m === 1 ? a.y - 1 : a.y,
        month: back ? ((a.m + 10) % 12) + 1 : a.m,
        approximate: false,
        ...(back ? {} : { present: true }),
      };
    },
  },
  {
    re: /\b(this|last) year\b/g,
    read: (m, a) => ({
      year: m[1] === 'last' ? a.y - 1 : a.y,
      approximate: false,
      ...(m[1] === 'this' ? { present: true } : {}),
    }),
  },
  {
    // "in April" with no year: the latest April up to the page's date.
    re: new RegExp(
      `\\b(?:in|since|from|until|by|during|early|late) ${MONTH_WORD}\\b(?![ ,]*\\d)`,
      'g',
    ),
    // In a sentence that names a year ("the diplomacy of 1985, … in June"), that year; else the
    // page's, a year the sentence did not state (it may confirm a claim, never condemn one).
    read: (m, a, named) => {
      const month = MONTHS.get(m[1] ?? '') as number;
      return named !== undefined
        ? { year: named, month, approximate: false }
        : { year: yearFor(a, month), month, approximate: false, inferredYear: true };
    },
  },
];

const SAME_YEAR = /\b(?:the same year|that same year|that year)\b/i;
const SAME_YEAR_AFTER = /^,?\s+(?:of\s+|in\s+)?(?:the same year|that same year|that year)\b/i;

// Years said against the year the page spoke of last: "that same year", "the year after", "a
// decade later", "that December". Each gives the offset from that year (and a month, if named).
const FROM_PREVIOUS: readonly {
  readonly re: RegExp;
  /** As a rule's `hint`. */
  readonly hint?: string;
  readonly read: (m: RegExpExecArray) => { years: number; month?: number } | null;
}[] = [
  { re: /\b(?:that same|the same|that) year\b/g, hint: ' year', read: () => ({ years: 0 }) },
  {
    re: /\b(?:the (?:year after|following year|next year)|a year later)\b/g,
    hint: ' year',
    read: () => ({ years: 1 }),
  },
  {
    re: /\b(?:the (?:year before|previous year)|a year earlier)\b/g,
    hint: ' year',
    read: () => ({ years: -1 }),
  },
  { re: /\ba decade later\b/g, hint: 'decade later', read: () => ({ years: 10 }) },
  {
    re: /\b([a-z]+(?:-[a-z]+)?|\d+) years later\b/g,
    hint: ' years later',
    read: (m) => {
      const n = count(m[1] ?? '');
      return n ? { years: n } : null;
    },
  },
  {
    re: new RegExp(`\\bthat ${MONTH_WORD}\\b`, 'g'),
    hint: 'that ',
    read: (m) => ({ years: 0, month: MONTHS.get(m[1] ?? '') as number }),
  },
];

/**
 * A sentence that names a year lends it to its yearless dates ("In 2017 the standoff … began on
 * 16 June"), on any page, dated or not. One that names none reads them in the year its paragraph
 * narrates ("In 1985 … The European Union followed on 9 August"), as a year it did not state. A sentence that names none may speak of the year the one
 * before named ("The year after, Bhutan joined ESCAP"): that year is added, as one the sentence
 * did not state (it may confirm a claim, never condemn one).
 */
export function lendYears(
  values: readonly Value[],
  sentence = '',
  /** The year the sentence before named: "Sweden on 27 August of the same year". */
  previousYear?: number,
  /** The year the paragraph so far narrates: "The European Union followed on 9 August". */
  narratedYear?: number,
): Value[] {
  const named = values.find(
    (value): value is DateValue =>
      value.kind === 'date' && value.year !== undefined && !value.approximate,
  );
  const sameYear =
    previousYear !== undefined && SAME_YEAR.test(sentence) ? previousYear : undefined;
  const year = named?.year ?? sameYear ?? narratedYear;
  // "on 9 August of the same year, although … since 1982": the year the phrase right after the
  // date points back to, not another the sentence names.
  // ("…ties with Bhutan in 1987, did so on 13 March of that year": the last year the sentence
  // named before the date is the one pointed back to, as `before` below reads "the same year".)
  const namedBefore = (value: Value): number | undefined =>
    values.findLast(
      (other): other is DateValue =>
        other.kind === 'date' &&
        other.year !== undefined &&
        !other.approximate &&
        other.end <= value.start,
    )?.year;
  const yearFor = (value: Value): number | undefined =>
    SAME_YEAR_AFTER.test(sentence.slice(value.end))
      ? (namedBefore(value) ?? previousYear ?? year)
      : year;
  const lent =
    year === undefined && previousYear === undefined
      ? [...values]
      : values.map((value) => {
          const lend = value.kind === 'date' ? yearFor(value) : undefined;
          return value.kind === 'date' &&
            lend !== undefined &&
            value.year === undefined &&
            value.month !== undefined
            ? {
                ...value,
                year: lend,
                ...(value.endMonth !== undefined ? { endYear: lend } : {}),
                ...(lend !== named?.year ? { inferredYear: true } : {}),
              }
            : value;
        });
  // "admitted on 21 September 1971, and its mission was set up the same year": the year named
  // earlier in the sentence; else, where no date of the sentence has a year, the sentence before's.
  const before = (at: number): number | undefined =>
    named
      ? lent.reduce<number | undefined>(
          (year, value) =>
            value.kind === 'date' &&
            value.year !== undefined &&
            !value.approximate &&
            value.end <= at
              ? value.year
              : year,
          undefined,
        )
      : previousYear;
  if (!named && previousYear === undefined) return lent;
  if (!named && lent.some((value) => value.kind === 'date' && value.year !== undefined))
    return lent;
  const text = fold(sentence);
  const added: Value[] = [];
  for (const rule of FROM_PREVIOUS) {
    if (rule.hint && !text.includes(rule.hint)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const read = rule.read(m);
      const from = before(m.index);
      if (!read || from === undefined) continue;
      added.push({
        kind: 'date',
        year: from + read.years,
        ...(read.month ? { month: read.month } : {}),
        approximate: false,
        inferredYear: true,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  if (!added.length) return lent;
  // The phrase is the date: a month inside it ("that December") is not a date of its own.
  const inside = (value: Value): boolean =>
    added.some((date) => date.start <= value.start && value.end <= date.end);
  return [...lent.filter((value) => !inside(value)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * Gives yearless dates the year the page's date implies, and adds the relative dates the sentence
 * uses. `values` come from `extractValues(sentence)`; `pageDate` is the article's own date.
 */
export function placeInTime(sentence: string, values: readonly Value[], pageDate: string): Value[] {
  const anchor = parse(pageDate);
  if (!anchor) return [...values];
  const text = fold(sentence);
  const named = values.find(
    (value): value is DateValue =>
      value.kind === 'date' &&
      value.year !== undefined &&
      value.month === undefined &&
      !value.approximate &&
      !value.inferredYear,
  )?.year;
  const out: Value[] = values.map((value) => {
    if (value.kind !== 'date' || value.year !== undefined || value.month === undefined)
      return value;
    // "January 19 this year" says which year; otherwise the latest one up to the page's date.
    const after = /^,? (this|last) year\b/.exec(text.slice(value.end));
    const year = after
      ? after[1] === 'last'
        ? anchor.y - 1
        : anchor.y
      : yearFor(anchor, value.month, value.day);
    return {
      ...value,
      year,
      ...(value.endMonth !== undefined ? { endYear: year } : {}),
      ...(after ? {} : { inferredYear: true }),
    };
  });
  // A relative date wins over the bare number inside it ("fifty years today" is no count).
  const taken = (start: number, end: number): boolean =>
    out.some((value) => value.kind !== 'number' && value.start < end && start < value.end);
  for (const rule of RULES) {
    if (rule.hint && !text.includes(rule.hint)) continue;
    rule.re.lastIndex = 0;
    // (exec, not matchAll, which would clone the regex; the loop body never runs it.)
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const read = rule.read(m, anchor, named);
      if (!read) continue;
      for (let i = out.length - 1; i >= 0; i--) {
        const value = out[i] as Value;
        if (value.start < end && start < value.end) out.splice(i, 1);
      }
      out.push({ kind: 'date', ...read, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// Months said against the date the sentence (or the one before) gave last: "Kuwait established
// relations on 23 May 1983, and Nepal did so the following month".
const MONTH_OFFSETS: readonly { readonly re: RegExp; readonly months: number }[] = [
  { re: /\b(?:the following month|the next month|a month later)\b/g, months: 1 },
  {
    re: /\b(?:later (?:that|the same) month|(?:that|the) same month|earlier that month)\b/g,
    months: 0,
  },
  { re: /\b(?:the previous month|the month before|a month earlier)\b/g, months: -1 },
];

/**
 * Adds the month a phrase like "the following month" names, counted from the last dated month
 * before it in the sentence, else from the month the sentence before named. The year is not
 * stated, so the value may confirm a claim, never condemn one.
 */
export function lendMonths(
  values: readonly Value[],
  sentence: string,
  previous?: { readonly year: number; readonly month: number },
): Value[] {
  const text = fold(sentence);
  if (!text.includes('month')) return [...values];
  const added: Value[] = [];
  for (const rule of MONTH_OFFSETS) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const at = m.index;
      let from = previous;
      for (const value of values)
        if (
          value.kind === 'date' &&
          value.end <= at &&
          value.year !== undefined &&
          value.month !== undefined
        )
          from = { year: value.year, month: value.endMonth ?? value.month };
      if (!from) continue;
      const index = from.year * 12 + (from.month - 1) + rule.months;
      added.push({
        kind: 'date',
        year: Math.floor(index / 12),
        month: (index % 12) + 1,
        approximate: false,
        inferredYear: true,
        start: at,
        end: at + m[0].length,
      });
    }
  }
  return added.length ? [...values, ...added].sort((a, b) => a.start - b.start) : [...values];
}
