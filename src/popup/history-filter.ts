import type { HistoryEntry } from '../messages';

export type VerdictFilter = 'all' | 'contradicted' | 'supported';

export interface HistoryFilters {
  readonly query: string;
  readonly verdict: VerdictFilter;
  /** '' for every site. */
  readonly site: string;
}

export const NO_FILTERS: HistoryFilters = { query: '', verdict: 'all', site: '' };

/** Lower case without accents, so "thimphu" finds "Thimphu" and "zurich" finds "Zürich". */
const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

const haystack = (entry: HistoryEntry): string =>
  fold([entry.title, entry.site, entry.url, ...entry.flags.map((flag) => flag.reason)].join('\n'));

/** Entries matching every word of the query (in title, site, url or a flag's reason) and the filters. */
export function filterHistory(
  entries: readonly HistoryEntry[],
  filters: HistoryFilters,
): HistoryEntry[] {
  const terms = fold(filters.query).split(/\s+/).filter(Boolean);
  return entries.filter(
    (entry) =>
      (filters.site === '' || entry.site === filters.site) &&
      (filters.verdict === 'all' || entry.counts[filters.verdict] > 0) &&
      (terms.length === 0 || terms.every((term) => haystack(entry).includes(term))),
  );
}

/** The sites in the history, alphabetically, with their page counts. */
export function sitesOf(
  entries: readonly HistoryEntry[],
): { readonly site: string; readonly count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.site, (counts.get(entry.site) ?? 0) + 1);
  return [...counts]
    .map(([site, count]) => ({ site, count }))
    .sort((a, b) => a.site.localeCompare(b.site));
}

export const isFiltered = (filters: HistoryFilters): boolean =>
  filters.query.trim() !== '' || filters.verdict !== 'all' || filters.site !== '';
