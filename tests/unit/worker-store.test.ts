import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageFlag } from '../../src/messages';
import { DEFAULT_SETTINGS } from '../../src/messages';
import { bundledPackJson } from './helpers';

// Each test gets an empty IndexedDB and fresh modules (the worker caches its connection).
beforeEach(() => {
  vi.resetModules();
  Object.assign(globalThis, { indexedDB: new IDBFactory() });
});

const load = async () => ({
  packs: await import('../../src/background/packs'),
  history: await import('../../src/background/history'),
  settings: await import('../../src/background/settings'),
});

const flag = (verdict: PageFlag['verdict'], claimId = 'c1'): PageFlag => ({
  id: `0:0:${claimId}`,
  sentence: 'Bhutan joined the UN in 1971.',
  block: 0,
  start: 0,
  end: 29,
  verdict,
  claimId,
  claimText: 'Claim',
  reason: 'Right.',
  confidence: 0.9,
  sources: [],
  origin: { packId: 'test-pack', title: 'Test', trust: 'vetted' },
});

describe('claim packs in IndexedDB', () => {
  it('installs the bundled pack on first use and builds the index from it', async () => {
    const { packs } = await load();
    const index = await packs.claimIndex();
    const bundled = bundledPackJson() as { claims: unknown[]; version: string };
    expect(index.claimCount).toBe(bundled.claims.length);
    expect(await packs.listPacks()).toEqual([
      expect.objectContaining({
        id: 'bhutan-foreign-relations',
        bundled: true,
        version: bundled.version,
        claims: bundled.claims.length,
      }),
    ]);
  });
  it('rejects a bad import whole and changes nothing', async () => {
    const { packs } = await load();
    const before = await packs.listPacks();
    const bad = JSON.stringify({
      ...(bundledPackJson() as object),
      id: 'other-pack',
      claims: [{ id: 'x' }],
    });
    const result = await packs.importPack(bad, 'other.json');
    expect(result.ok).toBe(false);
    expect(await packs.listPacks()).toEqual(before);
  });
  it('imports a ClaimReview file as a pack of its own, exports it, removes it and resets', async () => {
    const { packs } = await load();
    await packs.claimIndex();
    const review = {
      '@type': 'ClaimReview',
      claimReviewed: 'Bhutan joined NATO in 2019.',
      url: 'https://factcheck.example.org/x',
      author: { name: 'Example' },
      reviewRating: { alternateName: 'False' },
    };
    const imported = await packs.importPack(JSON.stringify(review), 'nato-check.jsonld');
    expect(imported.ok).toBe(true);
    expect((await packs.listPacks()).map((pack) => pack.id).sort()).toEqual([
      'bhutan-foreign-relations',
      'nato-check',
    ]);
    expect(
      // Imported packs are indexed apart from the vetted one (core/match/trust.ts).
      (await packs.claimIndex()).imported?.claimsByEntity
        .get('nato')
        ?.some((compiled) => compiled.claim.text === 'Bhutan joined NATO in 2019.'),
    ).toBe(true);
    const exported = await packs.exportPack('nato-check', 'claimreview');
    expect(exported.fileName).toBe('nato-check-1.0.0.claimreview.jsonld');
    expect(exported.text).toContain('"claimReviewed": "Bhutan joined NATO in 2019."');
    await packs.removePack('nato-check');
    expect((await packs.listPacks()).map((pack) => pack.id)).toEqual(['bhutan-foreign-relations']);
    await packs.importPack(JSON.stringify(review), 'again.json');
    expect((await packs.resetPacks()).map((pack) => pack.id)).toEqual(['bhutan-foreign-relations']);
  });
});

describe('history and settings', () => {
  it('records flagged pages only, newest first, and forgets on request', async () => {
    const { history } = await load();
    await history.recordPage(
      'https://a.example/1',
      'One',
      [flag('contradicted')],
      [],
      DEFAULT_SETTINGS,
      false,
    );
    await history.recordPage(
      'https://b.example/2',
      'Two',
      [flag('supported'), flag('supported', 'c2')],
      [],
      DEFAULT_SETTINGS,
      false,
    );
    await history.recordPage('https://c.example/3', 'Nothing', [], [], DEFAULT_SETTINGS, false);
    const entries = await history.listHistory(DEFAULT_SETTINGS);
    expect(
      entries.map((entry) => [
        entry.title,
        entry.site,
        entry.counts.supported,
        entry.counts.contradicted,
      ]),
    ).toEqual([
      ['Two', 'b.example', 2, 0],
      ['One', 'a.example', 0, 1],
    ]);
    await history.forgetPage('https://a.example/1');
    expect((await history.listHistory(DEFAULT_SETTINGS)).map((entry) => entry.title)).toEqual([
      'Two',
    ]);
  });
  it('keeps nothing when history is off', async () => {
    const { history } = await load();
    await history.recordPage(
      'https://a.example/1',
      'One',
      [flag('supported')],
      [],
      { ...DEFAULT_SETTINGS, keepHistory: false },
      false,
    );
    expect(await history.listHistory(DEFAULT_SETTINGS)).toEqual([]);
  });
  it('stores settings with tidy site lists and answers whether a page is paused', async () => {
    const { settings } = await load();
    expect(await settings.getSettings()).toEqual(DEFAULT_SETTINGS);
    const next = await settings.updateSettings({
      pausedSites: ['News.Example ', 'news.example', ''],
    });
    expect(next.pausedSites).toEqual(['news.example']);
    expect(settings.isPaused(next, 'https://www.news.example/story')).toBe(true);
    expect(settings.isPaused(next, 'https://other.example/')).toBe(false);
  });
});
