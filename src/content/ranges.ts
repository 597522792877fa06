import type { ExtractedBlock, NodeSegment } from '../dom/extract';

function locate(
  segments: readonly NodeSegment[],
  offset: number,
  preferEnd: boolean,
): { node: Text; offset: number } | null {
  for (const segment of segments) {
    const inside = preferEnd
      ? offset > segment.blockStart && offset <= segment.blockStart + segment.length
      : offset >= segment.blockStart && offset < segment.blockStart + segment.length;
    if (inside) return { node: segment.node, offset: offset - segment.blockStart };
  }
  return null;
}

/** The DOM Range of [start, end) in a block's text, or null when its nodes have gone. */
export function rangeFor(block: ExtractedBlock, start: number, end: number): Range | null {
  const from = locate(block.segments, start, false);
  const to = locate(block.segments, end, true);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = document.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}
