import type { HistoryEntry } from '../messages';

export const HISTORY_FILE = 'bhutan-fact-flags-history';

export const CSV_COLUMNS = [
  'url',
  'title',
  'site',
  'checkedAt',
  'verdict',
  'claimId',
  'reason',
  'sentence',
] as const;

/** The entries as they are stored, pretty-printed. */
export function historyJson(entries: readonly HistoryEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Page titles and sentences come from web pages, so a field a spreadsheet would run as a formula
 * (=, +, -, @, tab, carriage return first) is prefixed with an apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per flag (a page without flags keeps one row with the flag columns empty); CRLF lines. */
export function historyCsv(entries: readonly HistoryEntry[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const entry of entries) {
    const page = [entry.url, entry.title, entry.site, entry.checkedAt];
    if (!entry.flags.length) rows.push([...page, '', '', '', '']);
    for (const flag of entry.flags)
      rows.push([...page, flag.verdict, flag.claimId, flag.reason, flag.quote.exact]);
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
