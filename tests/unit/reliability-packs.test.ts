/**
 * The worker's pack store under hostile imports (fake-indexeddb): refusals read as sentences and
 * change nothing.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

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
