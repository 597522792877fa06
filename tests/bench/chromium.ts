/**
 * `npm run bench:chromium`: how long a reader waits for flags in real Chromium, from the page's
 * load event (and from navigation start) to the first highlight drawn, on a normal article:
 * - warm: the worker is running and its index is built (a second visit);
 * - cold: the worker was stopped first, so it starts, opens IndexedDB and builds its index.
 * Medians over several runs, printed and written to test-results/bench-chromium.json. No
 * assertions: budgets (issue 10: ≤ 100 ms warm, ≤ 200 ms cold) are reported, not enforced.
 * Needs `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, RESULTS, waitForHighlights, type Harness } from '../e2e/harness';

const ARTICLE = 'druk-nato-nexus.html';
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

const TIMING = `
  globalThis.__bench = { load: null, highlight: null };
  addEventListener('load', () => { __bench.load = performance.now(); });
  const watch = () => {
    if ([...CSS.highlights.keys()].some((name) => name.startsWith('bhutan-fact-flags-')))
      __bench.highlight = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
`;

interface Sample {
  readonly fromNavigationMs: number;
  readonly fromLoadMs: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Stops the extension's service worker through the DevTools protocol (the next message wakes it). */
async function stopWorker(harness: Harness, page: Page): Promise<void> {
  const cdp = await harness.context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    for (const target of targetInfos)
      if (target.type === 'service_worker' && target.url.includes(harness.extensionId))
        await cdp.send('Target.closeTarget', { targetId: target.targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  // Let the browser finish tearing it down.
  await page.waitForTimeout(300);
}

async function visit(harness: Harness, page: Page): Promise<Sample> {
  await page.goto(`${harness.origin}/${ARTICLE}`);
  await waitForHighlights(page, 1, 15_000);
  await page.waitForFunction(
    () => (globalThis as unknown as { __bench: { highlight: number | null } }).__bench.highlight,
    undefined,
    { timeout: 5000 },
  );
  const timing = await page.evaluate(
    () => (globalThis as unknown as { __bench: { load: number; highlight: number } }).__bench,
  );
  if (timing.highlight === null) throw new Error('no highlight was drawn');
  return {
    fromNavigationMs: Math.round(timing.highlight * 10) / 10,
    fromLoadMs: Math.round((timing.highlight - timing.load) * 10) / 10,
  };
}

const harness = await launch();
await harness.context.addInitScript({ content: TIMING });
const page = await harness.context.newPage();
await visit(harness, page); // the first visit installs the pack and builds the index
const warm: Sample[] = [];
const cold: Sample[] = [];
for (let run = 0; run < RUNS; run++) {
  warm.push(await visit(harness, page));
  await stopWorker(harness, page);
  cold.push(await visit(harness, page));
}
await harness.close();

const summary = (samples: readonly Sample[]) => ({
  runs: samples.length,
  fromLoadMedianMs: median(samples.map((sample) => sample.fromLoadMs)),
  fromNavigationMedianMs: median(samples.map((sample) => sample.fromNavigationMs)),
  samples,
});
const result = {
  article: ARTICLE,
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  warm: { ...summary(warm), budgetMs: 100 },
  cold: { ...summary(cold), budgetMs: 200 },
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'bench-chromium.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`load → first highlight on ${ARTICLE}, medians of ${RUNS} runs:`);
for (const [name, data] of [
  ['warm worker', result.warm],
  ['cold worker', result.cold],
] as const)
  console.log(
    `  ${name}: ${data.fromLoadMedianMs} ms after the load event (${data.fromNavigationMedianMs} ms after navigation start; budget ${data.budgetMs} ms)`,
  );
console.log(`written to ${join('test-results', 'bench-chromium.json')}`);
