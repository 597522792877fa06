/**
 * Relevance per section as well as per page: a travel company's "About Bhutan" page whose
 * foreign-relations content is one section among trekking and food is relevant for that section
 * only. A page that is relevant as a whole is checked whole.
 */
import type { TextBlock } from '../page';
import {
  addCounts,
  NO_COUNTS,
  scoreCounts,
  vocabularyCounts,
  type Counts,
  type TopicResult,
} from './topic';

/** A section must be at least this plainly about foreign relations to be checked on its own. */
const SECTION_THRESHOLD = 0.6;
/** Headings at this rank or above open a section. */
const SECTION_LEVEL = 3;

export interface Gate {
  readonly relevant: boolean;
  readonly topic: TopicResult;
  /** Indices of the blocks to check: all of them, or those of the relevant sections. */
  readonly blocks: readonly number[];
}

interface PageLike {
  readonly title?: string;
  readonly blocks: readonly TextBlock[];
  readonly meta?: readonly string[];
}

/**
 * Scores the blocks at `indices` as one page. Each block is counted once per gate (`countOf`), and
 * counts of blocks add up to those of their text joined, so sections cost no second pass.
 */
function score(
  page: PageLike,
  indices: readonly number[],
  title: Counts,
  meta: Counts,
  countOf: (i: number) => Counts,
): TopicResult {
  let heading = NO_COUNTS;
  let body = NO_COUNTS;
  let bodyLength = -1;
  for (const i of indices) {
    const block = page.blocks[i] as TextBlock;
    if (block.kind === 'heading') heading = addCounts(heading, countOf(i));
    else {
      body = addCounts(body, countOf(i));
      bodyLength += block.text.length + 1;
    }
  }
  return scoreCounts({ title, heading, meta, body, bodyLength: Math.max(0, bodyLength) });
}

/** The topic gate: the page as a whole, and failing that each of its sections. */
export function gateOf(page: PageLike): Gate {
  const all = page.blocks.map((_, i) => i);
  const title = vocabularyCounts(page.title ?? '');
  const meta = vocabularyCounts((page.meta ?? []).join(' \n '));
  const counted: (Counts | undefined)[] = [];
  const countOf = (i: number): Counts =>
    (counted[i] ??= vocabularyCounts((page.blocks[i] as TextBlock).text));
  const topic = score(page, all, title, meta, countOf);
  if (topic.relevant) return { relevant: true, topic, blocks: all };
  const sections: number[][] = [];
  let current: number[] = [];
  page.blocks.forEach((block, i) => {
    if (block.kind === 'heading' && (block.level ?? 6) <= SECTION_LEVEL && current.length) {
      sections.push(current);
      current = [];
    }
    current.push(i);
  });
  if (current.length) sections.push(current);
  if (sections.length < 2) return { relevant: false, topic, blocks: [] };
  const relevant: number[] = [];
  const evidence: string[] = [];
  for (const section of sections) {
    const sectionTopic = score(page, section, title, meta, countOf);
    if (sectionTopic.score < SECTION_THRESHOLD) continue;
    for (const i of section) relevant.push(i);
    const heading = page.blocks[section[0] as number];
    evidence.push(
      `section "${heading?.kind === 'heading' ? heading.text.trim() : '(untitled)'}": ${sectionTopic.score}`,
    );
  }
  if (!relevant.length) return { relevant: false, topic, blocks: [] };
  return {
    relevant: true,
    topic: { ...topic, relevant: true, evidence: [...topic.evidence, ...evidence] },
    blocks: relevant,
  };
}
