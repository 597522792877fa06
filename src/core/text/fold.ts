/**
 * Normalisation that keeps every offset: the folded string has the same length as its input, so a
 * match found in the folded text is a match at the same offsets in the original.
 * Per character: NFKC, then diacritics stripped (NFD minus marks), curly quotes and dashes folded,
 * lower case. A character whose folding would change the length (a ligature, ß) stays as it is.
 */
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/u;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033«»]/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;
const MARKS = /\p{M}/gu;

const cache = new Map<string, string>();

function foldChar(char: string): string {
  if (char.length !== 1) return char; // astral characters pass through unchanged
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  const cached = cache.get(char);
  if (cached !== undefined) return cached;
  let folded: string;
  if (QUOTES.test(char)) folded = "'";
  else if (DOUBLE_QUOTES.test(char)) folded = '"';
  else if (DASHES.test(char)) folded = '-';
  else if (SPACES.test(char)) folded = ' ';
  else {
    const compat = char.normalize('NFKC').normalize('NFD').replace(MARKS, '').toLowerCase();
    folded =
      compat.length === 1 ? compat : char.toLowerCase().length === 1 ? char.toLowerCase() : char;
  }
  cache.set(char, folded);
  return folded;
}

// Anything but printable ASCII, tab and line breaks (the rare control character folds to itself).
const NON_ASCII = /[^\t\n\r -~]/g;
// The sentence just folded: tokens, values and relative dates each fold the same sentence.
let lastText = '';
let lastFolded = '';

/** Folds `text` for matching; the result has exactly `text.length` code units. */
export function fold(text: string): string {
  if (text === lastText) return lastFolded;
  // ASCII runs fold by lower case alone (A–Z); only the other characters go one by one.
  let out = '';
  let from = 0;
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
    const i = m.index;
    if (i < from) continue; // the low half of a surrogate pair already passed through
    out += text.slice(from, i).toLowerCase();
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      out += text.slice(i, i + 2);
      from = i + 2;
    } else {
      out += foldChar(text[i] as string);
      from = i + 1;
    }
  }
  out += text.slice(from).toLowerCase();
  lastText = text;
  lastFolded = out;
  return out;
}

/** Full normalisation for comparing phrases (may change length): NFKC, folded, spaces collapsed. */
export function normalize(text: string): string {
  return fold(text.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}
