/**
 * Extraction from the live page in slices, yielding between them so that no task runs long on a
 * large page; the rules are those of `dom/extract` (shared with the CLI).
 */
import {
  dropReferenceSections,
  extractBlocks,
  publishedDate,
  readingPlan,
  skipped,
  type ExtractedBlock,
  type ExtractOptions,
} from '../dom/extract';
import { sliceClock, yieldToPage } from './slices';

/**
 * Containers whose children may be read one by one with the same result as reading the container:
 * `dom/extract` ends a block at each of these, so nothing joins text across them. Tables and
 * definition lists are read whole: their rows take the table's headers, a definition its term.
 */
const BLOCK_CONTAINERS = new Set([
  'ARTICLE',
  'BLOCKQUOTE',
  'BODY',
  'DETAILS',
  'DIV',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'UL',
]);

/** Hidden by layout as well as by markup (the live page can tell). */
export function isHidden(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean })
    .checkVisibility;
  return typeof check === 'function'
    ? !check.call(element, { visibilityProperty: true, contentVisibilityAuto: false })
    : false;
}

const OPTIONS: ExtractOptions = { isHidden, keepBackMatter: true };

/** True when `element` holds only block-level children (and blank text), so it can be split. */
function splittable(element: Element, options: ExtractOptions): boolean {
  if (!element.firstElementChild) return false;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child as Text).data.trim()) return false;
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (!BLOCK_CONTAINERS.has(el.tagName.toUpperCase()) && !skipped(el, options)) return false;
  }
  return true;
}

export interface LiveExtraction {
  readonly root: Element | null;
  readonly blocks: ExtractedBlock[];
  readonly publishedAt?: string;
  /** A discussion page: its comments are read (see `readingPlan`). */
  readonly readComments?: boolean;
}

export async function extractLive(signal: AbortSignal): Promise<LiveExtraction> {
  const { root, readComments, boxes } = readingPlan(document);
  if (!root) return { root: null, blocks: [] };
  const options = readComments ? { ...OPTIONS, readComments } : OPTIONS;
  // The article's date: a handful of selector scans over the whole document, a slice of its own.
  const publishedAt = publishedDate(document);
  await yieldToPage();
  const blocks: ExtractedBlock[] = [];
  const clock = sliceClock();
  // Depth first, in document order: a container of blocks is split into its children, so each
  // call to extractBlocks reads one small piece and the clock can yield between pieces.
  // The article, then its fact boxes beside it (popped from the end: pushed in reverse).
  const pending: Element[] = [...boxes].reverse();
  pending.push(root);
  const starts = new Set<Element>(pending);
  while (pending.length && !signal.aborted) {
    const element = pending.pop() as Element;
    if (!starts.has(element) && skipped(element, options)) continue;
    if (splittable(element, options)) {
      for (let child = element.lastElementChild; child; child = child.previousElementSibling)
        pending.push(child);
    } else {
      for (const block of extractBlocks(element, options)) blocks.push(block);
    }
    await clock.maybeYield();
  }
  return {
    root,
    blocks: dropReferenceSections(blocks),
    ...(publishedAt ? { publishedAt } : {}),
    ...(readComments ? { readComments } : {}),
  };
}
