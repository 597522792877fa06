/** The extension's IndexedDB (through idb): packs, claims, history, settings, hidden flags. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Claim, Entity } from '../core/claims/schema';
import type { HistoryEntry, PackSummary, Settings } from '../messages';

export interface StoredPack extends PackSummary {
  readonly format: string;
  readonly entities: readonly Entity[];
  /** SHA-256 of the bundled pack's JSON as installed (bundled pack only). */
  readonly contentHash?: string;
}

export interface StoredClaim {
  readonly packId: string;
  readonly claim: Claim;
}

export interface HiddenFlag {
  readonly url: string;
  readonly claimId: string;
  readonly sentence: string;
}

interface FlagsDB extends DBSchema {
  packs: { key: string; value: StoredPack };
  claims: { key: [string, string]; value: StoredClaim; indexes: { byPack: string } };
  history: { key: string; value: HistoryEntry; indexes: { byDate: string } };
  settings: { key: string; value: Settings };
  hidden: { key: [string, string, string]; value: HiddenFlag; indexes: { byUrl: string } };
}

export type Database = IDBPDatabase<FlagsDB>;
export const DB_NAME = 'bhutan-fact-flags';
const DB_VERSION = 1;

let opening: Promise<Database> | null = null;

/** Opens (and on first run creates or upgrades) the database. Versioned: add a case per version. */
export function database(): Promise<Database> {
  opening ??= openDB<FlagsDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('packs', { keyPath: 'id' });
        db.createObjectStore('claims', { keyPath: ['packId', 'claim.id'] }).createIndex(
          'byPack',
          'packId',
        );
        db.createObjectStore('history', { keyPath: 'url' }).createIndex('byDate', 'checkedAt');
        db.createObjectStore('settings');
        db.createObjectStore('hidden', { keyPath: ['url', 'claimId', 'sentence'] }).createIndex(
          'byUrl',
          'url',
        );
      }
    },
    blocking() {
      opening = null;
    },
  });
  return opening;
}
