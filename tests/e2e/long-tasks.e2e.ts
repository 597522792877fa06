/**
 * No long task from the extension (issue 9 item 6, issue 10): a PerformanceObserver for 'longtask'
 * in the page records every task over 50 ms. The pages are generated here and are static, so after
 * their first frame the page itself has nothing left to do: every long task from then on would be
 * the extension's (it starts its work two frames after it is injected, see src/content/index.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigArticle, bigCatalogue } from './big-pages';
import { launch, listFlags, waitForHighlights, type Harness } from './harness';

interface Timeline {
  /** When the page's first frame after DOMContentLoaded had rendered (ms since navigation). */
  readonly settled: number;
  readonly firstHighlight: number | null;
  readonly longTasks: readonly { readonly start: number; readonly duration: number }[];
}

const OBSERVER = `
  globalThis.__timeline = { settled: null, firstHighlight: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      __timeline.longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    requestAnimationFrame(() => setTimeout(() => { __timeline.settled = performance.now(); }, 0));
  });
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

async function serve(name: string, html: string): Promise<Page> {
  const page = await harness.context.newPage();
  const url = `${harness.origin}/generated/${name}`;
  await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(url);
  return page;
}

const timeline = (page: Page): Promise<Timeline> =>
  page.evaluate(() => (globalThis as unknown as { __timeline: Timeline }).__timeline);

const afterSettling = (line: Timeline) =>
  line.longTasks.filter((task) => task.start >= line.settled);

describe('no long task caused by the extension', () => {
  it('on a 1 MB article about Bhutan’s foreign relations', async () => {
    const { html, flags } = bigArticle(1_000_000);
    expect(html.length).toBeGreaterThan(1_000_000);
    const page = await serve('big-article.html', html);
    await waitForHighlights(page, flags, 30_000);
    await page.waitForTimeout(1500);
    const line = await timeline(page);
    // The extension did its work inside the window the test watches.
    expect(line.firstHighlight).not.toBeNull();
    expect(line.firstHighlight ?? 0).toBeGreaterThan(line.settled);
    expect((await listFlags(harness, page))?.flags.length).toBe(flags);
    expect(afterSettling(line), JSON.stringify(line)).toEqual([]);
    await page.close();
  });

  it('on a 100,000-node page that names Bhutan once', async () => {
    const html = bigCatalogue(100_000);
    const page = await serve('big-catalogue.html', html);
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
    // The gate passes (Bhutan is named), the page is extracted and judged not relevant.
    await expect
      .poll(async () => (await listFlags(harness, page))?.relevant, { timeout: 15_000 })
      .toBe(false);
    await page.waitForTimeout(2500);
    const line = await timeline(page);
    expect(line.settled).toBeGreaterThan(0);
    expect(afterSettling(line), JSON.stringify(line)).toEqual([]);
    await page.close();
  });
});
