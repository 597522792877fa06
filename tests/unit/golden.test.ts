import { afterAll, describe, expect, it } from 'vitest';
import { pageFromText } from '../../src/cli/load';
import { checkPage } from '../../src/core/check';
import { validatePack } from '../../src/core/claims/validate';
import { buildIndex } from '../../src/core/match/index';
import { loadGoldenPages, scorePage, type PageScore } from '../golden';
import { bundledPackJson, TODAY } from './helpers';

// Issue 7's floors for our own pages.
const PRECISION_THRESHOLD = 0.98;
const RECALL_THRESHOLD = 0.95;

const parsed = validatePack(bundledPackJson());
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const index = buildIndex([parsed.pack]);
const pages = loadGoldenPages();
const scores = new Map<string, PageScore>();

function totals() {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let wrong = 0;
  for (const score of scores.values()) {
    tp += score.truePositives;
    fp += score.falsePositives.length;
    fn += score.falseNegatives.length;
    wrong += score.wrongVerdicts.length;
  }
  return {
    tp,
    fp,
    fn,
    wrong,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
  };
}

describe.each(pages)('golden page $name', (golden) => {
  const result = checkPage(pageFromText(golden.page, golden.html), index, { today: TODAY });
  const score = scorePage(golden, result.flags);
  scores.set(golden.name, score);

  it(`is ${golden.relevant ? '' : 'not '}about Bhutan's foreign relations`, () => {
    expect(result.relevant, result.topic.evidence.join('; ')).toBe(golden.relevant);
    if (!golden.relevant) expect(result.flags).toEqual([]);
  });
  it('flags none of the sentences that must stay silent, and no verdict is wrong', () => {
    expect(score.mustNotFlagHits).toEqual([]);
    expect(score.wrongVerdicts).toEqual([]);
  });
});

describe('precision and recall over all golden pages', () => {
  it(`precision ≥ ${PRECISION_THRESHOLD} and recall ≥ ${RECALL_THRESHOLD}`, () => {
    const { precision, recall } = totals();
    const details = [...scores.entries()].flatMap(([name, score]) => [
      ...score.falsePositives.map((line) => `FP ${name}: ${line}`),
      ...score.falseNegatives.map((line) => `FN ${name}: ${line}`),
    ]);
    expect(precision, details.join('\n')).toBeGreaterThanOrEqual(PRECISION_THRESHOLD);
    expect(recall, details.join('\n')).toBeGreaterThanOrEqual(RECALL_THRESHOLD);
  });
});

afterAll(() => {
  const { tp, fp, fn, wrong, precision, recall } = totals();
  console.log(
    `Golden pages: ${scores.size}; expected flags found ${tp}, unexpected flags ${fp}, missed ${fn}, wrong verdicts ${wrong}; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
  );
});
