import { PLACE_HEADING_WORDS, PLACE_PREPOSITIONS } from './place-heading';
import type { Slot as PackSlot } from '../claims/schema';
import type { LabelledSlot as Slot } from './index';
import { clauseInPast } from '../text/tense';
import { inRow } from '../text/tokens';
import type { DateValue, Value } from '../text/values';
import type { SentenceAnalysis } from './analyse';
import type { PhraseMatch } from './phrase';

type Located<V> = V & { readonly token: number };

export interface SlotJudgement {
  readonly slot: Slot;
  readonly status: 'agree' | 'conflict';
  /** The sentence's own words for the value ("1972", "10 January 1950"). */
  readonly stated: string;
  /** Token distance from the predicate. */
  readonly distance: number;
  /** What the sentence states, for wording the reason at its precision. */
  readonly precision: 'day' | 'month' | 'year' | 'value';
  /** A day and month without a year: weaker evidence. */
  readonly yearless: boolean;
  /** Start offset of the stated value in the sentence, to tell claims apart in one sentence. */
  readonly at: number;
}

export interface SlotOutcome {
  readonly agreements: readonly SlotJudgement[];
  readonly conflicts: readonly SlotJudgement[];
  /**
   * Values that conflict unless a year the sentence did not state is wrong ("his first trip, in
   * January", on a 2019 page, of a visit in December 2018): they may be the sentence's slip.
   */
  readonly doubts: readonly SlotJudgement[];
  /** A slot marked `required` found no value of its kind. */
  readonly missingRequired: boolean;
}

interface Ymd {
  readonly y: number;
  readonly m?: number;
  readonly d?: number;
}

export function parseIsoDate(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 0, ...(m ? { m } : {}), ...(d ? { d } : {}) };
}

function ordinalOf(date: Ymd): number {
  return date.y * 10000 + (date.m ?? 0) * 100 + (date.d ?? 0);
}

/** Compares a stated date with a slot's date at the precision the sentence gives. */
function compareDate(
  value: DateValue,
  start: Ymd,
  end: Ymd | undefined,
  alsoYears: readonly number[],
): 'agree' | 'conflict' | null {
  const last = end ?? start;
  if (value.year !== undefined) {
    const fromYear = value.year;
    const toYear = value.endYear ?? value.year;
    // Years the claim names as "also" (the convention's own year) neither confirm nor conflict.
    if (alsoYears.some((year) => year >= fromYear && year <= toYear) && value.month === undefined)
      return null;
    if (last.y < fromYear || start.y > toYear) return 'conflict';
    if (value.month === undefined || start.m === undefined) return 'agree';
  } else if (value.month === undefined || start.m === undefined) {
    return null;
  }
  // Same year (or yearless): compare months, then days, as spans.
  const month = value.month as number;
  const endMonth = value.endMonth ?? month;
  const slotMonths: [number, number] = [start.m ?? 1, last.m ?? start.m ?? 12];
  if (start.y === last.y || value.year === undefined) {
    if (endMonth < slotMonths[0] || month > slotMonths[1]) return 'conflict';
  }
  if (value.day === undefined || start.d === undefined) return 'agree';
  const year = value.year ?? start.y;
  const from = ordinalOf({ y: year, m: month, d: value.day });
  const to = ordinalOf({ y: value.endYear ?? year, m: endMonth, d: value.endDay ?? value.day });
  const slotFrom = ordinalOf({
    y: value.year === undefined ? year : start.y,
    m: start.m,
    d: start.d,
  });
  const slotTo = ordinalOf({
    y: value.year === undefined ? year : last.y,
    m: last.m ?? start.m,
    d: last.d ?? start.d,
  });
  // A stated span must sit inside the slot's span, a stated day on one of its days.
  return from >= slotFrom && to <= slotTo
    ? 'agree'
    : from === slotFrom && !end
      ? 'agree'
      : 'conflict';
}

function precisionOf(value: Value): SlotJudgement['precision'] {
  if (value.kind !== 'date') return 'value';
  return value.day !== undefined ? 'day' : value.month !== undefined ? 'month' : 'year';
}

function distanceTo(token: number, predicate: PhraseMatch): number {
  if (token >= predicate.from && token < predicate.to) return 0;
  return token < predicate.from ? predicate.from - token : token - predicate.to + 1;
}

/** The value a timeline slot expects at a given date, or undefined when the timeline does not say. */
const PHASE_REACH = 5;

export function timelineValue(
  slot: Extract<Slot, { kind: 'number' }>,
  at: string,
): number | undefined {
  if (!slot.timeline) return slot.value;
  let found: number | undefined;
  for (const entry of slot.timeline) {
    if (
      (entry.from === undefined || entry.from <= at) &&
      (entry.until === undefined || at < entry.until)
    )
      found = entry.value;
  }
  return found;
}

/** Which end of a span a value is said to be: "began on 18 June" points at the first day. */
export type Phase = 'start' | 'end' | undefined;

/**
 * Whether `judgeValue` could judge the value for the slot at all: the cheap part of each of its
 * cases (the retrieval's prefilter relies on it, so it must hold whenever `judgeValue` does not
 * return null).
 */
export function mayJudge(slot: PackSlot, value: Value): boolean {
  switch (slot.kind) {
    case 'year':
      return value.kind === 'date' && value.year !== undefined;
    case 'date':
      return value.kind === 'date';
    case 'number':
      return value.kind === 'number' && slot.units.includes(value.unit);
    case 'ordinal':
      return value.kind === 'ordinal' && value.units.some((unit) => slot.units.includes(unit));
    case 'place':
      return false;
  }
}

/**
 * "The big wave is the early 1980s", "in the 1980s": a rough span of years is too vague to confirm
 * a year or a day, and as a rough one it condemns none.
 */
function vagueSpan(value: DateValue): boolean {
  return (
    value.approximate &&
    value.endYear !== undefined &&
    value.endYear > (value.year ?? value.endYear)
  );
}

function judgeValue(
  slot: Slot,
  value: Located<Value>,
  pageDate: string,
  phase: Phase = undefined,
  /** The first and last day of a time the sentence sets the value at, if it sets one. */
  statedAt?: readonly string[],
  /** The value's clause speaks of the past. */
  past = false,
): 'agree' | 'conflict' | 'doubt' | null {
  switch (slot.kind) {
    case 'year': {
      if (value.kind !== 'date' || value.year === undefined) return null;
      if (vagueSpan(value)) return null;
      if (slot.value === undefined) return 'agree';
      const verdict = compareDate(
        {
          ...value,
          month: undefined,
          day: undefined,
          endMonth: undefined,
          endDay: undefined,
        } as DateValue,
        { y: slot.value },
        undefined,
        slot.also ?? [],
      );
      // A year the sentence did not state (the page's, or "the year after" the one before) may
      // confirm, never condemn.
      return verdict === 'conflict' && value.inferredYear ? null : verdict;
    }
    case 'date': {
      if (value.kind !== 'date') return null;
      if (vagueSpan(value)) return null;
      const whole = parseIsoDate(slot.value);
      const last = slot.until ? parseIsoDate(slot.until) : undefined;
      // A span's beginning or end, when the sentence says which it gives.
      const start = phase === 'end' && last ? last : whole;
      const verdict = compareDate(value, start, phase ? undefined : last, []);
      // A year taken from the page's date may be wrong; it can confirm a day, never condemn one
      // whose day and month fit ("Denmark followed on 13 August" in a 2020 article about 1985).
      if (verdict === 'conflict' && value.inferredYear) {
        const sameDay =
          value.month === start.m && (value.day === undefined || value.day === start.d);
        if (sameDay) return null;
        // Another month than the record's, in whatever year: the sentence may have slipped.
        if (value.year !== start.y)
          return value.month !== undefined &&
            start.m !== undefined &&
            value.month !== start.m &&
            value.month !== (last?.m ?? start.m)
            ? 'doubt'
            : null;
      }
      // The record knows the month (or the year) only: a stated day (or month) that fits it is
      // more than anyone can vouch for, so it neither agrees nor conflicts.
      const finer =
        (value.day !== undefined && start.d === undefined) ||
        (value.month !== undefined && start.m === undefined);
      return verdict === 'agree' && finer ? null : verdict;
    }
    case 'number': {
      if (value.kind !== 'number' || !slot.units.includes(value.unit)) return null;
      // No value recorded (an unverified claim's slot): any such number is the claim's subject.
      if (slot.value === undefined && !slot.timeline) return 'agree';
      // A count said of a stated time ("by the end of 2020 … 54 countries") is judged then; when
      // the count changed within that time, either value is right.
      // Said in the past tense of no stated time ("that agreement took the total to 56"), a
      // count is right if it ever held up to the page's date, and never called wrong.
      if (!statedAt?.length && past && slot.timeline)
        return slot.timeline.some(
          (entry) => entry.value === value.value && (entry.from ?? '') <= pageDate,
        )
          ? 'agree'
          : null;
      const when = statedAt?.length ? statedAt : [pageDate];
      const expected = new Set(
        when.map((at) => timelineValue(slot, at)).filter((v): v is number => v !== undefined),
      );
      // No count recorded for the time: one the record never gave may be a slip ("runs eight
      // missions abroad", when the last count was ten), one it gave may still hold.
      if (!expected.size)
        return slot.timeline && !slot.timeline.some((entry) => entry.value === value.value)
          ? 'doubt'
          : null;
      if (expected.has(value.value)) return 'agree';
      return value.approximate || expected.size > 1 ? null : 'conflict';
    }
    case 'ordinal':
      if (value.kind !== 'ordinal' || !value.units.some((unit) => slot.units.includes(unit)))
        return null;
      return value.value === slot.value ? 'agree' : 'conflict';
    case 'place':
      return null;
  }
}

/** How many of `sorted` (by `to`) end at or before `offset`: a binary search. */
function countEndingBy(sorted: readonly PhraseMatch[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as PhraseMatch).to <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A place belongs to a predicate it closely follows ("signed … in New Delhi"). */
/** The token stands in a table cell whose heading names a place ("Where signed in …"). */
function inPlaceCell(analysis: SentenceAnalysis, at: number): boolean {
  const { tokens } = analysis;
  const cell = tokens[at]?.cell ?? 0;
  if (!inRow(tokens)) return false;
  const first = tokens.findIndex((token) => token.cell === cell);
  for (let k = first; k < Math.min(first + 4, at); k++)
    if (PLACE_HEADING_WORDS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'in') return true;
  return false;
}

function judgePlace(
  slot: Extract<Slot, { kind: 'place' }>,
  analysis: SentenceAnalysis,
  predicates: readonly PhraseMatch[],
): SlotJudgement[] {
  const judgements: SlotJudgement[] = [];
  const byEnd = [...predicates].sort((a, b) => a.to - b.to); // sorted once, searched per mention
  for (const mention of analysis.mentions) {
    const right = mention.entity === slot.value;
    const wrong = slot.wrong.includes(mention.entity);
    if (!right && !wrong) continue;
    const before = analysis.tokens[mention.from - 1]?.norm ?? '';
    const clause = analysis.tokens[mention.from]?.clause;
    const count = countEndingBy(byEnd, mention.from);
    const distance = count ? mention.from - (byEnd[count - 1] as PhraseMatch).to : Infinity;
    // Close behind a predicate, or further along the same clause ("the 25th round … was held in Thimphu").
    let sameClause = false;
    for (let k = count - 1; k >= 0 && mention.from - (byEnd[k] as PhraseMatch).to <= 14; k--)
      sameClause ||= analysis.tokens[(byEnd[k] as PhraseMatch).from]?.clause === clause;
    // Under a place heading ("Where signed: Bhutan's UN mission, New York") any place is the event's.
    const placeCell = inPlaceCell(analysis, mention.from);
    // A note's arrow or colon straight after the wording names its place ("25th round → Thimphu").
    const wordingEnd = count
      ? analysis.tokens[(byEnd[count - 1] as PhraseMatch).to - 1]
      : undefined;
    const placeStart = analysis.tokens[mention.from];
    const pointed =
      distance === 0 &&
      wordingEnd !== undefined &&
      placeStart !== undefined &&
      /^\s*(?:\u2192|->|=>|:)\s*$/.test(analysis.text.slice(wordingEnd.end, placeStart.start));
    if (
      !placeCell &&
      !pointed &&
      (!PLACE_PREPOSITIONS.has(before) || !(distance <= 6 || sameClause))
    )
      continue;
    // In a table row, a place in another cell than the wording's counts only under a place
    // heading ("Place: Punakha"), not as part of another column's words ("Resident mission in
    // Thimphu: none").
    const nearest = byEnd[count - 1];
    const cell = analysis.tokens[mention.from]?.cell;
    if (
      nearest &&
      cell !== analysis.tokens[nearest.from]?.cell &&
      !placeCell &&
      !PLACE_HEADING_WORDS.has(analysis.tokens[mention.from - 2]?.norm ?? '')
    )
      continue;
    const first = analysis.tokens[mention.from];
    const last = analysis.tokens[mention.to - 1];
    judgements.push({
      slot,
      status: right ? 'agree' : 'conflict',
      stated: analysis.text.slice(first?.start ?? 0, last?.end ?? 0),
      distance,
      precision: 'value',
      yearless: false,
      at: first?.start ?? 0,
    });
  }
  return judgements;
}

const BEGAN = new Set(['began', 'begun', 'started', 'start', 'opened', 'launched']);

/**
 * Reads the claim's slots in the sentence. A kind of value agrees when any stated value of that kind
 * matches any slot of that kind; otherwise every stated value of the kind is a conflict candidate,
 * nearest the predicate first (the verifier keeps the nearest one bound to the predicate).
 */

export function judgeSlots(
  slots: readonly Slot[],
  analysis: SentenceAnalysis,
  predicate: PhraseMatch,
  pageDate: string,
  /** Every asserted match of the claim's predicates (places may follow any of them). */
  allPredicates: readonly PhraseMatch[] = [predicate],
  /** Wordings that point at a span's first or last day ("began", "ended"), where they occur. */
  phases: { readonly starts: readonly PhraseMatch[]; readonly ends: readonly PhraseMatch[] } = {
    starts: [],
    ends: [],
  },
): SlotOutcome {
  // A date in a count's clause, earlier than the page, is the time the count is said of.
  const statedAt = (value: Located<Value>): string[] | undefined => {
    if (value.kind !== 'number') return undefined;
    const clause = analysis.tokens[value.token]?.clause ?? 0;
    // ", which took the total to 55": the clause a relative clause hangs on sets its time too.
    const start = analysis.tokens.findIndex((token) => token.clause === clause);
    const relative = analysis.tokens[start]?.norm === 'which';
    for (const other of analysis.values) {
      if (other.kind !== 'date' || other.year === undefined) continue;
      const at = analysis.tokens[other.token]?.clause;
      if (at !== clause && !(relative && at === clause - 1)) continue;
      const pad = (n: number | undefined, fallback: number): string =>
        String(n ?? fallback).padStart(2, '0');
      const from = `${other.year}-${pad(other.month, 1)}-${pad(other.day, 1)}`;
      const endYear = other.endYear ?? other.year;
      const to = `${endYear}-${pad(other.endMonth ?? other.month, 12)}-${pad(other.endDay ?? other.day, 28)}`;
      // "since 1984" runs to the page's date, and so does "began in 1984 and has now run to 25
      // rounds"; "by the end of 2020" is that time only.
      const before = analysis.tokens[other.token - 1]?.norm;
      const since =
        before === 'since' ||
        (before === 'in' && BEGAN.has(analysis.tokens[other.token - 2]?.norm ?? ''));
      if (from < pageDate) return [from, since || to > pageDate ? pageDate : to];
    }
    return undefined;
  };
  const phaseOf = (token: number): Phase => {
    const near = (matches: readonly PhraseMatch[]): number => {
      let best = Number.POSITIVE_INFINITY;
      for (const m of matches)
        if (analysis.tokens[m.from]?.clause === analysis.tokens[token]?.clause)
          best = Math.min(best, distanceTo(token, m));
      return best;
    };
    const start = near(phases.starts);
    const end = near(phases.ends);
    if (start === end) return undefined;
    return start < end
      ? start <= PHASE_REACH
        ? 'start'
        : undefined
      : end <= PHASE_REACH
        ? 'end'
        : undefined;
  };
  const agreements: SlotJudgement[] = [];
  const conflicts: SlotJudgement[] = [];
  const doubts: SlotJudgement[] = [];
  let doubted: Slot | undefined;
  const judgementOf = (
    value: (typeof analysis.values)[number],
    slot: Slot,
    status: 'agree' | 'conflict',
  ): SlotJudgement => ({
    slot,
    status,
    stated: analysis.text.slice(value.start, value.end),
    distance: distanceTo(value.token, predicate),
    precision: precisionOf(value),
    yearless: value.kind === 'date' && value.year === undefined,
    at: value.start,
  });
  let missingRequired = false;
  const byKind = new Map<string, Slot[]>();
  for (const slot of slots) byKind.set(slot.kind, [...(byKind.get(slot.kind) ?? []), slot]);

  for (const [kind, kindSlots] of byKind) {
    if (kind === 'place') {
      for (const slot of kindSlots) {
        const judged = judgePlace(
          slot as Extract<Slot, { kind: 'place' }>,
          analysis,
          allPredicates,
        );
        for (const j of judged) (j.status === 'agree' ? agreements : conflicts).push(j);
      }
      continue;
    }
    let kindAgrees = false;
    const kindConflicts: SlotJudgement[] = [];
    let seen = false;
    for (const value of analysis.values) {
      // Only slots that can judge the value are asked (judgeValue is null for the others), and
      // what the value's context says is read once for all of them.
      const verdicts: (readonly [Slot, 'agree' | 'conflict'])[] = [];
      let phase: Phase;
      let stated: string[] | undefined;
      let past = false;
      let read = false;
      for (const slot of kindSlots) {
        if (!mayJudge(slot, value)) continue;
        if (!read) {
          read = true;
          phase = phaseOf(value.token);
          stated = statedAt(value);
          past =
            value.kind === 'number' &&
            clauseInPast(analysis.tokens, analysis.tokens[value.token]?.clause ?? 0);
        }
        const verdict = judgeValue(slot, value, pageDate, phase, stated, past);
        if (verdict === 'doubt') doubted = slot;
        else if (verdict !== null) verdicts.push([slot, verdict]);
      }
      if (!verdicts.length) {
        if (doubted) {
          seen = true;
          doubts.push(judgementOf(value, doubted, 'conflict'));
        }
        doubted = undefined;
        continue;
      }
      seen = true;
      doubted = undefined;
      const judgement = (slot: Slot, status: 'agree' | 'conflict'): SlotJudgement =>
        judgementOf(value, slot, status);
      const agreeing = verdicts.find(([, v]) => v === 'agree');
      if (agreeing) {
        kindAgrees = true;
        agreements.push(judgement(agreeing[0], 'agree'));
      } else if (verdicts[0] && !(value.kind === 'date' && value.approximate)) {
        const candidate = judgement(verdicts[0][0], 'conflict');
        kindConflicts.push(candidate);
      }
    }
    // Every conflict is kept: the verifier weighs only values bound to the claim's wording, and
    // an agreeing value elsewhere in the sentence ("led his party to power last year") is no
    // excuse for a wrong one beside the wording.
    void kindAgrees;
    for (const c of kindConflicts.sort((a, b) => a.distance - b.distance)) conflicts.push(c);
    if (!seen && kindSlots.some((slot) => slot.required)) missingRequired = true;
  }
  const rank = { day: 0, value: 1, month: 2, year: 3 } as const;
  agreements.sort((a, b) => rank[a.precision] - rank[b.precision]);
  return { agreements, conflicts, doubts, missingRequired };
}
