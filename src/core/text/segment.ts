/**
 * A sentence splitter that is linear in its input (Intl.Segmenter is quadratic on long strings in
 * Node 20's V8). It knows abbreviations, initials, decimals and closing quotes; every sentence keeps
 * its offsets into the input.
 */
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Why this sentence is not to be checked (it is longer than `MAX_SENTENCE_LENGTH`). */
  readonly skipped?: string;
}

/**
 * Sentences longer than this are not checked. The longest in our fixture pages has 507 characters;
 * a 128 KB "sentence" is a hostile page or a broken one, and checking it would hold up the worker.
 */
export const MAX_SENTENCE_LENGTH = 2_000;
const TOO_LONG = `longer than ${MAX_SENTENCE_LENGTH.toLocaleString('en-US')} characters: not checked`;

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'no',
  'nos',
  'rs',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'col',
  'gen',
  'lt',
  'capt',
  'brig',
  'maj',
  'sr',
  'jr',
  'hon',
  'rev',
  'fig',
  'vol',
  'pp',
  'p',
  'ed',
  'eds',
  'al',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'govt',
  'est',
  'cf',
  'sq',
  'km',
  'nu',
  'h.e',
  'h.m',
  'a.m',
  'p.m',
  'ca',
  'c',
  'ph.d',
  'mt',
  'ft',
]);
/** Abbreviations that may end a sentence when a capitalised word follows. */
const TERMINAL_ABBREVIATIONS = new Set(['etc', 'inc', 'ltd', 'co', 'a.m', 'p.m']);
/** A reference mark such as [1], [12], [a] or [citation needed]. */
const CITATION = /^\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\]/i;
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '\u00BB']);
const OPENERS = /["'\u201C\u2018([\u00AB]/;

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] as string)) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

function isBoundary(text: string, at: number): boolean {
  if (text[at] !== '.') return true; // ! and ? followed by a capital always end a sentence
  const word = wordBefore(text, at);
  if (word.length === 1 && /\p{Lu}/u.test(text[at - 1] as string)) return false; // "J. S. Aurora"
  const bare = word.replace(/\.$/, '');
  // "No." and "Nos." abbreviate "number" only before a figure: "No. 5", not "No. On 14 October …".
  if ((bare === 'no' || bare === 'nos') && !/^\s*\d/.test(text.slice(at + 1))) return true;
  return !ABBREVIATIONS.has(bare) || TERMINAL_ABBREVIATIONS.has(bare);
}

/** Splits one block of text (a paragraph, heading or list item) into sentences. */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const char = text[i];
    if (char !== '.' && char !== '!' && char !== '?' && char !== '\n') continue;
    if (char === '\n') {
      if (text[i + 1] === '\n') {
        push(start, i);
        start = i + 1;
      }
      continue;
    }
    let end = i + 1;
    while (end < n && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < n && CLOSERS.has(text[end] as string)) end++;
    // Reference marks after the full stop belong to the sentence: "… China included.[1] Since …".
    for (let mark = CITATION.exec(text.slice(end, end + 24)); mark;) {
      end += mark[0].length;
      mark = CITATION.exec(text.slice(end, end + 24));
    }
    if (end < n && !/\s/.test(text[end] as string)) {
      i = end - 1;
      continue; // "3.5", "U.S.-Bhutan", "e.g.," stay inside the sentence
    }
    let next = end;
    while (next < n && /\s/.test(text[next] as string)) next++;
    if (next >= n) break;
    const following = text[next] as string;
    if (!(/[\p{Lu}\d]/u.test(following) || OPENERS.test(following))) {
      i = end - 1;
      continue;
    }
    if (!isBoundary(text, i)) {
      i = end - 1;
      continue;
    }
    push(start, end);
    start = next;
    i = next - 1;
  }
  push(start, n);
  return spans;

  function push(from: number, to: number): void {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    if (b - a > MAX_SENTENCE_LENGTH)
      spans.push({ text: text.slice(a, b), start: a + offset, end: b + offset, skipped: TOO_LONG });
    else if (b > a) spans.push({ text: text.slice(a, b), start: a + offset, end: b + offset });
  }
}

/**
 * Splits a plain-text document into blocks: blank lines separate blocks, and a short line without
 * closing punctuation (a heading or list item) is a block of its own.
 */
export function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  const lines = /[^\n]+/g;
  let current: { start: number; end: number } | null = null;
  let lastEnd = 0;
  const flush = (): void => {
    if (current)
      blocks.push({
        text: text.slice(current.start, current.end),
        start: current.start,
        end: current.end,
      });
    current = null;
  };
  for (const match of text.matchAll(lines)) {
    const line = match[0];
    const start = match.index;
    const trimmed = line.trim();
    const gap = text.slice(lastEnd, start);
    lastEnd = start + line.length;
    if (!trimmed) {
      flush();
      continue;
    }
    if (/\n\s*\n/.test(gap)) flush();
    const standalone =
      /^(?:[-*\u2022]|\d+[.)])\s/.test(trimmed) ||
      (trimmed.length < 90 && !/[.!?:;,"')\]]$/.test(trimmed));
    if (standalone) {
      flush();
      blocks.push({ text: line, start, end: start + line.length });
      continue;
    }
    if (current) current.end = start + line.length;
    else current = { start, end: start + line.length };
  }
  flush();
  return blocks;
}
