/**
 * Draws flags with the CSS Custom Highlight API: no change to the page's DOM. Two looks, each with
 * colour and its own underline style (solid for supported, wavy for contradicted), plus a third for
 * the flag the keyboard is on. Where the API is missing, <mark> elements stand in.
 *
 * The registry is shared with the page, so the names carry a per-page random suffix and hit tests
 * look only at the Highlight objects this painter made: a page's look-alike highlight opens nothing.
 */
import type { FlagVerdict } from '../core/match/verify';
import { highlightNames, PREFIX, type HighlightNames } from './names';

function styleFor(names: HighlightNames): string {
  const { supported, contradicted, current } = names;
  return `
::highlight(${supported}) { background-color: rgba(46, 164, 79, 0.2); text-decoration: underline solid #1a7f37 2px; }
::highlight(${contradicted}) { background-color: rgba(218, 54, 51, 0.18); text-decoration: underline wavy #cf222e 1.5px; }
::highlight(${current}) { background-color: rgba(9, 105, 218, 0.28); }
@media (prefers-color-scheme: dark) {
  ::highlight(${supported}) { background-color: rgba(63, 185, 80, 0.26); text-decoration-color: #56d364; }
  ::highlight(${contradicted}) { background-color: rgba(248, 81, 73, 0.26); text-decoration-color: #ff7b72; }
}
@media (prefers-contrast: more) {
  ::highlight(${supported}) { color: #000; background-color: #b4f1c1; text-decoration: underline solid #0a4d1f 3px; }
  ::highlight(${contradicted}) { color: #000; background-color: #ffcfcc; text-decoration: underline wavy #8a0a10 2px; }
}
@media (forced-colors: active) {
  ::highlight(${supported}), ::highlight(${contradicted}) { color: MarkText; background-color: Mark; }
}
mark.${PREFIX}-mark { color: inherit; padding: 0; }
mark.${PREFIX}-mark[data-verdict="supported"] { background-color: rgba(46, 164, 79, 0.2); text-decoration: underline solid #1a7f37 2px; }
mark.${PREFIX}-mark[data-verdict="contradicted"] { background-color: rgba(218, 54, 51, 0.18); text-decoration: underline wavy #cf222e 1.5px; }
mark.${PREFIX}-mark[data-current] { background-color: rgba(9, 105, 218, 0.28); }
`;
}

export const supportsHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export interface Drawn {
  readonly range: Range;
  readonly verdict: FlagVerdict;
}

export class Painter {
  readonly names: HighlightNames = highlightNames();
  private readonly mine = new Map<string, Highlight>();
  private style: HTMLStyleElement | null = null;
  private marks: HTMLElement[] = [];

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.clear());
  }

  private installStyle(): void {
    if (this.style?.isConnected || this.signal.aborted) return;
    const style = (this.style = document.createElement('style'));
    style.textContent = styleFor(this.names);
    (document.head ?? document.documentElement).append(style);
  }

  private register(name: string, ranges: readonly Range[], priority = 0): void {
    if (!ranges.length) {
      if (CSS.highlights.get(name) === this.mine.get(name)) CSS.highlights.delete(name);
      this.mine.delete(name);
      return;
    }
    const highlight = new Highlight(...ranges);
    highlight.priority = priority;
    this.mine.set(name, highlight);
    CSS.highlights.set(name, highlight);
  }

  /** Replaces what is drawn with `drawn`; `current` is the range the keyboard is on. */
  draw(drawn: readonly Drawn[], current: Range | null): void {
    this.installStyle();
    if (!supportsHighlights()) {
      this.drawMarks(drawn, current);
      return;
    }
    for (const verdict of ['supported', 'contradicted'] as const)
      this.register(
        this.names[verdict],
        drawn.filter((item) => item.verdict === verdict).map((item) => item.range),
      );
    this.register(this.names.current, current ? [current] : [], 1);
  }

  clear(): void {
    if (supportsHighlights())
      for (const [name, highlight] of this.mine)
        if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    this.mine.clear();
    this.unwrapMarks();
    this.style?.remove();
    this.style = null;
  }

  private unwrapMarks(): void {
    for (const mark of this.marks) mark.replaceWith(...mark.childNodes);
    this.marks = [];
  }

  /** Fallback: wrap each text node piece of each range in a <mark>. */
  private drawMarks(drawn: readonly Drawn[], current: Range | null): void {
    this.unwrapMarks();
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
        this.marks.push(mark);
      }
    }
  }

  /**
   * Which of our ranges is under a point: `CSS.highlights.highlightsFromPoint` where it exists
   * (Chrome 140+, Firefox 150+), else the caret position at the point tested against each range.
   */
  rangeAt(x: number, y: number, ranges: readonly Range[]): Range | null {
    const registry = (supportsHighlights() ? CSS.highlights : null) as
      | (HighlightRegistry & {
          highlightsFromPoint?: (x: number, y: number) => (HitResult | Highlight)[];
        })
      | null;
    if (registry && typeof registry.highlightsFromPoint === 'function') {
      const ours = new Set<Highlight>(
        [this.names.supported, this.names.contradicted].flatMap((name) => {
          const highlight = this.mine.get(name);
          return highlight ? [highlight] : [];
        }),
      );
      for (const hit of registry.highlightsFromPoint(x, y)) {
        const result: HitResult = hit instanceof Highlight ? { highlight: hit } : hit;
        if (!result.highlight || !ours.has(result.highlight)) continue;
        const found = result.ranges?.find((range) => ranges.includes(range as Range));
        if (found) return found as Range;
        return rangeByCaret(x, y, ranges);
      }
      return null;
    }
    return rangeByCaret(x, y, ranges);
  }
}

interface HitResult {
  readonly highlight?: Highlight;
  readonly ranges?: readonly AbstractRange[];
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
