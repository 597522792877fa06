/**
 * Extraction from the live page in slices, yielding between them so that no task runs long on a
 * large page; the rules are those of `dom/extract` (shared with the CLI).
 */
import {
  dropReferenceSections,
  extractBlocks,
  mainRoot,
  publishedDate,
  skipped,
  type ExtractedBlock,
} from '../dom/extract';

const SLICE_MS = 12;

export const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** Hidden by layout as well as by markup (the live page can tell). */
export function isHidden(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean })
    .checkVisibility;
  return typeof check === 'function'
    ? !check.call(element, { visibilityProperty: true, contentVisibilityAuto: false })
    : false;
}

export async function extractLive(
  signal: AbortSignal,
): Promise<{ root: Element | null; blocks: ExtractedBlock[]; publishedAt?: string }> {
  const root = mainRoot(document);
  if (!root) return { root: null, blocks: [] };
  const blocks: ExtractedBlock[] = [];
  let sliceStart = performance.now();
  const options = { isHidden, keepBackMatter: true };
  // Text directly inside the root, then each child element as its own slice.
  const pending: Element[] = [];
  for (const child of Array.from(root.children)) pending.push(child);
  const direct = Array.from(root.childNodes).some(
    (node) => node.nodeType === 3 && node.textContent?.trim(),
  );
  if (direct || !pending.length) blocks.push(...extractBlocks(root, options));
  else {
    for (const child of pending) {
      if (signal.aborted) break;
      if (!skipped(child, options)) blocks.push(...extractBlocks(child, options));
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  }
  const publishedAt = publishedDate(document);
  return { root, blocks: dropReferenceSections(blocks), ...(publishedAt ? { publishedAt } : {}) };
}
