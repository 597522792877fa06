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

const floor = time('floor', () => floorTokenise(text), { ms: 500 });
const withBundled = time('bundled', () => checkPage(article, bundledIndex, { today: TODAY }), {
  ms: 1500,
});
// Seconds a run on the engine from before the rewrite: one warm-up, then at least one timed run.
const with10k = time('10k', () => checkPage(article, bigIndex, { today: TODAY }), {
  iterations: 1,
  ms: 1000,
  warmupIterations: 1,
});
const flags = checkPage(article, bundledIndex, { today: TODAY }).flags.length;

// Now and before, alternated three times so that a change in the machine's load hits both.
const baseline = await loadBaselineEngine();
const nowMs: number[] = [];
const beforeMs: number[] = [];
if (typeof baseline !== 'string') {
  for (let round = 0; round < 3; round++) {
    nowMs.push(time('now', () => checkPage(article, bundledIndex, { today: TODAY })).medianMs);
    beforeMs.push(
      time('before', () => baseline.check.checkPage(article, baseline.index, { today: TODAY }))
        .medianMs,
    );
  }
}
const middle = (values: number[]): number =>
  sortedCopy(values)[Math.floor(values.length / 2)] ?? Number.NaN;
const before = beforeMs.length ? middle(beforeMs) : undefined;

const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
writeResult({
  words: text.split(/\s+/).filter(Boolean).length,
  targetWords: ARTICLE_WORDS,
  kilobytes: round(text.length / 1024, 1),
  flags,
  floorMs: round(floor.medianMs),
  bundledMs: round(withBundled.medianMs),
  bundledP95Ms: round(withBundled.p95Ms),
  bundledRatioToFloor: round(withBundled.medianMs / floor.medianMs, 1),
  tenKMs: round(with10k.medianMs),
  tenKRatioToFloor: round(with10k.medianMs / floor.medianMs, 1),
  before:
    typeof baseline === 'string'
      ? { unavailable: baseline }
      : {
          commit: baseline.commit,
          bundledMs: round(before ?? Number.NaN),
          ratioToFloor: round((before ?? Number.NaN) / floor.medianMs, 1),
        },
  /** Issue 7: checking this article with the bundled pack, now against before (budget 1.5). */
  slowdownSinceBefore: before === undefined ? null : round(middle(nowMs) / before, 2),
});
