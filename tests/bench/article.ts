import type { PageText, TextBlock } from '../../src/core/check';
import type { LabelledPage } from './fixtures';

export const ARTICLE_WORDS = 5000;

/**
 * A 5,000-word relevant article: the blocks of the relevant golden and held-out pages, in file
 * order, until 5,000 words (the last block cut at the word). Blind pages stay out, so that the
 * article is the same text before and after new batches arrive.
 */
export function relevantArticle(pages: readonly LabelledPage[]): PageText {
  const sources = pages.filter((page) => page.relevant && /^(golden|heldout)\//.test(page.label));
  const blocks: TextBlock[] = [];
  let words = 0;
  for (const page of sources) {
    for (const block of page.page.blocks) {
      const left = ARTICLE_WORDS - words;
      if (left <= 0) break;
      const parts = block.text.split(/\s+/).filter(Boolean);
      blocks.push(
        parts.length <= left ? block : { ...block, text: parts.slice(0, left).join(' ') },
      );
      words += Math.min(parts.length, left);
    }
  }
  const title = sources[0]?.page.title;
  return { ...(title ? { title } : {}), blocks };
}
