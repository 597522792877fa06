/**
 * The first look at a page, as cheap as it can be: one regular expression over its text (most pages
 * stop here), then extraction in slices. The topic gate itself runs in the worker, on the same
 * `checkPage` as the CLI, so a large page's main thread never pays for scoring it.
 */
import { packBlocks, type WireBlocks } from '../messages';
import { extractLive } from './extract-live';
import type { LivePage } from './session-api';

const NAMES_BHUTAN = /bhutan|thimphu|druk\s+(?:yul|gyalpo)/i;

export function namesBhutan(): boolean {
  return NAMES_BHUTAN.test(`${document.title} ${document.body?.textContent ?? ''}`);
}

/** Description (or og:description) and keywords, as `dom/extract`'s extractPage reads them. */
export function metaText(): string[] {
  const first = (selectors: readonly string[]): string =>
    selectors
      .map((selector) => document.querySelector(selector)?.getAttribute('content')?.trim() ?? '')
      .find(Boolean) ?? '';
  return [
    first(['meta[name="description"]', 'meta[property="og:description"]']),
    first(['meta[name="keywords"]']),
  ].filter(Boolean);
}

/** The page's readable blocks when it names Bhutan at all; null otherwise. */
export async function readPage(signal: AbortSignal): Promise<LivePage | null> {
  if (!document.body || !namesBhutan()) return null;
  const page = await extractLive(signal);
  if (signal.aborted || !page.root) return null;
  return {
    root: page.root,
    blocks: page.blocks,
    ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
    ...(page.readComments ? { readComments: true } : {}),
  };
}

/** Blocks as the worker receives them: their text, kind and place on the page. */
export function payload(page: LivePage, indices: readonly number[]): WireBlocks {
  return packBlocks(
    indices.flatMap((index) => {
      const block = page.blocks[index];
      if (!block) return [];
      const { text, kind, level, cells, lead } = block;
      return [
        {
          index,
          text,
          kind,
          ...(level ? { level } : {}),
          ...(cells ? { cells } : {}),
          ...(lead ? { lead } : {}),
        },
      ];
    }),
  );
}
