/**
 * Keyboard use and card placement, in real Chromium: the flag a user steps to gets the focus (so
 * Enter opens its card, not a link the page had focused), focus stays in an open card, Esc returns
 * it to the flag without scrolling, and the card always fits the viewport with its actions in view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardState,
  flagRanges,
  launch,
  standInFocused,
  waitForCard,
  waitForHighlights,
  type CardState,
  type Harness,
} from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await harness.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${harness.origin}/${path}`);
  return page;
}

const focusedTag = (page: Page): Promise<string> =>
  page.evaluate(() => document.activeElement?.tagName ?? '');

describe('stepping with the keyboard', () => {
  it('Tab to a page link, step, Enter: the card opens and the page does not navigate', async () => {
    const page = await open('long-article.html');
    await waitForHighlights(page, 3);
    const url = page.url();
    await page.keyboard.press('Tab');
    expect(await focusedTag(page)).toBe('A');
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => standInFocused(page)).toBe(true);
    await page.keyboard.press('Enter');
    const card = await waitForCard(page);
    expect(card.verdict).toMatch(/vetted sources/);
    expect(page.url()).toBe(url);
    await page.close();
  });

  it('Tab and Shift+Tab stay inside the open card; Esc returns focus to the flag and keeps the scroll', async () => {
    const page = await open('long-article.html');
    await waitForHighlights(page, 3);
    await page.keyboard.press('Alt+Shift+J');
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => standInFocused(page)).toBe(true);
    await page.keyboard.press('Enter');
    const opened = await waitForCard(page);
    await expect.poll(async () => (await cardState(page))?.focused).toBe('Close');
    const seen = new Set<string>();
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab']) {
      await page.keyboard.press(key);
      const state = (await cardState(page)) as CardState;
      expect(state.focused, `after ${key}`).not.toBeNull();
      seen.add(state.focused ?? '');
    }
    // Every control was reached, and Tab went round (more presses than controls).
    expect(seen.has('Close')).toBe(true);
    expect([...seen].some((label) => /Not a match/.test(label))).toBe(true);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      expect((await cardState(page))?.focused, `after Shift+Tab ${i + 1}`).not.toBeNull();
    }
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect(await standInFocused(page)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    // Enter on the stand-in opens the same flag's card again; Close also returns focus to it.
    await page.keyboard.press('Enter');
    const again = await waitForCard(page);
    expect(again.heading).toBe(opened.heading);
    // The card takes focus as it opens; keys pressed before that would land on the page.
    await expect.poll(async () => (await cardState(page))?.focused).toBe('Close');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await cardState(page))?.focused).toBe('Close');
    await page.keyboard.press('Enter');
    await waitForCard(page, false);
    expect(await standInFocused(page)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    await page.close();
  });
});

describe('card placement', () => {
  const sizes = [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ];
  const where = ['start', 'center', 'end'] as const;

  it.each(sizes)(
    'at $width×$height the card fits the viewport with "Not a match" in view, for flags at the top, middle and bottom of the page',
    async (viewport) => {
      const page = await open('long-article.html', viewport);
      await waitForHighlights(page, 3);
      const flags = [
        ...(await flagRanges(page, 'supported')),
        ...(await flagRanges(page, 'contradicted')),
      ].sort((a, b) => a.top - b.top);
      expect(flags).toHaveLength(3);
      const sides = new Set<string>();
      for (const [n, flag] of flags.entries()) {
        for (const block of where) {
          await page.evaluate(
            ({ top, bottom, at }) => {
              const middle = (top + bottom) / 2;
              const y =
                at === 'start'
                  ? top - 8
                  : at === 'end'
                    ? bottom - window.innerHeight + 8
                    : middle - window.innerHeight / 2;
              window.scrollTo({ top: y, behavior: 'instant' });
            },
            { top: flag.top, bottom: flag.bottom, at: block },
          );
          const point = [
            ...(await flagRanges(page, 'supported')),
            ...(await flagRanges(page, 'contradicted')),
          ].find((other) => other.text === flag.text);
          if (!point) throw new Error(`flag ${n} is gone`);
          const label = `${viewport.width}×${viewport.height}, flag ${n + 1}, scrolled to ${block}`;
          await page.mouse.click(point.x, point.y);
          const card = await waitForCard(page);
          expect(card.heading, label).not.toBe('');
          const inside = (box: CardState['box']) =>
            box.top >= 0 &&
            box.left >= 0 &&
            box.bottom <= viewport.height &&
            box.right <= viewport.width;
          expect(inside(card.box), `${label}: card ${JSON.stringify(card.box)}`).toBe(true);
          expect(card.notAMatch, label).not.toBeNull();
          expect(
            inside(card.notAMatch as CardState['box']),
            `${label}: Not a match ${JSON.stringify(card.notAMatch)}`,
          ).toBe(true);
          // Verdict, reason and actions are outside the scrolling body: inside the card's box, in view.
          const side = await page.evaluate(({ cardTop, y }) => (cardTop > y ? 'below' : 'above'), {
            cardTop: card.box.top,
            y: point.y,
          });
          sides.add(side);
          await page.keyboard.press('Escape');
          await waitForCard(page, false);
        }
      }
      // Both placements were exercised.
      expect([...sides].sort()).toEqual(['above', 'below']);
      await page.close();
    },
  );
});
