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

/** Folds `text` for matching; the result has exactly `text.length` code units. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      out += text.slice(i, i + 2);
      i++;
      continue;
    }
    out += foldChar(text[i] as string);
  }
  return out;
}

/** Full normalisation for comparing phrases (may change length): NFKC, folded, spaces collapsed. */
export function normalize(text: string): string {
  return fold(text.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}
