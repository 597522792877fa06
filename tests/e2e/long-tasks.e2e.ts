/**
 * No long task from the extension (issue 9 item 6, issue 10): a PerformanceObserver for 'longtask'
 * in the page records every task over 50 ms. The pages are generated here and are static: once the
 * extension starts work (two frames after its script is injected; the moment is read from a
 * DevTools trace), the page has nothing left to do, so every long task from then on is the
 * extension's.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACE_MARK } from '../../src/content/names';
import { bigArticle, bigCatalogue } from './big-pages';
import { launch, listFlags, waitForHighlights, type Harness } from './harness';
import { NavigationTrace } from './trace';

interface Timeline {
  /** When the content script first ran (ms since navigation). */
  readonly started: number;
  readonly firstHighlight: number | null;
  readonly longTasks: readonly { readonly start: number; readonly duration: number }[];
}

const OBSERVER = `
  globalThis.__timeline = { firstHighlight: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      __timeline.longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
  }).observe({ type: 'longtask', buffered: true });
  const watch = () => {
    if ([...CSS.highlights.keys()].some((name) => name.startsWith('bhutan-fact-flags-')))
      __timeline.firstHighlight = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
`;

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
  await harness.context.addInitScript({ content: OBSERVER });
});
afterAll(async () => {
  await harness?.close();
});

/** Opens a generated page, waits for `done`, and returns its timeline. */
async function visit(
  name: string,
  html: string,
  done: (page: Page) => Promise<void>,
): Promise<{ page: Page; line: Timeline }> {
  const page = await harness.context.newPage();
  const url = `${harness.origin}/generated/${name}`;
  await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const trace = await NavigationTrace.start(page);
  await page.goto(url);
  await done(page);
  const started = await trace.markAt(url, TRACE_MARK);
  expect(started, 'the extension started work').not.toBeNull();
  const line = await page.evaluate(
    () => (globalThis as unknown as { __timeline: Omit<Timeline, 'started'> }).__timeline,
  );
  return { page, line: { ...line, started: started ?? 0 } };
}

const afterStart = (line: Timeline) => line.longTasks.filter((task) => task.start >= line.started);

describe('no long task caused by the extension', () => {
  it('on a 1 MB article about Bhutan’s foreign relations', async () => {
    const { html, flags } = bigArticle(1_000_000);
    expect(html.length).toBeGreaterThan(1_000_000);
    const { page, line } = await visit('big-article.html', html, async (opened) => {
      await waitForHighlights(opened, flags, 30_000);
      await opened.waitForTimeout(1500);
    });
    // The extension did its work inside the window the test watches.
    expect(line.firstHighlight).not.toBeNull();
    expect(line.firstHighlight ?? 0).toBeGreaterThan(line.started);
    expect((await listFlags(harness, page))?.flags.length).toBe(flags);
    expect(afterStart(line), JSON.stringify(line)).toEqual([]);
    await page.close();
  });

  it('on a 100,000-node page that names Bhutan once', async () => {
    const html = bigCatalogue(100_000);
    const { page, line } = await visit('big-catalogue.html', html, async (opened) => {
      // The gate passes (Bhutan is named), the page is extracted and judged not relevant.
      await expect
        .poll(async () => (await listFlags(harness, opened))?.relevant, { timeout: 15_000 })
        .toBe(false);
      await opened.waitForTimeout(2500);
    });
    const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
    expect(nodes).toBeGreaterThan(40_000);
    // Elements and their text nodes: about 100,000 nodes.
    const all = await page.evaluate(() => {
      let count = 0;
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) count++;
      return count;
    });
    expect(all).toBeGreaterThan(95_000);
    expect(line.started).toBeGreaterThan(0);
    expect(afterStart(line), JSON.stringify(line)).toEqual([]);
    await page.close();
  });
});
