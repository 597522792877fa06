/**
 * Main-text extraction, shared by the content script (live DOM) and the CLI (linkedom). It walks the
 * DOM once and returns text blocks with a map from block offsets back to text nodes.
 */
import type { PageText, TextBlock } from '../core/page';

export interface NodeSegment {
  readonly node: Text;
  /** Offset of the node's first character in the block's text. */
  readonly blockStart: number;
  readonly length: number;
}

export interface ExtractedBlock extends TextBlock {
  readonly segments: readonly NodeSegment[];
  readonly element: Element;
}

export interface ExtractedPage extends PageText {
  readonly blocks: readonly ExtractedBlock[];
  /** How many elements were left unread for sitting deeper than `MAX_DEPTH` (absent when none). */
  readonly tooDeep?: number;
}

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'LABEL',
  'DIALOG',
  'MENU',
  'HEAD',
  'TITLE',
  'MATH',
]);
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'menu',
  'menubar',
  'alert',
  'form',
]);
/** Readers' comments: noise beside an article, the content itself on a discussion page. */
const COMMENT_CLASS = /(?:^|[\s_-])(?:comments?|comment-list|respond)(?:$|[\s_-])/i;
const SKIP_CLASS =
  /(?:^|[\s_-])(?:comments?|comment-list|respond|share|sharing|social|newsletter|subscribe|cookie|consent|advert|ads?|sponsor|promo|breadcrumbs?|related|sidebar|widget|popup|modal)(?:$|[\s_-])/i;
/** The text of a footnote mark: a number or two, a letter, an asterisk or a dagger, maybe in brackets. */
const FOOTNOTE_MARK = /^\s*\[?(?:\d{1,3}(?:[,\u2013-]\d{1,3})*|[a-z]|[*\u2020\u2021]+)\]?\s*$/i;

/** Classes of an aside that holds the article's own facts ("factbox", "infobox", "at-a-glance"). */
const FACT_BOX =
  /(?:^|[\s_-])(?:fact-?box|facts|fact-?file|info-?box|key-?facts|key-?dates|dates|chronology|milestones|at-a-glance|glance|timeline|explainer|box-?out)(?:$|[\s_-])/i;
/** The heading of an aside that holds the article's own facts, whatever its class says. */
const FACT_BOX_HEADING =
  /^\s*(?:[\p{L}\u2013'-]+:?\s+){0,2}?(?:key (?:dates|facts|events|milestones|points)|timeline|chronology|milestones|at a glance|fact ?file|fast facts|quick facts|facts|in numbers|by the numbers|in brief|background|context|the story so far|recap|did you know)\b/iu;
/** A list item led by a date and a colon or dash ("1984: talks begin", "June–August 2017 – …"). */
const DATED_ITEM =
  /^\s*(?:[a-z]+\s+)?(?:\d{1,2}\s+)?(?:[a-z]+[\s\u2013-]+)?(?:\d{1,2},?\s+)?\d{4}(?:\s*[\u2013-]\s*\d{2,4})?\s*[:\u2013\u2014-]/i;

const BLOCK_KIND: Record<string, TextBlock['kind']> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'item',
  DT: 'item',
  DD: 'item',
  BLOCKQUOTE: 'quote',
  TD: 'cell',
  TH: 'cell',
  TR: 'row',
  CAPTION: 'heading',
};
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BODY',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'ADDRESS',
  'HR',
  'DETAILS',
  'SUMMARY',
  'CENTER',
  'HGROUP',
  ...Object.keys(BLOCK_KIND),
]);
const REFERENCE_HEADING =
  /^\s*(?:references?|reference list|bibliography|works cited|sources|footnotes|endnotes|further reading|citations|about the author)\s*:?\s*$/i;

export interface ExtractOptions {
  /** Extra visibility test (the content script passes one that reads computed style). */
  readonly isHidden?: (element: Element) => boolean;
  /** Leave reference sections in (the caller drops them over the whole page). */
  readonly keepBackMatter?: boolean;
  /** Told of each element left unread because it sits more than `MAX_DEPTH` levels below the root. */
  readonly onTooDeep?: (element: Element) => void;
  /** A discussion page (see `readingPlan`): read the comments, they are the content. */
  readonly readComments?: boolean;
}

/**
 * Elements nested deeper than this below the root are not read. Chromium's HTML parser stops nesting
 * at 512 too, so a parsed page never goes deeper in the browser; linkedom (the CLI) has no such cap.
 */
export const MAX_DEPTH = 512;

function hiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function factBoxHeading(aside: Element): boolean {
  const heading = aside.querySelector('h2, h3, h4, h5, h6, header, strong');
  if (heading && FACT_BOX_HEADING.test(heading.textContent ?? '')) return true;
  // A chronology by its shape, whatever its heading: two or more items led by a date.
  let dated = 0;
  for (const item of aside.querySelectorAll('li'))
    if (DATED_ITEM.test(item.textContent ?? '') && ++dated >= 2) return true;
  return false;
}

const markerOf = (element: Element): string =>
  `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;

/** An aside that holds the article's own facts, by its class or its heading, not a promotion. */
function factBox(aside: Element): boolean {
  if (SKIP_CLASS.test(markerOf(aside))) return false;
  if (FACT_BOX.test(markerOf(aside)) || factBoxHeading(aside)) return true;
  // The class may sit on the box inside the aside (<aside><div class="factbox">).
  const inner = aside.firstElementChild;
  return !!inner && !SKIP_CLASS.test(markerOf(inner)) && FACT_BOX.test(markerOf(inner));
}

/**
 * An aside beside the article whose items are prose, not links ("Common confusions: quiz sites
 * place the 1949 signing in New Delhi, but …"): the article's own text. A list of related
 * stories is mostly link text. (Inside the article a pull quote would repeat a sentence, so this
 * is for asides beside it only.)
 */
function ownText(aside: Element): boolean {
  if (SKIP_CLASS.test(markerOf(aside))) return false;
  const all = (aside.textContent ?? '').replace(/\s+/g, '').length;
  if (all < 80) return false;
  let linked = 0;
  for (const link of aside.querySelectorAll('a'))
    linked += (link.textContent ?? '').replace(/\s+/g, '').length;
  return linked / all < 0.25;
}

export function skipped(element: Element, options: ExtractOptions): boolean {
  const tag = element.tagName.toUpperCase();
  const marker = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  // A footnote mark ("Bank<sup>3</sup>") is not part of the sentence's words.
  if (tag === 'SUP' && FOOTNOTE_MARK.test(element.textContent ?? '')) return true;
  // An aside is related links or promotion, unless it is the article's own fact box.
  if (tag === 'ASIDE' && factBox(element)) return false;
  if (SKIP_TAGS.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (marker.trim() && SKIP_CLASS.test(marker)) {
    // On a discussion page the comments are what the reader reads; only their chrome is skipped.
    const commentsOnly = options.readComments && COMMENT_CLASS.test(marker);
    if (!commentsOnly || SKIP_CLASS.test(marker.replace(COMMENT_CLASS, ' '))) return true;
  }
  if (element.getAttribute('contenteditable') === 'true') return true;
  return hiddenByMarkup(element) || (options.isHidden?.(element) ?? false);
}

/** One open element of the walk: its next child to visit, and the block to return to if it is one. */
interface Frame {
  next: ChildNode | null;
  readonly outer: Element | undefined;
  /** Set on a table cell inside a row: closing it ends the cell's span. */
  readonly cell?: true;
  /** Set on a <table> or <dl>: closing it ends its header row or its current term. */
  readonly scope?: Scope;
}

/** What a table or a definition list remembers while it is read. */
interface Scope {
  readonly tag: 'TABLE' | 'DL';
  rows: number;
  headers?: readonly string[];
  term?: string;
}

const CELL_TAGS = new Set(['TD', 'TH']);
const TEXT_BREAKS = /[\n\r\t\f]/g;

/** Walks `root` and returns its readable blocks, in document order. */
export function extractBlocks(root: Element, options: ExtractOptions = {}): ExtractedBlock[] {
  const blocks: ExtractedBlock[] = [];
  let text = '';
  let segments: NodeSegment[] = [];
  let owner: Element = root;
  let cells: { start: number; end: number; th: boolean }[] = [];
  const scopes: Scope[] = [];
  const nearest = (tag: Scope['tag']): Scope | undefined => {
    for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i]?.tag === tag) return scopes[i];
    return undefined;
  };

  const flush = (): void => {
    const tag = owner.tagName.toUpperCase();
    const kind = BLOCK_KIND[tag] ?? 'paragraph';
    if (kind === 'row') flushRow();
    else if (text.trim()) {
      const term = tag === 'DD' ? nearest('DL')?.term : undefined;
      if (tag === 'DT') {
        const list = nearest('DL');
        if (list) list.term = text.trim();
      }
      blocks.push({
        text,
        kind,
        segments,
        element: owner,
        ...(kind === 'heading' ? { level: tag === 'CAPTION' ? 7 : Number(tag.slice(1)) } : {}),
        ...(term ? { lead: term } : {}),
      });
    }
    text = '';
    segments = [];
    cells = [];
  };

  // A row is one block; its first row of header cells gives the table its column headers.
  const flushRow = (): void => {
    const table = nearest('TABLE');
    const isHeader =
      table !== undefined && table.rows === 0 && cells.every((cell) => cell.th) && cells.length > 1;
    const headers = isHeader ? undefined : table?.headers;
    // Each cell keeps its own column's heading, empty cells before it or not; a column of sources
    // cites, it does not state.
    const spans = cells
      .map((cell, column) => ({ ...trimSpan(text, cell), header: headers?.[column] }))
      .filter((cell) => cell.end > cell.start && !SOURCE_COLUMN.test(cell.header ?? ''));
    if (!spans.length) return;
    if (table) table.rows++;
    if (isHeader) table.headers = spans.map((cell) => text.slice(cell.start, cell.end));
    blocks.push({
      text,
      kind: 'row',
      segments,
      element: owner,
      cells: spans.map((cell) => ({
        start: cell.start,
        end: cell.end,
        ...(cell.header ? { header: cell.header } : {}),
      })),
    });
  };

  // An explicit stack, not recursion: a page can nest elements deeper than the call stack goes.
  const stack: Frame[] = [{ next: root.firstChild, outer: undefined }];
  while (stack.length) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.cell) {
        const cell = cells[cells.length - 1];
        if (cell) cell.end = text.length;
      }
      if (frame.outer) {
        flush();
        owner = frame.outer;
      }
      if (frame.scope) scopes.pop();
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) {
      const value = (child as Text).data;
      if (!value) continue;
      segments.push({ node: child as Text, blockStart: text.length, length: value.length });
      // Same length as the node's data, so offsets stay exact; layout whitespace becomes spaces.
      text += value.replace(TEXT_BREAKS, ' ');
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (skipped(el, options)) continue;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        text += ' ';
        continue;
      }
      if (stack.length > MAX_DEPTH) {
        options.onTooDeep?.(el);
        continue;
      }
      const inRow = owner.tagName.toUpperCase() === 'TR';
      if (inRow && CELL_TAGS.has(tag)) {
        // Cells stay inside their row's block, a space apart (the space maps to no node).
        if (text) text += ' ';
        cells.push({ start: text.length, end: text.length, th: tag === 'TH' });
        stack.push({ next: el.firstChild, outer: undefined, cell: true });
      } else if (BLOCK_TAGS.has(tag) && !inRow) {
        flush();
        const scope: Scope | undefined =
          tag === 'TABLE' || tag === 'DL' ? { tag, rows: 0 } : undefined;
        if (scope) scopes.push(scope);
        stack.push({ next: el.firstChild, outer: owner, ...(scope ? { scope } : {}) });
        owner = el;
      } else {
        stack.push({ next: el.firstChild, outer: undefined });
      }
    }
  }
  flush();
  return options.keepBackMatter ? blocks : dropReferenceSections(blocks);
}

function trimSpan(
  text: string,
  span: { start: number; end: number },
): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** A "References" heading and everything under it until a heading of the same or higher rank. */
export function dropReferenceSections(blocks: readonly ExtractedBlock[]): ExtractedBlock[] {
  const kept: ExtractedBlock[] = [];
  let skippingBelow = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const level = block.level ?? 6;
      if (skippingBelow && level <= skippingBelow) skippingBelow = 0;
      if (REFERENCE_HEADING.test(block.text)) {
        skippingBelow = level;
        continue;
      }
    } else if (
      block.kind === 'paragraph' &&
      REFERENCE_HEADING.test(block.text) &&
      block.text.trim() === block.text.trim().toUpperCase()
    ) {
      skippingBelow = 7; // an all-caps "REFERENCES" paragraph used as a heading: the rest is back matter
      continue;
    }
    if (skippingBelow) continue;
    kept.push(block);
  }
  return kept;
}

function metaContent(doc: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function isoDay(value: string | undefined | null): string | undefined {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return match?.[1];
}

/** The article's own date: article:published_time, JSON-LD datePublished, or the first <time>. */
export function publishedDate(doc: Document): string | undefined {
  const fromMeta = isoDay(
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date"]',
    ]),
  );
  if (fromMeta) return fromMeta;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const day = isoDay(match?.[1]);
    if (day) return day;
  }
  const time = doc.querySelector('article time[datetime], main time[datetime], time[datetime]');
  return isoDay(time?.getAttribute('datetime'));
}

/** Where the article is: <article> or <main> when the page has one, else the body. */
export function mainRoot(doc: Document): Element | null {
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0] as Element;
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}

/** A column heading that says the cells under it cite ("Source", "References"). */
const SOURCE_COLUMN = /^\s*(?:sources?|references?|refs?\.?|citations?)\s*$/i;

const wordCount = (text: string | null): number => (text ?? '').split(/\s+/).filter(Boolean).length;

/** Under this many words, an article with a comment thread beside it is a post opening a discussion. */
const SHORT_POST_WORDS = 150;

/**
 * Where to read, and whether the comments count. A forum thread or a Q&A page is a short post
 * followed by its replies: there the replies are the content, and the page is read from the
 * element holding both. A news article with comments under it is read without them.
 */
export interface ReadingPlan {
  readonly root: Element | null;
  readonly readComments: boolean;
  /** The article's own fact boxes beside it (a "Key dates" aside next to the <article>). */
  readonly boxes: readonly Element[];
}

/** Asides next to the root, up to two levels out, that hold the article's own facts. */
function boxesBeside(root: Element): Element[] {
  const boxes: Element[] = [];
  let inner: Element = root;
  for (let level = 0; level < 2 && inner.parentElement; level++) {
    const outer: Element = inner.parentElement;
    for (const child of outer.children)
      if (
        child !== inner &&
        child.tagName.toUpperCase() === 'ASIDE' &&
        (factBox(child) || ownText(child))
      )
        boxes.push(child);
    inner = outer;
  }
  return boxes;
}

export function readingPlan(doc: Document): ReadingPlan {
  const found = mainRoot(doc);
  const boxes = found ? boxesBeside(found) : [];
  const plan = (root: Element | null, readComments: boolean): ReadingPlan => ({
    root,
    readComments,
    boxes,
  });
  const root = found;
  if (!root) return plan(root, false);
  // (A <main> holding a short post and its replies is a thread too; only an <article> root
  // looks for its thread outside itself.)
  const isArticle = root.tagName.toUpperCase() === 'ARTICLE';
  const isThread = (element: Element): boolean =>
    COMMENT_CLASS.test(
      `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`,
    );
  // The article's own words, its comment threads left out (an AMA keeps its replies inside it).
  const all = wordCount(root.textContent);
  const inner = [...root.querySelectorAll('[class], [id]')].filter(isThread);
  let replies = 0;
  for (const thread of inner)
    if (!inner.some((outer) => outer !== thread && outer.contains(thread)))
      replies += wordCount(thread.textContent);
  const words = all - replies;
  if (words >= SHORT_POST_WORDS) return plan(root, false);
  // A short post with more replies than words of its own inside the article: the replies are
  // the content. (A short report with a reader's comment under it keeps the comment out.)
  if (inner.length) return plan(root, replies > words);
  if (!isArticle) return plan(root, false);
  // The nearest container of the post that also holds a comment thread: one pass over the page's
  // marked elements, then a walk up from the first thread to the post's ancestors.
  const thread = [...doc.querySelectorAll('[class], [id]')].find(isThread);
  if (!thread || root.contains(thread)) return plan(root, false);
  const ancestors = new Set<Element>();
  for (let outer = root.parentElement; outer; outer = outer.parentElement) ancestors.add(outer);
  for (let outer = thread.parentElement; outer; outer = outer.parentElement)
    if (ancestors.has(outer))
      return {
        root: outer,
        readComments: true,
        boxes: boxes.filter((box) => !outer.contains(box)),
      };
  return plan(root, false);
}

export function extractPage(doc: Document, options: ExtractOptions = {}): ExtractedPage {
  const { root, readComments, boxes } = readingPlan(doc);
  if (readComments) options = { ...options, readComments };
  let tooDeep = 0;
  const count = (element: Element): void => {
    tooDeep += 1;
    options.onTooDeep?.(element);
  };
  const blocks = root
    ? [root, ...boxes].flatMap((element) =>
        extractBlocks(element, { ...options, onTooDeep: count }),
      )
    : [];
  const meta = [
    metaContent(doc, ['meta[name="description"]', 'meta[property="og:description"]']),
    metaContent(doc, ['meta[name="keywords"]']),
  ].filter((value): value is string => Boolean(value));
  const publishedAt = publishedDate(doc);
  return {
    title: doc.title,
    blocks,
    meta,
    ...(publishedAt ? { publishedAt } : {}),
    ...(tooDeep ? { tooDeep } : {}),
  };
}
