import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activate,
  badgeText,
  flagRanges,
  launch,
  listFlags,
  openExtensionPage,
  readHighlights,
  RESULTS,
  squash,
  waitForCard,
  waitForHighlights,
  type DrawnHighlights,
  type Harness,
} from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const total = (drawn: DrawnHighlights): number =>
  drawn.supported.length + drawn.contradicted.length;

async function open(path: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/${path}`);
  return page;
}

/** The popup, opened as a tab, looking at `article` (the article's tab is made the active one). */
async function openPopup(article: Page): Promise<Page> {
  const popup = await openExtensionPage(harness, 'src/popup/index.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await activate(harness, article);
  await popup.reload();
  return popup;
}

describe('the popup’s “This page” tab', () => {
  it('lists the page’s flags, and a click scrolls the article to the flag and opens its card', async () => {
    const article = await open('druk-nato-nexus.html');
    const drawn = await waitForHighlights(article);
    expect(drawn.contradicted.length).toBeGreaterThan(0);
    const popup = await openPopup(article);
    const items = popup.getByTestId('flag-item');
    await expect.poll(() => items.count()).toBe(total(drawn));
    const texts = (await items.allTextContents()).map(squash);
    for (const sentence of [...drawn.supported, ...drawn.contradicted])
      expect(
        texts.some((text) => text.includes(squash(sentence))),
        `listed: ${sentence}`,
      ).toBe(true);
    const treaty = items.filter({ hasText: '1949' }).first();
    expect(await treaty.textContent()).toMatch(/Contradicted/);
    const sentence = (await treaty.locator('.flag-sentence').textContent()) ?? '';
    expect(drawn.contradicted.map(squash)).toContain(squash(sentence));

    // Take the flag out of view first, so the scroll is the popup's doing.
    await article.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const inView = async (): Promise<boolean> => {
      const range = (await flagRanges(article, 'contradicted')).find(
        (candidate) => squash(candidate.text) === squash(sentence),
      );
      const scrollY = await article.evaluate(() => window.scrollY);
      const height = article.viewportSize()?.height ?? 0;
      return !!range && range.top - scrollY >= 0 && range.bottom - scrollY <= height;
    };
    expect(await inView()).toBe(false);
    // The popup closes itself once the page has the flag.
    await treaty.click({ noWaitAfter: true });
    const card = await waitForCard(article);
    expect(card.heading).toMatch(/1949/);
    await expect.poll(inView).toBe(true);
    expect((await readHighlights(article)).current.map(squash)).toEqual([squash(sentence)]);
    await article.close();
    if (!popup.isClosed()) await popup.close();
  });
});

describe('the popup’s “History” tab', () => {
  it('lists flagged pages; search narrows, Forget removes one, JSON and CSV exports hold what is shown', async () => {
    const druk = await open('druk-nato-nexus.html');
    const brief = await open('small-state-agency-brief.html');
    await waitForHighlights(druk);
    await waitForHighlights(brief);
    const drukTitle = await druk.title();
    const briefTitle = await brief.title();
    // The history does not depend on the active tab: the popup tab stays in front.
    const popup = await openExtensionPage(harness, 'src/popup/index.html');
    await popup.getByRole('tab', { name: 'History' }).click();
    const entries = popup.getByTestId('history-entry');
    await expect.poll(() => entries.count()).toBe(2);
    const listed = await entries.allTextContents();
    expect(listed.some((text) => text.includes(drukTitle))).toBe(true);
    expect(listed.some((text) => text.includes(briefTitle))).toBe(true);

    const search = popup.getByRole('searchbox', { name: 'Search' });
    await search.fill('druk-nato');
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain(drukTitle);
    await expect
      .poll(() => popup.getByTestId('history-count').textContent())
      .toBe('Showing 1 of 2 pages');
    await search.fill('');
    await expect.poll(() => entries.count()).toBe(2);

    await popup.getByRole('button', { name: `Forget ${drukTitle}` }).click();
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain(briefTitle);
    await expect.poll(() => popup.getByTestId('history-status').textContent()).toContain(drukTitle);
    // Forgotten for good: a fresh popup still shows one page.
    await popup.reload();
    await popup.getByRole('tab', { name: 'History' }).click();
    await expect.poll(() => entries.count()).toBe(1);

    const [json] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const saved = JSON.parse(readFileSync(await json.path(), 'utf8')) as { url: string }[];
    expect(saved.map((entry) => entry.url)).toEqual([brief.url()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);

    const [csv] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('url,title,site,checkedAt,verdict,claimId,reason,sentence');
    const drawn = await readHighlights(brief);
    expect(lines.slice(1)).toHaveLength(total(drawn));
    for (const line of lines.slice(1)) expect(line.startsWith(`${brief.url()},`)).toBe(true);
    expect(lines.join('\n')).not.toContain('druk-nato-nexus');
    await Promise.all([druk.close(), brief.close(), popup.close()]);
  });
});

describe('pausing a site from the popup', () => {
  it('removes the highlights and the badge, keeps a reload clean, and resuming restores them', async () => {
    const article = await open('druk-nato-nexus.html');
    const before = await waitForHighlights(article);
    const count = total(before);
    expect(count).toBeGreaterThan(0);
    const popup = await openPopup(article);
    await expect.poll(() => popup.getByTestId('flag-item').count()).toBe(count);
    expect(await badgeText(harness)).toBe(String(count));

    const pause = popup.getByRole('switch', { name: 'Pause on 127.0.0.1' });
    await pause.check();
    await expect
      .poll(() => popup.getByTestId('page-status').textContent())
      .toBe('Paused on 127.0.0.1.');
    await expect.poll(async () => total(await readHighlights(article))).toBe(0);
    await expect.poll(() => badgeText(harness)).toBe('');
    await popup.getByTestId('page-paused').waitFor();

    await article.reload();
    // The page asked the worker, was told it is paused, and drew nothing.
    await expect.poll(async () => (await listFlags(harness, article))?.paused).toBe(true);
    expect(await readHighlights(article)).toEqual({ supported: [], contradicted: [], current: [] });
    expect(await badgeText(harness)).toBe('');

    await popup.reload();
    await expect.poll(() => pause.isChecked()).toBe(true);
    await pause.uncheck();
    await expect.poll(async () => total(await readHighlights(article))).toBe(count);
    await expect.poll(() => badgeText(harness)).toBe(String(count));
    expect((await readHighlights(article)).contradicted).toEqual(before.contradicted);
    await expect.poll(() => popup.getByTestId('flag-item').count()).toBe(count);
    await Promise.all([article.close(), popup.close()]);
  });
});

describe('the popup’s layout', () => {
  it('keeps the pause switch at the top while the flag list scrolls, with no blank strip, and lists the shortcuts', async () => {
    const article = await open('small-state-agency-brief.html');
    const drawn = await waitForHighlights(article, 3);
    const popup = await openPopup(article);
    await expect.poll(() => popup.getByTestId('flag-item').count()).toBe(total(drawn));
    for (const width of [380, 400]) {
      await popup.setViewportSize({ width, height: 600 });
      const pause = popup.getByRole('switch', { name: 'Pause on 127.0.0.1' });
      const before = await pause.boundingBox();
      expect(before, 'the pause switch is shown').not.toBeNull();
      expect((before?.y ?? 999) + (before?.height ?? 0)).toBeLessThan(120);
      const layout = await popup.evaluate(() => {
        const panel = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
        const root = document.querySelector<HTMLElement>('.popup');
        const scrolls = !!panel && panel.scrollHeight > panel.clientHeight;
        if (panel) panel.scrollTop = panel.scrollHeight;
        return {
          scrolls,
          scrolled: panel?.scrollTop ?? 0,
          documentScroll: document.scrollingElement?.scrollHeight ?? 0,
          viewport: window.innerHeight,
          rootRight: root?.getBoundingClientRect().right ?? 0,
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
      expect(layout.scrolls, `${width}: the list is longer than the popup`).toBe(true);
      expect(layout.scrolled).toBeGreaterThan(0);
      // Only the panel scrolls: the document itself fits the popup.
      expect(layout.documentScroll).toBeLessThanOrEqual(layout.viewport);
      expect(layout.rootRight, `${width}: no blank strip`).toBe(width);
      expect(layout.scrollWidth).toBe(width);
      expect(await pause.boundingBox(), 'the switch stays put').toEqual(before);
    }
    const shortcuts = popup.getByTestId('shortcuts');
    expect(await shortcuts.textContent()).toMatch(/Alt\+Shift\+J\s*next flag/);
    expect(await shortcuts.textContent()).toMatch(/Alt\+Shift\+K\s*previous flag/);
    await Promise.all([article.close(), popup.close()]);
  });
});

describe('the popup’s look', () => {
  it('is captured with the page’s flags', async () => {
    const article = await open('druk-nato-nexus.html');
    const drawn = await waitForHighlights(article);
    const popup = await openPopup(article);
    await expect.poll(() => popup.getByTestId('flag-item').count()).toBe(total(drawn));
    const path = join(RESULTS, 'popup.png');
    await popup.screenshot({ path });
    expect(statSync(path).size).toBeGreaterThan(1000);
    await Promise.all([article.close(), popup.close()]);
  });
});

describe('an incomplete check', () => {
  it('the popup says what was left out above the flags, so the list is not read as complete', async () => {
    const article = await open('long-sentence.html');
    const drawn = await waitForHighlights(article);
    expect(drawn.contradicted.map(squash)).toContain(
      squash('Bhutan joined the United Nations in 1972.'),
    );
    const popup = await openPopup(article);
    const note = popup.getByTestId('page-note');
    await expect.poll(() => note.count()).toBe(1);
    expect(squash((await note.textContent()) ?? '')).toMatch(
      /^One sentence longer than 2,000 characters was not checked\.$/,
    );
    await expect.poll(() => popup.getByTestId('flag-item').count()).toBe(total(drawn));
    await Promise.all([article.close(), popup.close()]);
  });

  it('a complete check shows no such note', async () => {
    const article = await open('un-membership.html');
    await waitForHighlights(article);
    const popup = await openPopup(article);
    await expect.poll(() => popup.getByTestId('flag-item').count()).toBeGreaterThan(0);
    expect(await popup.getByTestId('page-note').count()).toBe(0);
    await Promise.all([article.close(), popup.close()]);
  });
});
