import { stemOf } from '../text/stem';
import { tokenize, type Token } from '../text/tokens';

/**
 * One word of a phrase. It matches a token's stem by default ("join" matches "joined"), the exact
 * word with `=word`, or any word that starts with it with `word*`. `gap` is how many other words
 * may come before it; `unordered` lets it stand before the previous word as well ("a ~ b").
 */
interface PhraseWord {
  readonly word: string;
  readonly mode: 'stem' | 'exact' | 'prefix';
  readonly gap: number;
  readonly unordered: boolean;
}

export interface Phrase {
  readonly source: string;
  readonly words: readonly PhraseWord[];
}

export interface PhraseMatch {
  /** Token index of the first and one past the last matched word. */
  readonly from: number;
  readonly to: number;
}

const MAX_GAP = 4;

export type PhraseMode = 'stem' | 'exact';

/**
 * Compiles "establish ~ relation", "=founded", "sign*" or "treaty of friendship". Aliases compile
 * with `exact` words (names are not inflected); lexicon wordings with stems.
 */
export function compilePhrase(source: string, mode: PhraseMode = 'stem'): Phrase {
  const words: PhraseWord[] = [];
  let gap = 0;
  let unordered = false;
  for (const part of source.trim().split(/\s+/)) {
    if (part === '...' || part === '\u2026') {
      gap = MAX_GAP;
      continue;
    }
    if (part === '~') {
      gap = MAX_GAP;
      unordered = true;
      continue;
    }
    const exact = mode === 'exact' || part.startsWith('=');
    const prefix = part.endsWith('*');
    const bare = part.replace(/^=/, '').replace(/\*$/, '');
    const norms = /^(?:[a-z]\.)+[a-z]\.?$/i.test(bare)
      ? [bare.toLowerCase().replace(/\.$/, '')]
      : tokenize(bare).map((t) => t.norm);
    norms.forEach((norm, k) => {
      const last = k === norms.length - 1;
      const wordMode = prefix && last ? 'prefix' : exact ? 'exact' : 'stem';
      words.push({
        word: wordMode === 'stem' ? stemOf(norm) : norm,
        mode: wordMode,
        gap: k === 0 ? gap : 0,
        unordered: k === 0 && unordered,
      });
    });
    gap = 0;
    unordered = false;
  }
  return { source, words };
}

/** The key a phrase's first word is looked up by: its stem, its exact word, or its prefix. */
export function firstKey(
  phrase: Phrase,
): { readonly key: string; readonly prefix: boolean } | null {
  const first = phrase.words[0];
  return first ? { key: first.word, prefix: first.mode === 'prefix' } : null;
}

export function wordMatches(token: Token | undefined, word: PhraseWord): boolean {
  if (!token) return false;
  switch (word.mode) {
    case 'stem':
      return token.stem === word.word || token.norm === word.word;
    case 'exact':
      return token.norm === word.word;
    case 'prefix':
      return token.norm.startsWith(word.word);
  }
}

/** The match of `phrase` whose first word is at token `at`, if any. */
export function matchPhraseAt(
  tokens: readonly Token[],
  phrase: Phrase,
  at: number,
): PhraseMatch | null {
  const words = phrase.words;
  const first = words[0];
  if (!first || !wordMatches(tokens[at], first)) return null;
  let from = at;
  let position = at + 1;
  for (let w = 1; w < words.length; w++) {
    const word = words[w] as PhraseWord;
    let found = -1;
    for (let k = position; k <= position + word.gap && k < tokens.length; k++) {
      if (wordMatches(tokens[k], word)) {
        found = k;
        break;
      }
    }
    if (found < 0 && word.unordered) {
      // "relations were established": the second word may also come first, within the gap.
      for (let k = from - 1; k >= from - 1 - word.gap && k >= 0; k--) {
        if (wordMatches(tokens[k], word)) {
          found = k;
          break;
        }
      }
      if (found >= 0) {
        from = found;
        continue;
      }
    }
    if (found < 0) return null;
    position = found + 1;
  }
  return { from, to: position };
}

/** Every match of `phrase` in the tokens. */
export function findPhrase(tokens: readonly Token[], phrase: Phrase): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matchPhraseAt(tokens, phrase, i);
    if (match) matches.push(match);
  }
  return matches;
}
