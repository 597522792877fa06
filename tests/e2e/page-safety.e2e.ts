/**
 * The page cannot steer the extension (issue 9, "trust and tampering"): synthetic clicks and keys
 * do nothing, the card cannot be read, look-alike highlights are ignored, the extension's files
 * cannot be probed, and a page that keeps rewriting its URL gets a few history entries, not dozens.
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announcement,
  cardState,
  DIST,
  flagRanges,
  highlightNames,
  historyUrls,
  inShadow,
  launch,
  readHighlights,
  squash,
  STAND_IN,
  standInFocused,
  waitForCard,
  waitForHighlights,
  CARD_HOST,
  type Harness,
} from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

async function open(path: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/${path}`);
  await waitForHighlights(page, 3);
  return page;
}

/** The first contradicted flag, scrolled into the middle of the viewport: its text and a point on it. */
async function contradictedInView(page: Page): Promise<{ text: string; x: number; y: number }> {
  const [far] = await flagRanges(page, 'contradicted');
  if (!far) throw new Error('no contradicted flag');
  await page.evaluate(
    (top) => window.scrollTo({ top: top - window.innerHeight / 2, behavior: 'instant' }),
    far.top,
  );
  const [flag] = await flagRanges(page, 'contradicted');
  if (!flag) throw new Error('the flag is gone');
  return flag;
}

/** A click or key made by a page script: isTrusted is false. */
function syntheticClick(page: Page, x: number, y: number): Promise<void> {
  return page.evaluate(
    ({ cx, cy }) => {
      const target = document.elementFromPoint(cx, cy) ?? document.body;
      for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'])
        target.dispatchEvent(
          new MouseEvent(type, { bubbles: true, composed: true, clientX: cx, clientY: cy }),
        );
    },
    { cx: x, cy: y },
  );
}

describe('synthetic events', () => {
  it('a page script’s click on a flag opens no card; a real click does', async () => {
    const page = await open('long-article.html');
    const flag = await contradictedInView(page);
    await syntheticClick(page, flag.x, flag.y);
    await page.waitForTimeout(300);
    expect(await cardState(page)).toBeNull();
    await page.mouse.click(flag.x, flag.y);
    await waitForCard(page);
    await page.close();
  });

  it('a page script’s keys do not step between flags', async () => {
    const page = await open('long-article.html');
    await page.evaluate(() => {
      for (const type of ['keydown', 'keyup'])
        document.body.dispatchEvent(
          new KeyboardEvent(type, {
            key: 'J',
            code: 'KeyJ',
            altKey: true,
            shiftKey: true,
            bubbles: true,
          }),
        );
    });
    await page.waitForTimeout(300);
    expect((await readHighlights(page)).current).toEqual([]);
    expect(await standInFocused(page)).toBe(false);
    expect(await announcement(page)).toBe('');
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => standInFocused(page)).toBe(true);
    await page.close();
  });

  it('an untrusted click on "Not a match" or Close does nothing, and the flag survives a reload', async () => {
    const page = await open('long-article.html');
    const flag = await contradictedInView(page);
    await page.mouse.click(flag.x, flag.y);
    await waitForCard(page);
    // Worst case: a script that got hold of the buttons (a page cannot: the root is closed).
    await inShadow(page, CARD_HOST, (root) => {
      for (const button of Array.from(root.querySelectorAll('button'))) button.click();
    });
    await page.waitForTimeout(300);
    expect(await cardState(page), 'the card is still open').not.toBeNull();
    expect((await readHighlights(page)).contradicted.map(squash)).toContain(squash(flag.text));
    await page.reload();
    await waitForHighlights(page, 3);
    expect((await readHighlights(page)).contradicted.map(squash)).toContain(squash(flag.text));
    await page.close();
  });

  it('an untrusted click on the keyboard stand-in opens no card', async () => {
    const page = await open('long-article.html');
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => standInFocused(page)).toBe(true);
    await inShadow(page, STAND_IN, (root) => root.querySelector('button')?.click());
    await page.waitForTimeout(300);
    expect(await cardState(page)).toBeNull();
    await page.keyboard.press('Enter');
    await waitForCard(page);
    await page.close();
  });
});

describe('what a page can see and touch', () => {
  it('cannot read the card, the stand-in or the live region', async () => {
    const page = await open('long-article.html');
    const flag = await contradictedInView(page);
    await page.mouse.click(flag.x, flag.y);
    await waitForCard(page);
    const seen = await page.evaluate(() =>
      ['bhutan-fact-flags-card-host', 'bhutan-fact-flags-focus', 'bhutan-fact-flags-live'].map(
        (id) => {
          const host = document.getElementById(id);
          return {
            id,
            present: !!host,
            shadowRoot: host?.shadowRoot ?? null,
            text: host?.textContent,
          };
        },
      ),
    );
    for (const host of seen) {
      expect(host.shadowRoot, host.id).toBeNull();
      expect(host.text ?? '', host.id).toBe('');
    }
    expect(seen.find((host) => host.id === 'bhutan-fact-flags-card-host')?.present).toBe(true);
    await page.close();
  });

  it('names its highlights with a random suffix per page view and ignores look-alikes', async () => {
    const page = await open('long-article.html');
    const first = await highlightNames(page);
    expect(first.contradicted).toHaveLength(1);
    expect(first.contradicted[0]).toMatch(/^bhutan-fact-flags-contradicted-[a-z0-9]{6,}$/);
    // A look-alike over the contradicted sentence and over an unflagged one.
    const flag = await contradictedInView(page);
    const fake = await page.evaluate((text) => {
      const paragraphs = Array.from(document.querySelectorAll('article p'));
      const flagged = paragraphs.find((p) => p.textContent?.includes(text.slice(0, 30)));
      // The unflagged paragraph just before it, in view like the flag.
      const plain = flagged?.previousElementSibling as HTMLElement;
      const over = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return range;
      };
      CSS.highlights.set(
        'bhutan-fact-flags-supported',
        new Highlight(over(plain), ...(flagged ? [over(flagged)] : [])),
      );
      const rect = plain.getClientRects()[0] as DOMRect;
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    }, flag.text);
    expect(fake.y).toBeGreaterThan(0);
    expect(fake.y).toBeLessThan(page.viewportSize()?.height ?? 0);
    // The extension's style paints only its own names.
    const styled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('style'))
        .map((style) => style.textContent ?? '')
        .some((css) => css.includes('::highlight(bhutan-fact-flags-supported)')),
    );
    expect(styled).toBe(false);
    // A click on the look-alike opens nothing; the real flag still opens its contradicted card.
    await page.mouse.click(fake.x, fake.y);
    await page.waitForTimeout(300);
    expect(await cardState(page)).toBeNull();
    await page.mouse.click(flag.x, flag.y);
    expect((await waitForCard(page)).verdict).toMatch(/Contradicted/);
    await page.keyboard.press('Escape');
    // A new page view gets new names.
    await page.reload();
    await waitForHighlights(page, 3);
    const second = await highlightNames(page);
    expect(second.contradicted[0]).not.toBe(first.contradicted[0]);
    await page.close();
  });

  it('cannot probe for the extension: none of its files answer a page', async () => {
    const page = await open('long-article.html');
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[] }[];
      web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
    };
    for (const entry of manifest.web_accessible_resources ?? [])
      expect(entry.use_dynamic_url, entry.resources.join()).toBe(true);
    const files = [
      'manifest.json',
      ...manifest.content_scripts.flatMap((script) => script.js),
      ...(manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources),
      'assets/icons/icon-16.png',
    ];
    const answers = await page.evaluate(
      async ({ id, paths }) =>
        Promise.all(
          paths.map(async (path) => {
            try {
              return `${path}: ${(await fetch(`chrome-extension://${id}/${path}`)).status}`;
            } catch {
              return `${path}: refused`;
            }
          }),
        ),
      { id: harness.extensionId, paths: files },
    );
    for (const answer of answers) expect(answer).toMatch(/: refused$/);
    // The checker it loaded is not in the page's resource timeline either.
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(resources.filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
    await page.close();
  });
});

describe('a page that keeps rewriting its URL', () => {
  const rewrite = (page: Page, everyMs: number, times: number, tag: string): Promise<void> =>
    page.evaluate(
      ({ ms, n, name }) =>
        new Promise<void>((resolve) => {
          let i = 0;
          const timer = setInterval(() => {
            history.pushState({}, '', `?${name}=${i}`);
            if (++i >= n) {
              clearInterval(timer);
              resolve();
            }
          }, ms);
        }),
      { ms: everyMs, n: times, name: tag },
    );
  const entries = async (): Promise<string[]> =>
    (await historyUrls(harness)).filter((url) => url.includes('long-article.html'));

  it('every 400 ms: the page is checked once it settles, not once per URL', async () => {
    const page = await open('long-article.html');
    await rewrite(page, 400, 15, 'fast');
    await page.waitForTimeout(2500);
    const urls = await entries();
    expect(urls.length, urls.join('\n')).toBeLessThanOrEqual(2);
    // The URL it settled on was checked (and flagged, so it is in the history).
    expect(
      urls.some((url) => url.endsWith('?fast=14')),
      urls.join('\n'),
    ).toBe(true);
    await page.close();
  });

  it('slower than the settle time: the worker writes at most a few new entries a minute', async () => {
    const page = await harness.context.newPage();
    await page.goto(`${harness.origin}/long-article.html?slow=start`);
    await waitForHighlights(page, 3);
    const before = (await entries()).length;
    await rewrite(page, 1300, 7, 'slow');
    await page.waitForTimeout(2000);
    const added = (await entries()).length - before;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(3);
    await page.close();
  });
});
