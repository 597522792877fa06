/**
 * Work shared across claims and sentences. Per word: what may start at it. Per sentence: the
 * matches of a list of wordings. The index hands claims of one relation the same arrays
 * of wordings (see index.ts), so the matches of such a list are found once per sentence, not
 * once per candidate claim.
 */
import type { Token } from '../text/tokens';
import type { SentenceAnalysis } from './analyse';
import type { Alias, ClaimIndex } from './index';
import type { Phrase, PhraseMatch } from './phrase';

const NONE: readonly PhraseMatch[] = [];

// Keyed by the sentence's own map of wording matches: copies of an analysis (`{ ...analysis }`)
// share it, and it goes when the sentence does.
const bySentence = new WeakMap<object, Map<readonly Phrase[], readonly PhraseMatch[]>>();

/** Every match of every phrase of the list, phrase by phrase in list order. Do not change it. */
export function matchesOfAll(
  analysis: SentenceAnalysis,
  phrases: readonly Phrase[],
): readonly PhraseMatch[] {
  if (!phrases.length) return NONE;
  let lists = bySentence.get(analysis.wordingMatches);
  if (!lists) bySentence.set(analysis.wordingMatches, (lists = new Map()));
  let found = lists.get(phrases);
  if (!found) {
    let all: PhraseMatch[] | undefined;
    for (const phrase of phrases) {
      const matches = analysis.wordingMatches.get(phrase);
      if (matches) for (const match of matches) (all ??= []).push(match);
    }
    found = all ?? NONE;
    lists.set(phrases, found);
  }
  return found;
}

/** What may start at a word: the index's wordings and aliases, looked up once per word. */
export interface WordStarts {
  /** Wordings by the word's stem, by the word itself, by its first three letters, in that order. */
  readonly wordings: readonly (readonly Phrase[])[];
  /** Aliases whose first word it is, then those whose first word is a prefix of it ("sino*"). */
  readonly aliases: readonly Alias[];
}

// Per index (its wordings object), per word; words seen on many pages stay, up to a bound.
const WORDS_KEPT = 50_000;
const byIndex = new WeakMap<object, Map<string, WordStarts>>();

export function wordStarts(index: ClaimIndex, token: Token): WordStarts {
  return startsIn(wordsOf(index), index, token);
}

/** What may start at each of the tokens (the index's word map looked up once, not per token). */
export function wordStartsOf(index: ClaimIndex, tokens: readonly Token[]): WordStarts[] {
  const words = wordsOf(index);
  const starts = new Array<WordStarts>(tokens.length);
  for (let i = 0; i < tokens.length; i++) starts[i] = startsIn(words, index, tokens[i] as Token);
  return starts;
}

function wordsOf(index: ClaimIndex): Map<string, WordStarts> {
  let words = byIndex.get(index.wordings);
  if (!words) byIndex.set(index.wordings, (words = new Map()));
  return words;
}

function startsIn(words: Map<string, WordStarts>, index: ClaimIndex, token: Token): WordStarts {
  const known = words.get(token.norm);
  if (known) return known;
  const { norm, stem } = token;
  const wordings: (readonly Phrase[])[] = [];
  const byStem = index.wordings.byFirst.get(stem);
  if (byStem) wordings.push(byStem);
  const byWord = norm !== stem ? index.wordings.byFirst.get(norm) : undefined;
  if (byWord) wordings.push(byWord);
  const byPrefix = index.wordings.byPrefix.get(norm.slice(0, 3));
  if (byPrefix) wordings.push(byPrefix);
  const aliases = [
    ...(index.aliasesByFirstWord.get(norm) ?? []),
    ...index.prefixAliases.filter((alias) =>
      norm.startsWith(alias.phrase.words[0]?.word ?? '\u0000'),
    ),
  ];
  const entry = { wordings, aliases };
  if (words.size < WORDS_KEPT) words.set(norm, entry);
  return entry;
}

// Per index: whether a wording is one of a relation's (retrieves under a `rel:` key).
const relationWordings = new WeakMap<object, Map<Phrase, boolean>>();

/** Whether the wording states a relation (one of its keys is `rel:…`). */
export function isRelationWording(index: ClaimIndex, phrase: Phrase): boolean {
  let known = relationWordings.get(index.wordings);
  if (!known) relationWordings.set(index.wordings, (known = new Map()));
  let relation = known.get(phrase);
  if (relation === undefined) {
    relation = (index.wordings.keys.get(phrase) ?? []).some((key) => key.startsWith('rel:'));
    known.set(phrase, relation);
  }
  return relation;
}
