import type { Claim } from '../claims/schema';
import type { LabelledSlot as Slot } from './index';
import { MONTHS, ORDINAL_WORDS } from '../text/numbers';
import { parseIsoDate, type SlotJudgement } from './slots';

const MONTH_NAMES = [...MONTHS.entries()]
  .filter(([name]) => name.length > 3 || name === 'may')
  .reduce<string[]>((names, [name, n]) => {
    // The full name wins over abbreviations such as "sept".
    if (name.length > (names[n]?.length ?? 0))
      names[n] = name.charAt(0).toUpperCase() + name.slice(1);
    return names;
  }, []);

const MONTH_SHORT = (iso: string): string => {
  const { y, m } = parseIsoDate(iso);
  return m ? `${MONTH_NAMES[m]} ${y}` : String(y);
};

/** The slot's correct value, worded at the precision the sentence used. */
function correctValue(
  slot: Slot,
  precision: SlotJudgement['precision'],
  pageDate: string,
  timeline: (slot: Extract<Slot, { kind: 'number' }>, at: string) => number | undefined,
): string {
  switch (slot.kind) {
    case 'year':
      return String(slot.value ?? '');
    case 'date': {
      const { y, m, d } = parseIsoDate(slot.value);
      const end = slot.until ? parseIsoDate(slot.until) : undefined;
      if (precision === 'year' || !m) return String(y);
      if (end?.m && end.m !== m && (precision === 'month' || !d))
        return `${MONTH_NAMES[m]}–${MONTH_NAMES[end.m]} ${y}`;
      if (precision === 'month' || !d) return `${MONTH_NAMES[m]} ${y}`;
      if (end?.d && end.m === m) return `${d}–${end.d} ${MONTH_NAMES[m]} ${y}`;
      if (end?.d) return `from ${d} ${MONTH_NAMES[m]} to ${end.d} ${MONTH_NAMES[end.m ?? m]} ${y}`;
      return `${d} ${MONTH_NAMES[m]} ${y}`;
    }
    case 'number': {
      const value = timeline(slot, pageDate);
      const amount = value === undefined ? '' : value.toLocaleString('en-US');
      const unit = slot.units[0] ?? '';
      // Abbreviated units are written as such; words take a plural.
      const written = ABBREVIATED_UNITS.get(unit);
      if (written) return `${amount} ${written}`;
      return `${amount} ${unit}${value === 1 ? '' : 's'}`.replace(/([^aeiou])ys$/, '$1ies');
    }
    case 'ordinal':
      return ordinal(slot.value);
    case 'place':
      return slot.value;
  }
}

const ABBREVIATED_UNITS = new Map([
  ['mw', 'MW'],
  ['km2', 'km²'],
  ['km', 'km'],
]);

// "first" … "tenth" read better than "1st" … "10th" in a reason.
const ORDINAL_NAMES = new Map(
  [...ORDINAL_WORDS].filter(([, n]) => n >= 1 && n <= 10).map(([word, n]) => [n, word]),
);

function ordinal(n: number): string {
  const name = ORDINAL_NAMES.get(n);
  if (name) return name;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function preposition(
  label: string,
  precision: SlotJudgement['precision'],
  kind: Slot['kind'],
  correct: string,
): string {
  if (kind !== 'year' && kind !== 'date') return label;
  const bare = label.replace(/\s+(?:in|on|at)$/i, '');
  if (correct.startsWith('from ')) return bare; // "ran from 16 June to 28 August 2017"
  // "on 8 August 1949" but "in February 2004": the preposition follows the value we print.
  // (A slot that knows only the year prints it bare: "in 2018", even beside a stated day.)
  return `${bare} ${precision === 'day' && /^\d{1,2}(?!\d)/.test(correct) ? 'on' : 'in'}`;
}

export interface ReasonContext {
  readonly pageDate: string;
  readonly placeName: (id: string) => string;
  readonly timeline: (slot: Extract<Slot, { kind: 'number' }>, at: string) => number | undefined;
}

/** "signed in 1949, not 1972" */
export function conflictReason(judgement: SlotJudgement, context: ReasonContext): string {
  const { slot } = judgement;
  const correct =
    slot.kind === 'place'
      ? context.placeName(slot.value)
      : correctValue(slot, judgement.precision, context.pageDate, context.timeline);
  return `${capitalise(preposition(slot.label, judgement.precision, slot.kind, correct))} ${correct}, not ${judgement.stated}.`;
}

/** "signed in 1949, as stated" */
export function agreementReason(judgement: SlotJudgement, context: ReasonContext): string {
  const { slot } = judgement;
  const correct =
    slot.kind === 'place'
      ? context.placeName(slot.value)
      : correctValue(slot, judgement.precision, context.pageDate, context.timeline);
  // A count that agrees at the earlier time the sentence speaks of ("After Lesotho … 56"), not
  // at the page's date: the card gives the stated count for that time, not today's.
  if (slot.kind === 'number' && !correct.includes(judgement.stated))
    return `${capitalise(slot.label)} ${correct.replace(/^\S+/, judgement.stated)} at the time the sentence speaks of, as stated.`;
  return `${capitalise(preposition(slot.label, judgement.precision, slot.kind, correct))} ${correct}, as stated.`;
}

export function asOfNote(claim: Claim): string {
  return claim.asOf ? ` (as of ${MONTH_SHORT(claim.asOf)})` : '';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function formatMonth(iso: string): string {
  return MONTH_SHORT(iso);
}
