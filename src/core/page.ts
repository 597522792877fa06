import { splitSentences } from './text/segment';
import { scoreTopic, type TopicResult } from './topic/topic';

/** A unit of page text: extraction keeps headings, paragraphs, list items, quotes and cells apart. */
export interface TextBlock {
  readonly text: string;
  readonly kind: 'heading' | 'paragraph' | 'item' | 'quote' | 'cell';
}

export interface PageText {
  readonly title?: string;
  readonly blocks: readonly TextBlock[];
  /** Description and keywords from the page's metadata. */
  readonly meta?: readonly string[];
  /** The article's own date, YYYY-MM-DD, when the page gives one. */
  readonly publishedAt?: string;
}

export interface SentenceInput {
  readonly text: string;
  readonly block: number;
  readonly start: number;
  readonly end: number;
  /** Why it is not checked (too long), if it is not. */
  readonly skipped?: string;
}

/** Splits blocks into sentences; each keeps its block and offsets. Linear in the text. */
export function sentencesOf(blocks: readonly TextBlock[]): SentenceInput[] {
  return blocks.flatMap((block, index) =>
    splitSentences(block.text).map((span) => ({
      text: span.text,
      block: index,
      start: span.start,
      end: span.end,
      ...(span.skipped ? { skipped: span.skipped } : {}),
    })),
  );
}

export function topicOf(page: PageText): TopicResult {
  return scoreTopic({
    title: page.title ?? '',
    headings: page.blocks.filter((block) => block.kind === 'heading').map((block) => block.text),
    body: page.blocks
      .filter((block) => block.kind !== 'heading')
      .map((block) => block.text)
      .join('\n'),
    meta: page.meta ?? [],
  });
}
