/**
 * Draws flags with the CSS Custom Highlight API: no change to the page's DOM. Two looks, each with
 * colour and its own underline style (solid for supported, wavy for contradicted), plus a third for
 * the flag the keyboard is on. Where the API is missing, <mark> elements stand in.
 */
import type { FlagVerdict } from '../core/match/verify';

export const PREFIX = 'bhutan-fact-flags';
export const HIGHLIGHT = {
  supported: `${PREFIX}-supported`,
  contradicted: `${PREFIX}-contradicted`,
  current: `${PREFIX}-current`,
} as const;

const STYLE = `
::highlight(${HIGHLIGHT.supported}) { background-color: rgba(46, 164, 79, 0.2); text-decoration: underline solid #1a7f37 2px; }
::highlight(${HIGHLIGHT.contradicted}) { background-color: rgba(218, 54, 51, 0.18); text-decoration: underline wavy #cf222e 1.5px; }
::highlight(${HIGHLIGHT.current}) { background-color: rgba(9, 105, 218, 0.28); }
@media (prefers-color-scheme: dark) {
  ::highlight(${HIGHLIGHT.supported}) { background-color: rgba(63, 185, 80, 0.26); text-decoration-color: #56d364; }
  ::highlight(${HIGHLIGHT.contradicted}) { background-color: rgba(248, 81, 73, 0.26); text-decoration-color: #ff7b72; }
}
@media (prefers-contrast: more) {
  ::highlight(${HIGHLIGHT.supported}) { color: #000; background-color: #b4f1c1; text-decoration: underline solid #0a4d1f 3px; }
  ::highlight(${HIGHLIGHT.contradicted}) { color: #000; background-color: #ffcfcc; text-decoration: underline wavy #8a0a10 2px; }
}
@media (forced-colors: active) {
  ::highlight(${HIGHLIGHT.supported}), ::highlight(${HIGHLIGHT.contradicted}) { color: MarkText; background-color: Mark; }
}
mark.${PREFIX}-mark { color: inherit; padding: 0; }
mark.${PREFIX}-mark[data-verdict="supported"] { background-color: rgba(46, 164, 79, 0.2); text-decoration: underline solid #1a7f37 2px; }
mark.${PREFIX}-mark[data-verdict="contradicted"] { background-color: rgba(218, 54, 51, 0.18); text-decoration: underline wavy #cf222e 1.5px; }
mark.${PREFIX}-mark[data-current] { background-color: rgba(9, 105, 218, 0.28); }
`;

export const supportsHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export function installStyle(signal: AbortSignal): void {
  if (document.getElementById(`${PREFIX}-style`)) return;
  const style = document.createElement('style');
  style.id = `${PREFIX}-style`;
  style.textContent = STYLE;
  (document.head ?? document.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove());
}

export interface Drawn {
  readonly range: Range;
  readonly verdict: FlagVerdict;
}

let marks: HTMLElement[] = [];

/** Replaces what is drawn with `drawn`; `current` is the range the keyboard is on. */
export function draw(drawn: readonly Drawn[], current: Range | null): void {
  if (supportsHighlights()) {
    for (const verdict of ['supported', 'contradicted'] as const) {
      const ranges = drawn.filter((item) => item.verdict === verdict).map((item) => item.range);
      if (ranges.length) CSS.highlights.set(HIGHLIGHT[verdict], new Highlight(...ranges));
      else CSS.highlights.delete(HIGHLIGHT[verdict]);
    }
    if (current) {
      const highlight = new Highlight(current);
      highlight.priority = 1;
      CSS.highlights.set(HIGHLIGHT.current, highlight);
    } else CSS.highlights.delete(HIGHLIGHT.current);
    return;
  }
  drawMarks(drawn, current);
}

export function clearDrawing(): void {
  if (supportsHighlights())
    for (const name of Object.values(HIGHLIGHT)) CSS.highlights.delete(name);
  unwrapMarks();
}

function unwrapMarks(): void {
  for (const mark of marks) mark.replaceWith(...mark.childNodes);
  marks = [];
}

/** Fallback: wrap each text node piece of each range in a <mark>. */
function drawMarks(drawn: readonly Drawn[], current: Range | null): void {
  unwrapMarks();
  for (const { range, verdict } of drawn) {
    const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.currentNode; node; node = walker.nextNode() as Node)
      if (node instanceof Text && range.intersectsNode(node)) nodes.push(node);
    for (const node of nodes) {
      const piece = document.createRange();
      piece.selectNodeContents(node);
      if (node === range.startContainer) piece.setStart(node, range.startOffset);
      if (node === range.endContainer) piece.setEnd(node, range.endOffset);
      const mark = document.createElement('mark');
      mark.className = `${PREFIX}-mark`;
      mark.dataset.verdict = verdict;
      if (current === range) mark.dataset.current = '';
      piece.surroundContents(mark);
      marks.push(mark);
    }
  }
}

interface HitResult {
  readonly highlight?: Highlight;
  readonly ranges?: readonly AbstractRange[];
}

/**
 * Which of our ranges is under a point: `CSS.highlights.highlightsFromPoint` where it exists
 * (Chrome 140+, Firefox 150+), else the caret position at the point tested against each range.
 */
export function flagRangeAt(x: number, y: number, ranges: readonly Range[]): Range | null {
  const registry = (supportsHighlights() ? CSS.highlights : null) as
    | (HighlightRegistry & {
        highlightsFromPoint?: (x: number, y: number) => (HitResult | Highlight)[];
      })
    | null;
  if (registry && typeof registry.highlightsFromPoint === 'function') {
    const mine = new Set(
      [HIGHLIGHT.supported, HIGHLIGHT.contradicted].map((name) => CSS.highlights.get(name)),
    );
    for (const hit of registry.highlightsFromPoint(x, y)) {
      const result: HitResult = hit instanceof Highlight ? { highlight: hit } : hit;
      if (!result.highlight || !mine.has(result.highlight)) continue;
      const found = result.ranges?.find((range) => ranges.includes(range as Range));
      if (found) return found as Range;
      return rangeByCaret(x, y, ranges);
    }
    return null;
  }
  return rangeByCaret(x, y, ranges);
}

function rangeByCaret(x: number, y: number, ranges: readonly Range[]): Range | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  const hits = ranges.filter((range) => {
    try {
      return range.isPointInRange(caret.node, caret.offset);
    } catch {
      return false;
    }
  });
  // Text under the pointer but outside every range's boxes (past a line's end) is not a hit.
  return (
    hits.find((range) =>
      Array.from(range.getClientRects()).some(
        (rect) =>
          x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1,
      ),
    ) ?? null
  );
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = document.caretRangeFromPoint?.(x, y);
  return legacy ? { node: legacy.startContainer, offset: legacy.startOffset } : null;
}
