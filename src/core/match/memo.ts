/**
 * Work one sentence's claims share. The index hands claims of one relation the same arrays of
 * wordings (see index.ts), so the matches of such a list are found once per sentence, not once
 * per candidate claim.
 */
import type { SentenceAnalysis } from './analyse';
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
