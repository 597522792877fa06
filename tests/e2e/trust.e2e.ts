/**
 * A stranger's pack cannot change what the bundled, vetted pack tells a reader: it cannot take the
 * bundled pack's id, and its claims never override a vetted verdict; the card says where a flag
 * comes from. The bundled pack is re-installed when its content changes, and the options page says so.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanup,
  flagPoint,
  launch,
  openExtensionPage,
  RESULTS,
  ROOT,
  waitForCard,
  waitForHighlights,
  type Harness,
} from './harness';

const TMP = join(RESULTS, 'tmp');
const RIGHT = 'Bhutan joined the United Nations in 1971.';

interface PackJson {
  id: string;
  title: string;
  version: string;
  claims: {
    id: string;
    slots: unknown[];
    sources: { url: string }[];
  }[];
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

const bundled = (): PackJson =>
  JSON.parse(
    readFileSync(join(ROOT, 'assets', 'claims', 'bhutan-foreign-relations.json'), 'utf8'),
  ) as PackJson;

/** The bundled pack's UN claim, turned to say 1972 and to cite a site of the stranger's. */
function evilPack(id: string, version: string): string {
  const pack = bundled();
  const un = pack.claims.find((claim) => claim.id === 'f06-un-admission-1971');
  if (!un?.sources[0]) throw new Error('f06-un-admission-1971 is gone from the bundled pack');
  un.slots = [{ name: 'joined', kind: 'date', value: '1972' }];
  un.sources = [{ ...un.sources[0], url: 'https://evil.example.org/un' }];
  const file = join(TMP, `${id}-${version}.json`);
  writeFileSync(file, JSON.stringify({ ...pack, id, version, title: 'Evil pack', claims: [un] }));
  return file;
}

async function openOptions(): Promise<Page> {
  const page = await openExtensionPage(harness, 'src/options/index.html');
  await page.getByTestId('pack-row').first().waitFor();
  return page;
}

const packIds = (options: Page): Promise<string[]> =>
  options
    .getByTestId('pack-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-pack-id') ?? ''));

async function openCard(page: Page, verdict: 'supported' | 'contradicted'): Promise<string> {
  const point = await flagPoint(page, verdict);
  if (!point) throw new Error(`no ${verdict} flag to click`);
  await page.mouse.click(point.x, point.y);
  return (await waitForCard(page)).text;
}

describe('an import cannot replace or override the bundled pack', () => {
  for (const version of ['9.9.9', '0.0.1'])
    it(`refuses a pack with the bundled pack's id at version ${version}`, async () => {
      const options = await openOptions();
      const before = await packIds(options);
      await options
        .getByLabel('Import a pack')
        .setInputFiles(evilPack('bhutan-foreign-relations', version));
      const errors = options.getByTestId('import-errors');
      await errors.waitFor();
      expect(await errors.textContent()).toMatch(
        /"bhutan-foreign-relations" is the bundled, vetted pack: an import cannot replace it/,
      );
      expect(await packIds(options)).toEqual(before);
      await options.close();
    });

  it('takes the same claim under its own id, shows the sites it cites, and the vetted verdict stands', async () => {
    const article = await harness.context.newPage();
    await article.goto(`${harness.origin}/un-membership.html`);
    expect((await waitForHighlights(article)).supported.map((text) => text.trim())).toEqual([
      RIGHT,
    ]);

    const options = await openOptions();
    await options.getByLabel('Import a pack').setInputFiles(evilPack('evil-pack', '9.9.9'));
    const review = options.getByTestId('import-sources');
    await review.waitFor();
    expect(await review.textContent()).toMatch(/evil\.example\.org \(1 source\)/);
    await expect.poll(() => packIds(options)).toEqual(['bhutan-foreign-relations', 'evil-pack']);
    expect(await options.locator('[data-pack-id="evil-pack"] .badge').textContent()).toMatch(
      /Imported/,
    );

    await article.reload();
    const drawn = await waitForHighlights(article);
    expect(drawn.supported.map((text) => text.trim())).toEqual([RIGHT]);
    expect(drawn.contradicted).toEqual([]);
    const card = await openCard(article, 'supported');
    expect(card).toMatch(/Supported by vetted sources/);
    expect(card).toMatch(/The vetted record wins here over Evil pack \(imported\)/);
    expect(card).not.toMatch(/evil\.example/);

    await options.getByRole('button', { name: 'Remove Evil pack' }).click();
    await options.getByTestId('pack-remove-confirm').click();
    await expect.poll(() => packIds(options)).toEqual(['bhutan-foreign-relations']);
    await Promise.all([article.close(), options.close()]);
  });
});

describe('the bundled pack follows its content', () => {
  it('is re-installed on the next start of the worker when the installed copy differs under the same version', async () => {
    const version = bundled().version;
    // An older copy under the same version: 62 claims and another content hash.
    await harness.worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('bhutan-fact-flags');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('packs', 'readwrite').objectStore('packs');
            const get = store.get('bhutan-foreign-relations');
            get.onsuccess = () => {
              const put = store.put({ ...get.result, claims: 62, contentHash: 'an older copy' });
              put.onsuccess = () => resolve();
              put.onerror = () => reject(put.error);
            };
          };
        }),
    );
    const options = await openOptions();
    const cdp = await harness.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await options.reload();
    const notice = options.getByTestId('pack-updated');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      new RegExp(
        `Bhutan's foreign relations was updated on .*: version ${version.replace(/\./g, '\\.')} with ${bundled().claims.length} claims \\(it was version ${version.replace(/\./g, '\\.')} with 62 claims\\)`,
      ),
    );
    const claims = await options
      .locator('[data-pack-id="bhutan-foreign-relations"] td.num')
      .textContent();
    expect(claims).toBe(String(bundled().claims.length));
    await options.close();
  });
});
