/**
 * A page can rewrite its URL as often as it likes (history.pushState every 400 ms wrote 51 entries
 * in 24 s). History keeps a page once per URL (without its #fragment), and each tab may add only a
 * few new URLs a minute; the rest are checked and flagged as usual but not written down.
 */
export const NEW_PAGES_PER_MINUTE = 3;
const WINDOW_MS = 60_000;

/** The history key of a URL: the fragment names a place in the page, not another page. */
export function historyKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export class HistoryLimiter {
  private readonly recent = new Map<number, { url: string; at: number }[]>();

  /** True when `tabId` may write `url` to the history now (a URL it wrote lately always may). */
  allow(tabId: number, url: string, now = Date.now()): boolean {
    const key = historyKey(url);
    const writes = (this.recent.get(tabId) ?? []).filter((write) => now - write.at < WINDOW_MS);
    if (writes.some((write) => write.url === key)) {
      this.recent.set(tabId, writes);
      return true;
    }
    if (writes.length >= NEW_PAGES_PER_MINUTE) {
      this.recent.set(tabId, writes);
      return false;
    }
    writes.push({ url: key, at: now });
    this.recent.set(tabId, writes);
    return true;
  }

  forget(tabId: number): void {
    this.recent.delete(tabId);
  }
}
