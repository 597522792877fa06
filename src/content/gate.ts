/**
 * The topic gate as the content script runs it: one regular expression over the page's text (most
 * pages stop here), then extraction in slices and the engine's topic score, the same as the CLI's.
 */
import { topicOf } from '../core/page';
import { extractLive } from './extract-live';
import type { LivePage } from './session-api';
import { yieldToPage } from './slices';

const NAMES_BHUTAN = /bhutan|thimphu|druk\s+(?:yul|gyalpo)/i;

export function namesBhutan(): boolean {
  return NAMES_BHUTAN.test(`${document.title} ${document.body?.textContent ?? ''}`);
}

/** Description (or og:description) and keywords, as `dom/extract`'s extractPage reads them. */
function metaText(): string[] {
  const first = (selectors: readonly string[]): string =>
    selectors
      .map((selector) => document.querySelector(selector)?.getAttribute('content')?.trim() ?? '')
      .find(Boolean) ?? '';
  return [
    first(['meta[name="description"]', 'meta[property="og:description"]']),
    first(['meta[name="keywords"]']),
  ].filter(Boolean);
}

/** The page, extracted, when it is about Bhutan's foreign relations; null otherwise. */
export async function passGate(signal: AbortSignal): Promise<LivePage | null> {
  if (!document.body || !namesBhutan()) return null;
  const page = await extractLive(signal);
  if (signal.aborted || !page.root) return null;
  await yieldToPage();
  const topic = topicOf({ title: document.title, blocks: page.blocks, meta: metaText() });
  if (!topic.relevant || signal.aborted) return null;
  return {
    root: page.root,
    blocks: page.blocks,
    ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
  };
}
