import { fold } from './fold';
import { stemOf } from './stem';

export interface Token {
  /** Normalised form: lower case, no diacritics, possessive 's dropped. */
  readonly norm: string;
  /** The word's stem (see `stemOf`): what lexicon wordings match. */
  readonly stem: string;
  readonly start: number;
  readonly end: number;
  /** Index of the clause the token belongs to (see `clauseBreaks`). */
  readonly clause: number;
  /**
   * Set on the first token after a spaced dash or a bracket: where an aside opens or closes
   * ("None of them — China, France — has …", "None of the P5 (China, France …) has …").
   */
  readonly afterAside?: true;
  /** Index of the table cell the token stands in, in a row's reading (cells part at U+241F). */
  readonly cell: number;
}

// Words (with inner apostrophes, hyphens split), dotted abbreviations (u.s., u.n.), and numbers
// with thousands separators or decimals.
// A cross mark (✗ ✘ ✖ ❌) is a word of its own: the mark a note gives what it rejects.
const TOKEN =
  /(?:[a-z]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:st|nd|rd|th)?|[\p{L}\p{N}]+(?:'[\p{L}]+)*|[.,;:!?()"\u2014\u241F\u2298-]|[\u2716-\u2718\u274C]/gu;
// The same pattern tried at one offset: the scan below steps over what cannot start a token, so
// no match array is built per token (a sentence has dozens).
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');
// "Modi's 1st foreign trip": a numeral ordinal matches the word's wordings ("first trip abroad").
const ORDINAL_WORDS = new Map([
  ['1st', 'first'],
  ['2nd', 'second'],
  ['3rd', 'third'],
]);
const PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '"', '\u2014', '-']);
const CLAUSE_PUNCT = new Set([';', ':', '(', ')', '\u2014', '"', '?', '!']);
const CLAUSE_WORDS = new Set(['but', 'however', 'whereas', 'although', 'though', 'while']);

/** Splits a text into tokens with offsets; punctuation is used for clause breaks and then dropped. */
export function tokenize(text: string): Token[] {
  const folded = fold(text);
  const tokens: Token[] = [];
  let clause = 0;
  let previousWasComma = false;
  let aside = false;
  let cell = 0;
  // Where TOKEN's global search would find each match: the leftmost offset where it matches.
  // White space starts no token; any other offset is tried, and a failed one is passed by
  // whole code points, as the search itself does.
  const length = folded.length;
  let at = 0;
  while (at < length) {
    const code = folded.charCodeAt(at);
    if (code === 32 || code === 10 || code === 9 || code === 13) {
      at++;
      continue;
    }
    TOKEN_AT.lastIndex = at;
    if (!TOKEN_AT.test(folded)) {
      at +=
        code >= 0xd800 && code <= 0xdbff && (folded.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = at;
    at = TOKEN_AT.lastIndex;
    const raw = folded.slice(start, at);
    if (raw === '\u241F') {
      cell++;
      continue;
    }
    // A denied table cell's mark (page.ts DENIED_CELL) is the word "no".
    if (raw === '\u2298') {
      tokens.push({ norm: 'no', stem: 'no', start, end: start + 1, clause, cell });
      previousWasComma = false;
      continue;
    }
    if (raw.length === 1 && PUNCTUATION.has(raw)) {
      // A dash surrounded by spaces, or any clause punctuation, starts a new clause.
      const spacedDash = raw === '-' && folded[start - 1] === ' ' && folded[start + 1] === ' ';
      // A short aside in brackets ("the IFC (2003)") belongs to the clause around it.
      const shortParen =
        (raw === '(' && /^[^()]{1,16}\)/.test(folded.slice(start + 1, start + 18))) ||
        (raw === ')' && /\([^()]{1,16}$/.test(folded.slice(Math.max(0, start - 17), start)));
      // So does a short quoted phrase ("agreed to be “guided by” India").
      const shortQuote =
        raw === '"' &&
        (/^[^"]{1,24}"/.test(folded.slice(start + 1, start + 27)) ||
          /"[^"]{1,24}$/.test(folded.slice(Math.max(0, start - 26), start)));
      if ((CLAUSE_PUNCT.has(raw) && !shortParen && !shortQuote) || spacedDash) clause++;
      aside = spacedDash || raw === '\u2014' || ((raw === '(' || raw === ')') && !shortParen);
      previousWasComma = raw === ',';
      if (raw === ',') clause++;
      continue;
    }
    let norm = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
    if (norm.endsWith('.')) norm = norm.slice(0, -1);
    if (CLAUSE_WORDS.has(norm) && !previousWasComma) clause++;
    previousWasComma = false;
    const stem = stemOf(ORDINAL_WORDS.get(norm) ?? norm);
    const end = start + raw.length;
    // (Two literals of one property order, rather than a spread of an empty object per token.)
    tokens.push(
      aside
        ? { norm, stem, start, end, clause, cell, afterAside: true as const }
        : { norm, stem, start, end, clause, cell },
    );
    aside = false;
  }
  return tokens;
}

/** The tokens read a table row: they span more than one cell (cells only count up, so the last says). */
export function inRow(tokens: readonly Token[]): boolean {
  return (tokens.at(-1)?.cell ?? 0) > 0;
}
