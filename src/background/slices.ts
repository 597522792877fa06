/**
 * Runs a stepwise check in slices: after each slice of `sliceMs` it gives the event loop a turn, so
 * another tab's check waits at most one slice; past `budgetMs` in all it stops with what it has.
 */
import type { CheckProgress, CheckResult } from '../core/check';

/** One slice of matching: a worker handling several tabs answers each within about this much. */
export const SLICE_MS = 8;
/** A page's whole budget; a page that needs more gets the flags found by then and a note. */
export const PAGE_BUDGET_MS = 4_000;

export type SlicedOutcome<T> =
  | { readonly finished: true; readonly value: T }
  | { readonly finished: false; readonly progress: CheckProgress | undefined };

export interface SliceClock {
  readonly now: () => number;
  /** Lets other work run (a macrotask, so messages from other tabs get their turn). */
  readonly pause: () => Promise<void>;
}

const realClock: SliceClock = {
  now: () => performance.now(),
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
};

export async function runInSlices<T>(
  steps: Generator<CheckProgress, T>,
  { sliceMs = SLICE_MS, budgetMs = PAGE_BUDGET_MS, clock = realClock } = {},
): Promise<SlicedOutcome<T>> {
  // The budget counts this page's own slices, not the time it waited while other tabs had theirs.
  let spent = 0;
  let sliceStarted = clock.now();
  let progress: CheckProgress | undefined;
  for (;;) {
    const step = steps.next();
    if (step.done) return { finished: true, value: step.value };
    progress = step.value;
    const inSlice = clock.now() - sliceStarted;
    if (spent + inSlice > budgetMs) {
      steps.return(undefined as T);
      return { finished: false, progress };
    }
    if (inSlice > sliceMs) {
      spent += inSlice;
      await clock.pause();
      sliceStarted = clock.now();
    }
  }
}

/** What the popup tells the reader about a check cut short or with sentences left out, if anything. */
export function noteFor(
  outcome: SlicedOutcome<CheckResult>,
  budgetMs = PAGE_BUDGET_MS,
): string | undefined {
  if (!outcome.finished) {
    const seconds = Math.round(budgetMs / 1000);
    const { progress } = outcome;
    return progress
      ? `Checked ${progress.done} of ${progress.total} sentences: this page needed more than ${seconds} s, so the rest was not checked.`
      : `This page needed more than ${seconds} s to check, so it was not checked.`;
  }
  const skipped = outcome.value.skipped ?? [];
  const [first] = skipped;
  if (!first) return undefined;
  const why = first.reason.replace(/: not checked$/, '');
  return skipped.length === 1
    ? `One sentence ${why} was not checked.`
    : `${skipped.length} sentences ${why} were not checked.`;
}
