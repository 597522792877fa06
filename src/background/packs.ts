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
import type { ClaimIndex } from '../core/match/index';
import { buildTrustedIndex } from '../core/match/trust';
import type { PackSummary, SourceDomain } from '../messages';
import { database, type StoredPack } from './db';

const today = (): string => new Date().toISOString().slice(0, 10);

/** SHA-256 of a pack's JSON, hex: the bundled pack is re-installed whenever it changes. */
export async function contentHash(value: unknown): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(JSON.stringify(value)),
  );
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function summary(pack: StoredPack): PackSummary {
  const { id, title, version, claims, published, installedAt, bundled, updatedFrom } = pack;
  return {
    id,
    title,
    version,
    claims,
    published,
    installedAt,
    bundled,
    ...(updatedFrom ? { updatedFrom } : {}),
  };
}

/** Writes a whole pack in one transaction: its old claims go, the new ones come, or nothing changes. */
async function writePack(
  pack: Pack,
  bundled: boolean,
  extra: Pick<StoredPack, 'contentHash' | 'updatedFrom'> = {},
): Promise<PackSummary> {
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
    ...extra,
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

/** Ids an import may not take: the bundled, vetted packs'. */
const VETTED_IDS: ReadonlySet<string> = new Set([(bundledPack as { id: string }).id]);

/**
 * Puts the bundled pack in place whenever the installed copy differs from it by content (a changed
 * pack under the same version too), or is not the bundled one at all; records what it replaced.
 */
export async function installBundledPack(): Promise<void> {
  const pack = bundled();
  const hash = await contentHash(bundledPack);
  const db = await database();
  const installed = await db.get('packs', pack.id);
  if (installed?.bundled && installed.contentHash === hash) return;
  await writePack(pack, true, {
    contentHash: hash,
    ...(installed ? { updatedFrom: { version: installed.version, claims: installed.claims } } : {}),
  });
}

// Once per worker start: the check costs a hash of the bundled pack.
let bundledChecked: Promise<void> | null = null;
function ensureBundledPack(): Promise<void> {
  bundledChecked ??= installBundledPack().catch((error: unknown) => {
    bundledChecked = null;
    throw error;
  });
  return bundledChecked;
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
    format: pack.format as Pack['format'],
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
  await ensureBundledPack();
  const db = await database();
  const key = (await db.getAll('packs'))
    .map((pack) => `${pack.id}@${pack.version}@${pack.installedAt}`)
    .join('|');
  if (cachedIndex?.key === key) return cachedIndex.index;
  const packs = await loadPacks();
  // Vetted and imported packs are matched apart: no import can change a vetted verdict.
  const vetted = packs.filter((pack) => VETTED_IDS.has(pack.id));
  const index = buildTrustedIndex(
    vetted,
    packs.filter((pack) => !VETTED_IDS.has(pack.id)),
  );
  cachedIndex = { key, index };
  return index;
}

/** Parses a file as our pack format or as ClaimReview JSON-LD; nothing is written unless all is valid. */
export async function importPack(
  text: string,
  fileName: string,
): Promise<PackResult & { summary?: PackSummary; sources?: SourceDomain[] }> {
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
    await ensureBundledPack(); // its entities are the vocabulary others' claims are read with
    const vocabulary = (await loadPacks()).flatMap((pack) => pack.entities);
    const base = fileName.replace(/\.[^.]+$/, '') || 'claimreview-import';
    result = claimReviewToPack(json, {
      packId: base,
      title: `Imported from ${fileName}`,
      today: today(),
      vocabulary,
      reservedIds: VETTED_IDS,
    });
  }
  if (!result.ok) return result;
  if (VETTED_IDS.has(result.pack.id))
    return {
      ok: false,
      errors: [
        `id: "${result.pack.id}" is the bundled, vetted pack: an import cannot replace it, whatever its version. Give your pack an id of its own.`,
      ],
    };
  return {
    ...result,
    summary: await writePack(result.pack, false),
    sources: sourceDomains(result.pack),
  };
}

/** The sites a pack's sources link to, most linked first, for the reader to review at import. */
export function sourceDomains(pack: Pack): SourceDomain[] {
  const links = new Map<string, number>();
  for (const claim of pack.claims)
    for (const source of claim.sources) {
      const domain = new URL(source.url).hostname.replace(/^www\./, '').replace(/\.$/, '');
      links.set(domain, (links.get(domain) ?? 0) + 1);
    }
  return [...links]
    .map(([domain, count]) => ({ domain, links: count }))
    .sort((a, b) => b.links - a.links || a.domain.localeCompare(b.domain));
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
  await writePack(bundled(), true, { contentHash: await contentHash(bundledPack) });
  return listPacks();
}
