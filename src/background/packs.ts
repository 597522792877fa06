/** Installing, importing, exporting and removing claim packs; the index is derived from them. */
import bundledPack from '../../assets/claims/bhutan-foreign-relations.json';
import { claimReviewToPack, packToClaimReview } from '../core/claims/claimreview';
import type { Pack } from '../core/claims/schema';
import {
  parsePackText,
  textLimitErrors,
  validatePack,
  type PackResult,
} from '../core/claims/validate';
import { buildIndex, type ClaimIndex } from '../core/match/index';
import type { PackSummary } from '../messages';
import { database, type StoredPack } from './db';

const today = (): string => new Date().toISOString().slice(0, 10);

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export function summary(pack: StoredPack): PackSummary {
  const { id, title, version, claims, published, installedAt, bundled } = pack;
  return { id, title, version, claims, published, installedAt, bundled };
}

/** Writes a whole pack in one transaction: its old claims go, the new ones come, or nothing changes. */
async function writePack(pack: Pack, bundled: boolean): Promise<PackSummary> {
  const db = await database();
  const tx = db.transaction(['packs', 'claims'], 'readwrite');
  const claims = tx.objectStore('claims');
  for (const key of await claims.index('byPack').getAllKeys(pack.id)) await claims.delete(key);
  for (const claim of pack.claims) await claims.put({ packId: pack.id, claim });
  const stored: StoredPack = {
    id: pack.id,
    title: pack.title,
    version: pack.version,
    claims: pack.claims.length,
    published: pack.published,
    installedAt: new Date().toISOString(),
    bundled,
    format: pack.format,
    entities: pack.entities,
  };
  await tx.objectStore('packs').put(stored);
  await tx.done;
  cachedIndex = null;
  return summary(stored);
}

function bundled(): Pack {
  const result = validatePack(bundledPack);
  if (!result.ok) throw new Error(`the bundled pack is invalid: ${result.errors.join('; ')}`);
  return result.pack;
}

/** On install and update: put the bundled pack in place unless a newer version of it is installed. */
export async function installBundledPack(): Promise<void> {
  const pack = bundled();
  const db = await database();
  const installed = await db.get('packs', pack.id);
  if (!installed || compareVersions(installed.version, pack.version) < 0)
    await writePack(pack, true);
}

export async function listPacks(): Promise<PackSummary[]> {
  const db = await database();
  return (await db.getAll('packs')).map(summary);
}

async function loadPacks(): Promise<Pack[]> {
  const db = await database();
  // The bundled pack first, then the others by id: claim order is a tie-break in matching.
  const packs = (await db.getAll('packs')).sort(
    (a, b) => Number(b.bundled) - Number(a.bundled) || a.id.localeCompare(b.id),
  );
  const claims = await db.getAll('claims');
  return packs.map((pack) => ({
    format: 'bhutan-fact-flags/pack@1',
    id: pack.id,
    version: pack.version,
    title: pack.title,
    published: pack.published,
    entities: [...pack.entities],
    claims: claims.filter((stored) => stored.packId === pack.id).map((stored) => stored.claim),
  }));
}

// A cache, not state: rebuilt from IndexedDB whenever the worker wakes up without it.
let cachedIndex: { key: string; index: ClaimIndex } | null = null;

export async function claimIndex(): Promise<ClaimIndex> {
  const db = await database();
  const key = (await db.getAll('packs'))
    .map((pack) => `${pack.id}@${pack.version}@${pack.installedAt}`)
    .join('|');
  if (cachedIndex?.key === key) return cachedIndex.index;
  if (!key) await installBundledPack();
  const index = buildIndex(await loadPacks());
  cachedIndex = { key, index };
  return index;
}

/** Parses a file as our pack format or as ClaimReview JSON-LD; nothing is written unless all is valid. */
export async function importPack(
  text: string,
  fileName: string,
): Promise<PackResult & { summary?: PackSummary }> {
  // Size and nesting first: a file too deep for the parsers gets a sentence, not a RangeError.
  const tooBig = textLimitErrors(text);
  if (tooBig.length) return { ok: false, errors: tooBig };
  let result: PackResult;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const isOurs =
    json !== null &&
    typeof json === 'object' &&
    (json as { format?: unknown }).format !== undefined;
  if (json === undefined || isOurs) result = parsePackText(text);
  else {
    const vocabulary = (await loadPacks()).flatMap((pack) => pack.entities);
    const base = fileName.replace(/\.[^.]+$/, '') || 'claimreview-import';
    result = claimReviewToPack(json, {
      packId: base,
      title: `Imported from ${fileName}`,
      today: today(),
      vocabulary,
    });
  }
  if (!result.ok) return result;
  return { ...result, summary: await writePack(result.pack, false) };
}

export async function exportPack(
  id: string,
  as: 'pack' | 'claimreview',
): Promise<{ text: string; fileName: string }> {
  const pack = (await loadPacks()).find((candidate) => candidate.id === id);
  if (!pack) throw new Error(`no pack "${id}" is installed`);
  return as === 'pack'
    ? { text: `${JSON.stringify(pack, null, 2)}\n`, fileName: `${pack.id}-${pack.version}.json` }
    : {
        text: `${JSON.stringify(packToClaimReview(pack), null, 2)}\n`,
        fileName: `${pack.id}-${pack.version}.claimreview.jsonld`,
      };
}

export async function removePack(id: string): Promise<void> {
  const db = await database();
  const tx = db.transaction(['packs', 'claims'], 'readwrite');
  const claims = tx.objectStore('claims');
  for (const key of await claims.index('byPack').getAllKeys(id)) await claims.delete(key);
  await tx.objectStore('packs').delete(id);
  await tx.done;
  cachedIndex = null;
}

/** Back to the bundled pack alone. */
export async function resetPacks(): Promise<PackSummary[]> {
  const db = await database();
  const tx = db.transaction(['packs', 'claims'], 'readwrite');
  await tx.objectStore('packs').clear();
  await tx.objectStore('claims').clear();
  await tx.done;
  cachedIndex = null;
  await writePack(bundled(), true);
  return listPacks();
}
