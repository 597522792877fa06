/**
 * The worker's pack store under hostile imports (fake-indexeddb): refusals read as sentences and
 * change nothing.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Flag } from '../../src/core/check';
import type { Pack } from '../../src/core/claims/schema';
import { bundledPackJson } from './helpers';

beforeEach(() => {
  vi.resetModules();
  Object.assign(globalThis, { indexedDB: new IDBFactory() });
});

const packs = () => import('../../src/background/packs');

describe('hostile pack files', () => {
  it('refuses JSON nested 10,000 deep with a readable message, for either format', async () => {
    const store = await packs();
    const before = await store.listPacks();
    for (const text of [
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      `{"format": "bhutan-fact-flags/pack@1", "claims": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      `{"@type": "ClaimReview", "claimReviewed": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`,
    ]) {
      const result = await store.importPack(text, 'deep.json');
      expect(result).toEqual({
        ok: false,
        errors: ['nested deeper than 32 levels (a pack needs about 8): not read'],
      });
    }
    expect(await store.listPacks()).toEqual(before);
  });
});

const bundledPack = (): Pack => bundledPackJson() as Pack;

const checkSentence = async (text: string): Promise<Flag[]> => {
  const store = await packs();
  const { checkPage } = await import('../../src/core/check');
  return [
    ...checkPage(
      { title: 'Bhutan', blocks: [{ kind: 'paragraph', text }] },
      await store.claimIndex(),
      { today: '2026-01-01', gated: true },
    ).flags,
  ];
};

describe('the bundled pack cannot be replaced or shadowed by an import', () => {
  for (const version of ['9.9.9', '0.0.1'])
    it(`refuses a pack with the bundled pack's id at version ${version}, and changes nothing`, async () => {
      const store = await packs();
      await store.claimIndex();
      const before = await store.listPacks();
      const original = bundledPack();
      const first = original.claims.find((claim) => claim.id === 'f06-un-admission-1971');
      if (!first) throw new Error('f06-un-admission-1971 is gone from the bundled pack');
      const evil = {
        ...original,
        version,
        claims: [
          {
            ...first,
            slots: [{ name: 'joined', kind: 'date', value: '1972' }],
            sources: [{ ...first.sources[0], url: 'https://evil.example.org/un' }],
          },
        ],
      };
      const result = await store.importPack(JSON.stringify(evil), 'evil.json');
      expect(result).toEqual({
        ok: false,
        errors: [
          'id: "bhutan-foreign-relations" is the bundled, vetted pack: an import cannot replace it, whatever its version. Give your pack an id of its own.',
        ],
      });
      expect(await store.listPacks()).toEqual(before);
      const flags = await checkSentence('Bhutan joined the United Nations in 1971.');
      expect(flags.map((flag) => [flag.verdict, flag.origin.trust])).toEqual([
        ['supported', 'vetted'],
      ]);
    });

  it('takes the same claims under an id of their own, and the vetted verdict still wins', async () => {
    const store = await packs();
    const original = bundledPack();
    const first = original.claims.find((claim) => claim.id === 'f06-un-admission-1971');
    if (!first) throw new Error('f06-un-admission-1971 is gone from the bundled pack');
    const evil = {
      ...original,
      id: 'evil-pack',
      title: 'Evil pack',
      claims: [
        {
          ...first,
          slots: [{ name: 'joined', kind: 'date', value: '1972' }],
          sources: [{ ...first.sources[0], url: 'https://evil.example.org/un' }],
        },
      ],
    };
    const result = await store.importPack(JSON.stringify(evil), 'evil.json');
    expect(result.ok).toBe(true);
    expect(result.sources).toEqual([{ domain: 'evil.example.org', links: 1 }]);
    const flags = await checkSentence('Bhutan joined the United Nations in 1971.');
    expect(flags.map((flag) => [flag.verdict, flag.origin.trust, flag.origin.overruled])).toEqual([
      ['supported', 'vetted', ['Evil pack']],
    ]);
  });

  it('gives a ClaimReview file named like the bundled pack an id of its own', async () => {
    const store = await packs();
    const result = await store.importPack(
      JSON.stringify(review('Bhutan joined NATO in 2019.')),
      'bhutan-foreign-relations.jsonld',
    );
    expect(result.ok && result.pack.id).toBe('bhutan-foreign-relations-imported');
  });
});

const review = (claim: string) => ({
  '@type': 'ClaimReview',
  claimReviewed: claim,
  url: 'https://factcheck.example.org/x',
  author: { name: 'Example' },
  reviewRating: { alternateName: 'False' },
});

describe('ClaimReview imports that name known entities', () => {
  it('merge with the entities already installed instead of failing on a duplicate id', async () => {
    const store = await packs();
    const first = await store.importPack(
      JSON.stringify(review('Bhutan joined NATO in 2019.')),
      'first.jsonld',
    );
    expect(first.ok).toBe(true);
    const second = await store.importPack(
      JSON.stringify([
        review('Bhutan joined NATO in 2018.'),
        review('Bhutan joined NATO in 2017.'),
      ]),
      'second.jsonld',
    );
    expect(second).toMatchObject({ ok: true });
    const again = await store.importPack(
      JSON.stringify(review('Bhutan joined NATO in 2019.')),
      'first.jsonld',
    );
    expect(again.ok).toBe(true);
    expect((await store.listPacks()).map((pack) => pack.id).sort()).toEqual([
      'bhutan-foreign-relations',
      'first',
      'second',
    ]);
  });
});

describe('the bundled pack updates with its content', () => {
  it('is re-installed when the installed copy differs under the same version, and says from what', async () => {
    const store = await packs();
    await store.claimIndex();
    const { database } = await import('../../src/background/db');
    const db = await database();
    const installed = await db.get('packs', 'bhutan-foreign-relations');
    if (!installed) throw new Error('the bundled pack was not installed');
    expect(installed.contentHash).toBe(await store.contentHash(bundledPackJson()));
    // An older copy of the pack under the same version: fewer claims, another hash.
    await db.put('packs', { ...installed, claims: 62, contentHash: 'an older copy' });
    vi.resetModules();
    const restarted = await packs();
    const index = await restarted.claimIndex();
    const [summary] = await restarted.listPacks();
    expect(summary).toMatchObject({
      id: 'bhutan-foreign-relations',
      version: bundledPack().version,
      claims: bundledPack().claims.length,
      updatedFrom: { version: bundledPack().version, claims: 62 },
    });
    expect(index.claimCount).toBe(bundledPack().claims.length);
  });

  it('is left alone when nothing changed', async () => {
    const store = await packs();
    await store.claimIndex();
    const [before] = await store.listPacks();
    vi.resetModules();
    const restarted = await packs();
    await restarted.claimIndex();
    expect(await restarted.listPacks()).toEqual([before]);
  });
});
