/**
 * Where each flag sits in the input, as an editor would look for it: line and column in a text
 * file; block and sentence number in an HTML file (its markup has no useful line for the text).
 */
import type { Flag, PageText } from '../core/check';
import { sentencesOf } from '../core/page';
import { splitBlocks } from '../core/text/segment';

export type Position =
  | { readonly line: number; readonly column: number }
  | { readonly block: number; readonly sentence: number };

export function describePosition(position: Position): string {
  return 'line' in position
    ? `line ${position.line}, column ${position.column}`
    : `block ${position.block}, sentence ${position.sentence}`;
}

/** Block and sentence numbers, both from 1, as the checker split the page. */
export function blockPositions(page: PageText, flags: readonly Flag[]): Position[] {
  const numbers = new Map<string, number>();
  const perBlock = new Map<number, number>();
  for (const sentence of sentencesOf(page.blocks)) {
    const n = (perBlock.get(sentence.block) ?? 0) + 1;
    perBlock.set(sentence.block, n);
    numbers.set(`${sentence.block}:${sentence.start}`, n);
  }
  return flags.map((flag) => ({
    block: flag.block + 1,
    sentence: numbers.get(`${flag.block}:${flag.start}`) ?? 1,
  }));
}

/**
 * Line and column (both from 1; columns count characters) of each flag's first character in
 * `text`, the plain-text input the page's blocks were split from (see cli/load.ts).
 */
export function linePositions(text: string, flags: readonly Flag[]): Position[] {
  const starts = splitBlocks(text).map((span) => span.start);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return flags.map((flag) => {
    const offset = (starts[flag.block] ?? 0) + flag.start;
    // The last line that starts at or before the offset (binary search: inputs can be long).
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    const lineStart = lineStarts[low] as number;
    return { line: low + 1, column: Array.from(text.slice(lineStart, offset)).length + 1 };
  });
}
