/**
 * Real pages: the whole check of each labelled fixture page, the topic gate on an off-topic one,
 * and sentence splitting of a long paragraph, each beside a baseline timed in the same run.
 */
import { checkPage, topicOf } from '../../../src/core/check';
import { buildIndex } from '../../../src/core/match/index';
import { splitSentences } from '../../../src/core/text/segment';
import { tokenize } from '../../../src/core/text/tokens';
import { loadBundledPack, loadLabelledPages, pageText, TODAY } from '../fixtures';
import { time, writeResult } from '../harness';

const index = buildIndex([loadBundledPack()]);
// The pages of tests/fixtures/pages (golden and held-out), as the first benchmark measured them.
const pages = loadLabelledPages().filter((page) => /^(golden|heldout)\//.test(page.label));

interface Row {
  readonly name: string;
  readonly medianMs: number;
  readonly baseline: string;
  readonly baselineMs: number;
  readonly ratio: number;
}
const rows: Row[] = [];
const add = (name: string, medianMs: number, baseline: string, baselineMs: number): void => {
  rows.push({ name, medianMs, baseline, baselineMs, ratio: medianMs / baselineMs });
};

// 1. The whole check of each page (topic gate included) against one tokenising pass over its text.
for (const { file, page } of pages) {
  const text = pageText(page);
  add(
    `check ${file.replace(/^tests\/fixtures\//, '')} (${(text.length / 1024).toFixed(1)} KB)`,
    time(file, () => checkPage(page, index, { today: TODAY }), { iterations: 7, ms: 100 }).medianMs,
    "the engine's tokenize, same text",
    time('tokenize', () => tokenize(text), { iterations: 7, ms: 50 }).medianMs,
  );
}

// 2. The topic gate on each off-topic page against the same single pass.
for (const { file, page } of pages.filter((labelled) => !labelled.relevant)) {
  const text = pageText(page);
  add(
    `topic gate ${file.replace(/^tests\/fixtures\//, '')}`,
    time(file, () => topicOf(page), { iterations: 7, ms: 50 }).medianMs,
    "the engine's tokenize, same text",
    time('tokenize', () => tokenize(text), { iterations: 7, ms: 50 }).medianMs,
  );
}

// 3. Sentence splitting of a 300 KB paragraph: ours against Intl.Segmenter (quadratic in Node 20).
const long =
  'Bhutan joined the United Nations in 1971. Dr. Wangdi said the U.S. had no embassy there. '.repeat(
    3400,
  );
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
add(
  `split ${(long.length / 1024).toFixed(0)} KB into sentences`,
  time('split', () => splitSentences(long), { iterations: 5, ms: 200 }).medianMs,
  'Intl.Segmenter, same text',
  // Seconds a run: once is enough to see the quadratic cost.
  time('Intl.Segmenter', () => [...segmenter.segment(long)].length, {
    iterations: 1,
    ms: 0,
    warmupIterations: 0,
  }).medianMs,
);

const checks = rows.filter((row) => row.name.startsWith('check '));
writeResult({
  rows,
  checkRatioMedian: checks.map((row) => row.ratio).sort((a, b) => a - b)[
    Math.floor(checks.length / 2)
  ],
});
