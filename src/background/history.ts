import type { BlockPayload, HistoryEntry, PageFlag, Settings } from '../messages';
import { siteOf } from '../messages';
import { database } from './db';
import { historyKey } from './history-limit';

const DAY_MS = 86_400_000;
/** Text kept on each side of a flagged sentence, to find it again (a TextQuoteSelector). */
const CONTEXT_CHARS = 32;

/** Records (or refreshes) a flagged page; pages without flags leave no trace. */
export async function recordPage(
  url: string,
  title: string,
  newFlags: readonly PageFlag[],
  blocks: readonly BlockPayload[],
  settings: Settings,
  append: boolean,
): Promise<void> {
  if (!settings.keepHistory) return;
  url = historyKey(url);
  const db = await database();
  const previous = append ? await db.get('history', url) : undefined;
  if (!newFlags.length) {
    if (!append) await db.delete('history', url);
    return;
  }
  const flags = newFlags;
  const textOf = new Map(blocks.map((block) => [block.index, block.text]));
  const entry: { -readonly [K in keyof HistoryEntry]: HistoryEntry[K] } & {
    counts: { supported: number; contradicted: number };
  } = {
    url,
    title: title || url,
    site: siteOf(url),
    checkedAt: new Date().toISOString(),
    counts: {
      supported: flags.filter((flag) => flag.verdict === 'supported').length,
      contradicted: flags.filter((flag) => flag.verdict === 'contradicted').length,
    },
    flags: [
      ...(previous?.flags ?? []),
      ...flags.map((flag) => {
        const text = textOf.get(flag.block) ?? '';
        return {
          claimId: flag.claimId,
          verdict: flag.verdict,
          reason: flag.reason,
          quote: {
            exact: flag.sentence,
            prefix: text.slice(Math.max(0, flag.start - CONTEXT_CHARS), flag.start),
            suffix: text.slice(flag.end, flag.end + CONTEXT_CHARS),
          },
        };
      }),
    ],
  };
  if (previous) {
    entry.counts.supported += previous.counts.supported;
    entry.counts.contradicted += previous.counts.contradicted;
  }
  await db.put('history', entry);
}

export async function listHistory(settings: Settings): Promise<HistoryEntry[]> {
  const db = await database();
  if (settings.retentionDays > 0) {
    const cutoff = new Date(Date.now() - settings.retentionDays * DAY_MS).toISOString();
    const tx = db.transaction('history', 'readwrite');
    for (const key of await tx.store
      .index('byDate')
      .getAllKeys(IDBKeyRange.upperBound(cutoff, true)))
      await tx.store.delete(key);
    await tx.done;
  }
  return (await db.getAllFromIndex('history', 'byDate')).reverse();
}

export async function forgetPage(url: string): Promise<void> {
  await (await database()).delete('history', url);
}

export async function clearHistory(): Promise<void> {
  await (await database()).clear('history');
}
