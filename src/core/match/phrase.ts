import { tokenize, type Token } from '../text/tokens';

/** One word of a phrase; `gap` is how many other words may come before it. */
interface PhraseWord {
  readonly word: string;
  readonly prefix: boolean;
  readonly gap: number;
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

/** Compiles "establish* ... relation*" into words with prefix flags and allowed gaps. */
export function compilePhrase(source: string): Phrase {
  const words: PhraseWord[] = [];
  let gap = 0;
  for (const part of source.trim().split(/\s+/)) {
    if (part === '...' || part === '\u2026') {
      gap = MAX_GAP;
      continue;
    }
    const prefix = part.endsWith('*');
    const bare = prefix ? part.slice(0, -1) : part;
    const norms = /^(?:[a-z]\.)+[a-z]\.?$/i.test(bare)
      ? [bare.toLowerCase().replace(/\.$/, '')]
      : tokenize(bare).map((t) => t.norm);
    norms.forEach((norm, k) => {
      words.push({ word: norm, prefix: prefix && k === norms.length - 1, gap: k === 0 ? gap : 0 });
    });
    gap = 0;
  }
  return { source, words };
}

function wordMatches(token: Token | undefined, word: PhraseWord): boolean {
  if (!token) return false;
  return word.prefix ? token.norm.startsWith(word.word) : token.norm === word.word;
}

/** The match of `phrase` that starts at token `at`, if any. */
export function matchPhraseAt(
  tokens: readonly Token[],
  phrase: Phrase,
  at: number,
): PhraseMatch | null {
  const [first, ...rest] = phrase.words;
  if (!first || !wordMatches(tokens[at], first)) return null;
  let position = at + 1;
  for (const word of rest) {
    let found = -1;
    for (let k = position; k <= position + word.gap && k < tokens.length; k++) {
      if (wordMatches(tokens[k], word)) {
        found = k;
        break;
      }
    }
    if (found < 0) return null;
    position = found + 1;
  }
  return { from: at, to: position };
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
