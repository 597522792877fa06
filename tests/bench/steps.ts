import {
  checkPageSteps,
  type CheckResult,
  type CheckStats,
  type PageText,
} from '../../src/core/check';
import type { ClaimIndex } from '../../src/core/match/index';
import { TODAY } from './fixtures';

/**
 * Checks a page the way the worker does once the content script's gate has passed it, one sentence
 * per step of the public stepwise API; `after(sentence, candidates)` runs after each sentence with
 * the number of claims verified for it; the check stops after sentence `last` when given.
 */
export function stepPage(
  page: PageText,
  index: ClaimIndex,
  after: (sentence: number, candidates: number) => void,
  last = Number.POSITIVE_INFINITY,
): CheckResult | undefined {
  const stats: CheckStats = { sentences: 0, candidatesVerified: 0 };
  const steps = checkPageSteps(page, index, { gated: true, today: TODAY, stats });
  let before = 0;
  for (let sentence = 0; ; sentence++) {
    const step = steps.next();
    after(sentence, stats.candidatesVerified - before);
    before = stats.candidatesVerified;
    if (step.done) return step.value;
    if (sentence >= last) return undefined;
  }
}
