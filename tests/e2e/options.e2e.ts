import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanup,
  flagRanges,
  launch,
  openExtensionPage,
  RESULTS,
  ROOT,
  squash,
  waitForCard,
  waitForHighlights,
  type Harness,
} from './harness';

const TMP = join(RESULTS, 'tmp');
const NATO = 'Bhutan joined NATO in 2019.';
const CLAIM_REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example.org/bhutan-nato',
  claimReviewed: NATO,
  author: { '@type': 'Organization', name: 'Example Fact Check' },
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
};

interface PackJson {
  claims: { id: string; sources: { url: string }[] }[];
}

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
  mkdirSync(TMP, { recursive: true });
});
afterAll(async () => {
  await harness?.close();
  cleanup();
});

async function open(path: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/${path}`);
  return page;
}

async function openOptions(): Promise<Page> {
  const page = await openExtensionPage(harness, 'src/options/index.html');
  await page.getByTestId('pack-row').first().waitFor();
  return page;
}

/** The packs table as a user reads it: title, id, version, claims, published, installed. */
function packRows(options: Page): Promise<string[][]> {
  return options
    .getByTestId('pack-row')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...(row as HTMLTableRowElement).cells]
          .slice(0, 6)
          .map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}

function writeTemp(name: string, content: string): string {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
}

/** The NATO page's check has finished once the treaty sentence (bundled pack) is drawn. */
async function natoFlags(page: Page): Promise<string[]> {
  await page.reload();
  const drawn = await waitForHighlights(page);
  expect(drawn.supported.map(squash).join(' ')).toMatch(/Treaty of Perpetual Peace/);
  return drawn.contradicted.map(squash);
}

describe('importing a claim pack', () => {
  it('refuses a bad pack with every error named, and changes nothing', async () => {
    const article = await open('druk-nato-nexus.html');
    const before = await waitForHighlights(article);
    expect(before.contradicted.length).toBeGreaterThan(0);
    const options = await openOptions();
    const rows = await packRows(options);
    expect(rows.length).toBeGreaterThan(0);

    const pack = JSON.parse(
      readFileSync(join(ROOT, 'assets', 'claims', 'bhutan-foreign-relations.json'), 'utf8'),
    ) as PackJson;
    const [first, second] = pack.claims;
    if (!first?.sources[0] || !second) throw new Error('the bundled pack has fewer than 2 claims');
    first.sources[0].url = 'ftp://x';
    pack.claims.push(structuredClone(second));
    const file = writeTemp('bad-pack.json', `${JSON.stringify(pack, null, 2)}\n`);
    await options.getByLabel('Import a pack').setInputFiles(file);

    const errors = options.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.getByRole('paragraph').first().textContent()).toMatch(/not imported/);
    const items = (await errors.getByRole('listitem').allTextContents()).join('\n');
    expect(items).toContain(`(${first.id}).sources[0].url`);
    expect(items).toContain(`(${second.id}).id: duplicate claim id "${second.id}"`);
    expect(items).toMatch(/line \d+: /);

    expect(await packRows(options)).toEqual(rows);
    await options.reload();
    await options.getByTestId('pack-row').first().waitFor();
    expect(await packRows(options)).toEqual(rows);

    await article.reload();
    const after = await waitForHighlights(
      article,
      before.supported.length + before.contradicted.length,
    );
    expect(after).toEqual(before);
    await Promise.all([article.close(), options.close()]);
  });

  it('imports ClaimReview JSON-LD so its claim flags pages, and a reset removes it again', async () => {
    const article = await open('nato-claim.html');
    expect(await natoFlags(article)).not.toContain(NATO);
    const options = await openOptions();
    const rows = await packRows(options);
    const file = writeTemp('bhutan-nato.jsonld', JSON.stringify(CLAIM_REVIEW));
    await options.getByLabel('Import a pack').setInputFiles(file);

    const status = options.getByTestId('packs-status');
    await expect.poll(() => status.textContent()).toMatch(/^Imported .*1 claim\)\.$/);
    await expect.poll(() => options.getByTestId('pack-row').count()).toBe(rows.length + 1);
    const added = (await packRows(options)).find((row) => row[1] === 'bhutan-nato');
    expect(added?.[0]).toMatch(/Imported from bhutan-nato\.jsonld/);
    expect(added?.[3]).toBe('1');
    expect(await options.getByTestId('import-errors').count()).toBe(0);

    expect(await natoFlags(article)).toContain(NATO);
    // Its card names the fact-checker and links to the review.
    const box = (await flagRanges(article, 'contradicted')).find((range) =>
      range.text.includes(NATO),
    );
    if (!box) throw new Error('the NATO sentence has no highlight box');
    await article.mouse.click(box.x, box.y);
    const card = await waitForCard(article);
    expect(card.text).toMatch(/Contradicted by vetted sources/);
    expect(card.text).toContain('Example Fact Check');
    expect(card.links[0]?.href).toBe(CLAIM_REVIEW.url);

    await options.getByRole('button', { name: 'Reset to the bundled pack' }).click();
    await options.getByTestId('packs-reset-confirm').click();
    await expect
      .poll(() => status.textContent())
      .toBe('Reset: only the bundled pack is installed.');
    await expect.poll(() => options.getByTestId('pack-row').count()).toBe(rows.length);
    expect((await packRows(options)).map((row) => row.slice(0, 4))).toEqual(
      rows.map((row) => row.slice(0, 4)),
    );
    expect(await natoFlags(article)).not.toContain(NATO);
    await Promise.all([article.close(), options.close()]);
  });
});

describe('the options page’s look', () => {
  it('is captured in full', async () => {
    const options = await openOptions();
    await options.getByRole('switch', { name: 'Keep history' }).waitFor();
    const path = join(RESULTS, 'options.png');
    await options.screenshot({ path, fullPage: true });
    expect(statSync(path).size).toBeGreaterThan(1000);
    await options.close();
  });
});
