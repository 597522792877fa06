/**
 * A 5,000-word relevant article (real fixture text) checked against the bundled pack and against a
 * 10k-claim pack, each as a ratio to the floor (one tokenising pass) timed in the same run, and
 * against the engine from before the relation-frames rewrite (issue 7: at most 1.5x slower).
 */
import { checkPage } from '../../../src/core/check';
import { buildIndex } from '../../../src/core/match/index';
import { relevantArticle, ARTICLE_WORDS } from '../article';
import { loadBaselineEngine } from '../baseline-engine';
import { loadBundledPack, loadLabelledPages, pageText, TODAY } from '../fixtures';
import { floorTokenise } from '../floor';
import { sortedCopy, time, writeResult } from '../harness';
import { syntheticPack } from '../synthetic-pack';

const bundled = loadBundledPack();
const article = relevantArticle(loadLabelledPages());
const text = pageText(article);
const bundledIndex = buildIndex([bundled]);
const bigIndex = buildIndex([syntheticPack(bundled, 10000)]);

// Seconds a run on the engine from before the rewrite: one warm-up, then at least one timed run.
const with10k = time('10k', () => checkPage(article, bigIndex, { today: TODAY }), {
  iterations: 1,
  ms: 1000,
  warmupIterations: 1,
});
const flags = checkPage(article, bundledIndex, { today: TODAY }).flags.length;

// The floor, today's engine and the engine from before, in turn three times, so that a change in
// the machine's load (other people's tests) falls on all three alike.
const baseline = await loadBaselineEngine();
const floorMs: number[] = [];
const nowMs: number[] = [];
const beforeMs: number[] = [];
for (let round = 0; round < 3; round++) {
  floorMs.push(time('floor', () => floorTokenise(text), { ms: 200 }).medianMs);
  nowMs.push(
    time('now', () => checkPage(article, bundledIndex, { today: TODAY }), { ms: 500 }).medianMs,
  );
  if (typeof baseline !== 'string')
    beforeMs.push(
      time('before', () => baseline.check.checkPage(article, baseline.index, { today: TODAY }), {
        ms: 500,
      }).medianMs,
    );
}
const middle = (values: number[]): number =>
  sortedCopy(values)[Math.floor(values.length / 2)] ?? Number.NaN;
const floor = middle(floorMs);
const now = middle(nowMs);
const before = beforeMs.length ? middle(beforeMs) : undefined;

const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
writeResult({
  words: text.split(/\s+/).filter(Boolean).length,
  targetWords: ARTICLE_WORDS,
  kilobytes: round(text.length / 1024, 1),
  flags,
  floorMs: round(floor),
  bundledMs: round(now),
  bundledRatioToFloor: round(now / floor, 1),
  tenKMs: round(with10k.medianMs),
  tenKRatioToFloor: round(with10k.medianMs / floor, 1),
  before:
    typeof baseline === 'string'
      ? { unavailable: baseline }
      : {
          commit: baseline.commit,
          bundledMs: round(before ?? Number.NaN),
          ratioToFloor: round((before ?? Number.NaN) / floor, 1),
        },
  /** Issue 7: checking this article with the bundled pack, now against before (budget 1.5). */
  slowdownSinceBefore: before === undefined ? null : round(now / before, 2),
});
