import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announcement,
  badgeText,
  clickInCard,
  flagPoint,
  flagRanges,
  launch,
  readHighlights,
  RESULTS,
  ROOT,
  squash,
  standInFocused,
  waitForCard,
  waitForHighlights,
  type Harness,
  historyUrls,
} from './harness';

interface Golden {
  page: string;
  expected: { sentence: string; verdict: 'supported' | 'contradicted' }[];
}
const golden = (name: string): Golden =>
  JSON.parse(
    readFileSync(join(ROOT, 'tests', 'fixtures', 'golden', `${name}.json`), 'utf8'),
  ) as Golden;
const SHARED = [
  'druk-nato-nexus',
  'bhutan-qatar-alliance',
  'indo-bhutan-digital-diplomacy',
  'small-state-agency-brief',
];

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

async function open(path: string): Promise<Page> {
  const page = await harness.context.newPage();
  const response = await page.goto(`${harness.origin}/${path}`);
  expect(response?.ok(), `${path} is served`).toBe(true);
  return page;
}

describe('inline flags on the fixture pages', () => {
  it.each(SHARED)(
    '%s: the expected sentences are highlighted with their verdicts, and nothing else',
    async (name) => {
      const { page: file, expected } = golden(name);
      const page = await open(file);
      const drawn = await waitForHighlights(page, expected.length);
      for (const verdict of ['supported', 'contradicted'] as const) {
        const want = expected
          .filter((flag) => flag.verdict === verdict)
          .map((flag) => squash(flag.sentence));
        const got = drawn[verdict].map(squash);
        for (const sentence of want)
          expect(
            got.some((text) => text.includes(sentence)),
            `${verdict}: ${sentence}`,
          ).toBe(true);
        for (const text of got)
          expect(
            want.some((sentence) => text.includes(sentence)),
            `unexpected ${verdict}: ${text}`,
          ).toBe(true);
      }
      expect(await badgeText(harness)).toBe(String(expected.length));
      await page.close();
    },
  );
});

describe('the card', () => {
  it('opens on a click with the reason and the sources, and Esc closes it and returns focus', async () => {
    const page = await open('druk-nato-nexus.html');
    await waitForHighlights(page);
    const box = await flagPoint(page, 'contradicted');
    expect(box).not.toBeNull();
    await page.mouse.click(box?.x ?? 0, box?.y ?? 0);
    const card = await waitForCard(page);
    expect(card.verdict).toMatch(/Contradicted by vetted sources/);
    expect(card.heading).toMatch(/1949, not 1972/);
    expect(card.links.length).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'card.png') });
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    // Focus comes back to the flag the card belonged to.
    expect(await standInFocused(page)).toBe(true);
    await page.close();
  });
  it('steps between flags with the keyboard shortcut, announces them, and Enter opens the card', async () => {
    const page = await open('small-state-agency-brief.html');
    await waitForHighlights(page, 3);
    await page.keyboard.press('Alt+Shift+J');
    const live = (): Promise<string> => announcement(page);
    await expect.poll(live).toMatch(/^Flag 1 of \d+, supported/);
    const first = (await readHighlights(page)).current;
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(live).toMatch(/^Flag 2 of \d+/);
    const second = (await readHighlights(page)).current;
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(second[0]).not.toBe(first[0]);
    await page.keyboard.press('Alt+Shift+K');
    await expect.poll(async () => (await readHighlights(page)).current[0]).toBe(first[0]);
    await page.keyboard.press('Enter');
    await waitForCard(page);
    await page.close();
  });
});

describe('pages that are not about Bhutan’s foreign relations', () => {
  it('get no highlight, no badge and no history entry', async () => {
    for (const file of [
      'no-bhutan.html',
      'travel-bhutan-trek.html',
      'nepal-india-1950-treaty.html',
      'qatar-gas-exports.html',
    ]) {
      const page = await open(file);
      await page.waitForTimeout(800);
      expect(await readHighlights(page), file).toEqual({
        supported: [],
        contradicted: [],
        current: [],
      });
      expect(await badgeText(harness), file).toBe('');
      await page.close();
    }
    const history = await historyUrls(harness);
    expect(history.filter((url) => /no-bhutan|trek|nepal-india|qatar-gas/.test(url))).toEqual([]);
  });
});

describe('discussion pages', () => {
  it('flags a reply under a short forum post, where the replies are the content', async () => {
    const page = await open('forum-thread.html');
    const drawn = await waitForHighlights(page, 1);
    expect(drawn.contradicted.map(squash)).toEqual([
      squash('Bhutan joined the United Nations in 1972.'),
    ]);
    await page.close();
  });
});

describe('dynamic pages', () => {
  it('flags text inserted a second after load', async () => {
    const page = await open('late-paragraph.html');
    await waitForHighlights(page, 1);
    const before = await readHighlights(page);
    expect(before.contradicted).toEqual([]);
    await page.waitForSelector('#late');
    await expect
      .poll(async () => (await readHighlights(page)).contradicted.map(squash), { timeout: 8000 })
      .toEqual(['Bhutan was admitted to the United Nations in 1985, long after its neighbours.']);
    await expect.poll(() => badgeText(harness)).toBe(String(before.supported.length + 1));
    await page.close();
  });
});

describe('privacy', () => {
  it('makes no network request of its own', () => {
    const foreign = harness.requests.filter(
      (url) =>
        !url.startsWith(harness.origin) &&
        !url.startsWith('chrome-extension://') &&
        !url.startsWith('data:') &&
        !url.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
  });
});

describe('"not a match"', () => {
  it('hides that flag on that page, and it stays hidden after a reload', async () => {
    const page = await open('bhutan-qatar-alliance.html');
    const before = await waitForHighlights(page, 2);
    const [target] = await flagRanges(page, 'contradicted');
    if (!target) throw new Error('no contradicted flag to click');
    await page.mouse.click(target.x, target.y);
    await waitForCard(page);
    await clickInCard(page, /Not a match/);
    await waitForCard(page, false);
    const after = await readHighlights(page);
    expect(after.contradicted.map(squash)).toEqual(
      before.contradicted.map(squash).filter((text) => text !== squash(target.text)),
    );
    await expect
      .poll(() => badgeText(harness))
      .toBe(String(after.supported.length + after.contradicted.length));
    await page.reload();
    await waitForHighlights(page, 1);
    expect((await readHighlights(page)).contradicted.map(squash)).not.toContain(
      squash(target.text),
    );
    await page.close();
  });
});
