/**
 * A source as a reader sees it, on the card, in the CLI report and in the HTML report. Packs write
 * a page with no headline as a bracketed description ("[press release on …] (untitled page)"); a
 * reader gets the description itself, in sentence case, and is not led to think it is a headline.
 */
import type { Source } from '../core/claims/schema';

export interface SourceView {
  /** The headline, or the description of a page without one. */
  readonly label: string;
  /** True when `label` describes the page rather than quoting its headline. */
  readonly described: boolean;
  readonly publisher: string;
  /** The source's date (YYYY, YYYY-MM or YYYY-MM-DD), or null when the pack gives none. */
  readonly date: string | null;
  /** Published by a government, a central bank or an intergovernmental body. */
  readonly official: boolean;
  /** The host name without "www.", shown beside the link. */
  readonly domain: string;
  readonly url: string;
  readonly note: string;
}

// Host names of official publishers: government domains (gov.bt, gouv.fr, go.jp, mofa.gov.bd …)
// and the few official bodies in the vetted list that sit elsewhere.
const OFFICIAL_HOST = /(?:^|\.)(?:gov|gouv|go|gob|govt)(?:\.[a-z]{2})?$|\.int$|(?:^|\.)europa\.eu$/;
const OFFICIAL_SITES = new Set(['auswaertiges-amt.de', 'rma.org.bt', 'un.org']);
/** Notes a pack adds after a description, for its editors rather than for readers. */
const EDITOR_NOTE = /\s*(?:\((?:untitled page|no title)\)|;\s*from (?:the )?URL(?: slug)?)\s*$/i;

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}

export function isOfficial(url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  if (OFFICIAL_HOST.test(host)) return true;
  for (const site of OFFICIAL_SITES) if (host === site || host.endsWith(`.${site}`)) return true;
  return false;
}

/** "[press release on X] (untitled page)" → "Press release on X"; a headline is kept as it is. */
export function readableTitle(title: string): { label: string; described: boolean } {
  let text = title.trim().replace(EDITOR_NOTE, '');
  const bracketed = /^\[(.*)\]$/s.exec(text.trim());
  if (!bracketed) return { label: title.trim(), described: false };
  text = (bracketed[1] ?? '').replace(EDITOR_NOTE, '').trim();
  if (!text) return { label: 'Untitled page', described: true };
  return { label: text.charAt(0).toUpperCase() + text.slice(1), described: true };
}

export function sourceView(source: Source): SourceView {
  const { label, described } = readableTitle(source.title);
  return {
    label,
    described,
    publisher: source.publisher,
    date: source.date ?? null,
    official: isOfficial(source.url),
    domain: hostOf(source.url),
    url: source.url,
    note: source.note,
  };
}
