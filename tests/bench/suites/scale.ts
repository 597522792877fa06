/**
 * Scale: the cost of one sentence, the work done for it, the index's heap and build time, and
 * candidate recall, for a pack of N claims (argv[2]) shaped like a larger real pack; MiniSearch
 * top-5 over the same claims and sentences beside it.
 */
import type { Claim } from '../../../src/core/claims/schema';
import { buildIndex } from '../../../src/core/match/index';
import { candidateHits, type LabelledEntry } from '../candidate-recall';
import { squash } from '../../golden';
import { loadBundledPack, loadLabelledPages, type LabelledPage } from '../fixtures';
import { quantile, settledHeap, sortedCopy, time, timeEach, writeResult } from '../harness';
import { buildSearch, topClaims } from '../minisearch';
import { stepPage } from '../steps';
import { syntheticPack } from '../synthetic-pack';

const size = Number(process.argv[2] ?? 10000);
const TIMED_MS = Number(process.env.BENCH_SCALE_MS ?? 5000);

const pack = syntheticPack(loadBundledPack(), size);
const pages = loadLabelledPages().filter((page) => page.relevant);
const sentences = pages.flatMap((page) => page.sentences);
const rightClaims = (fact: string): Claim[] =>
  pack.claims.filter((claim) => claim.facts.includes(fact));

// Index heap (retained after full collections) and build time: one cold build, then warm ones.
const heapBefore = settledHeap();
const coldStart = performance.now();
const index = buildIndex([pack]);
const buildColdMs = performance.now() - coldStart;
const indexHeapBytes = settledHeap() - heapBefore;
// One warm build after the cold one: at 50k claims a build can take seconds.
const build = time('build', () => buildIndex([pack]), {
  iterations: 1,
  ms: 0,
  warmupIterations: 0,
});

const searchHeapBefore = settledHeap();
const search = buildSearch(pack.claims);
const miniSearchHeapBytes = settledHeap() - searchHeapBefore;
const searchBuild = time('MiniSearch build', () => buildSearch(pack.claims), {
  iterations: 1,
  ms: 0,
  warmupIterations: 0,
});

// The engine, sentence by sentence through whole pages; the first pass also counts candidates.
const candidates: number[][] = pages.map(() => []);
const flagged: Set<string>[] = pages.map(() => new Set());
let pass = 0;
const engine = timeEach(
  'engine',
  pages,
  (page, lap) => {
    const p = pages.indexOf(page);
    const counts = candidates[p] as number[];
    const result = stepPage(page.page, index, (sentence, verified) => {
      lap();
      if (pass === 0) counts[sentence] = verified;
    });
    if (pass === 0 && result) {
      const set = flagged[p] as Set<string>;
      for (const flag of result.flags)
        for (const fact of flag.facts) set.add(`${squash(flag.sentence)}\u0000${fact}`);
    }
    if (p === pages.length - 1) pass++;
  },
  {
    ms: TIMED_MS,
    warmupItems: 1,
  },
);
if (engine.perUnitMs.length !== sentences.length)
  throw new Error(
    `checkPageSteps took ${engine.perUnitMs.length} steps for ${sentences.length} sentences: it no longer steps once per sentence; update tests/bench/steps.ts`,
  );

// MiniSearch on at most 500 of the sentences, evenly spaced (the same ones at every size): at 50k
// claims each query takes tens of milliseconds. Its recall below uses every labelled sentence.
const step = Math.max(1, Math.ceil(sentences.length / 500));
const sampled = sentences.filter((_, i) => i % step === 0);
const miniSearch = timeEach(
  'MiniSearch',
  sampled,
  (sentence, lap) => {
    topClaims(search, sentence);
    lap();
  },
  { ms: TIMED_MS / 2, warmupItems: 50 },
);

// Recall over labelled sentences whose fact has a claim in the pack.
const labelled: LabelledEntry[] = pages.flatMap((page, p) =>
  page.expected
    .filter((entry) => rightClaims(entry.fact).length)
    .map((entry) => ({
      page: p,
      sentence: entry.sentence,
      fact: entry.fact,
      verdict: entry.verdict,
    })),
);
const placed = pages.reduce((sum, page) => sum + page.expected.length, 0);
const unplaced = pages.reduce((sum, page) => sum + page.unplaced, 0);
const sentenceOf = (entry: LabelledEntry): string =>
  (pages[entry.page] as LabelledPage).sentences[entry.sentence] as string;

const miniSearchHits = labelled.filter((entry) => {
  const right = new Set(rightClaims(entry.fact).map((claim) => claim.id));
  return topClaims(search, sentenceOf(entry)).some((id) => right.has(id));
}).length;
const flagHits = labelled.filter((entry) =>
  flagged[entry.page]?.has(`${squash(sentenceOf(entry))}\u0000${entry.fact}`),
).length;

const facts = new Set(labelled.map((entry) => entry.fact));
const recallStarted = performance.now();
const recallHits = candidateHits(index, pack.claims, pages, labelled);
const recallS = (performance.now() - recallStarted) / 1000;

const share = (hits: number | undefined): number | null =>
  hits === undefined || !labelled.length ? null : hits / labelled.length;
/** Candidate recall over the labels of one verdict only. */
const shareOf = (verdict: LabelledEntry['verdict']): number | null => {
  const of = labelled.filter((entry) => entry.verdict === verdict);
  if (!recallHits || !of.length) return null;
  return of.filter((entry) => recallHits.has(entry)).length / of.length;
};
const engineSorted = sortedCopy(engine.perUnitMs);
const searchSorted = sortedCopy(miniSearch.perUnitMs);
const candidateCounts = sortedCopy(candidates.flat());
const us = (ms: number): number => Math.round(ms * 1000 * 10) / 10;
const perSentenceMedianUs = us(quantile(engineSorted, 0.5));
const miniSearchMedianUs = us(quantile(searchSorted, 0.5));

writeResult({
  claims: pack.claims.length,
  sentences: sentences.length,
  pages: pages.length,
  perSentenceMedianUs,
  perSentenceP95Us: us(quantile(engineSorted, 0.95)),
  passes: engine.passes,
  candidatesPerSentence:
    Math.round((candidateCounts.reduce((a, b) => a + b, 0) / candidateCounts.length) * 10) / 10,
  candidatesP95: quantile(candidateCounts, 0.95),
  candidatesMax: candidateCounts.at(-1),
  indexHeapBytes,
  heapPerClaimBytes: Math.round(indexHeapBytes / pack.claims.length),
  buildMs: Math.round(build.medianMs * 10) / 10,
  buildColdMs: Math.round(buildColdMs * 10) / 10,
  miniSearchMedianUs,
  miniSearchP95Us: us(quantile(searchSorted, 0.95)),
  miniSearchPasses: miniSearch.passes,
  miniSearchSentences: sampled.length,
  miniSearchHeapBytes,
  miniSearchBuildMs: Math.round(searchBuild.medianMs * 10) / 10,
  speedupOverMiniSearch: Math.round((miniSearchMedianUs / perSentenceMedianUs) * 100) / 100,
  recallAt5: share(recallHits?.size),
  // Split by the label's verdict.
  recallAt5Supported: shareOf('supported'),
  recallAt5Contradicted: shareOf('contradicted'),
  miniSearchRecallAt5: share(miniSearchHits),
  flagRecall: share(flagHits),
  recall: {
    labelled: placed + unplaced,
    measured: labelled.length,
    withoutClaimInPack: placed - labelled.length,
    unplaced,
    facts: facts.size,
    engineSeconds: Math.round(recallS * 10) / 10,
  },
});
