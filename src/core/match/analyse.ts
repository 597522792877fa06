import { readMarkers, type Markers } from '../text/markers';
import { tokenize, type Token } from '../text/tokens';
import { extractValues, type Value } from '../text/values';
import type { ClaimIndex, WordingIndex } from './index';
import { matchPhraseAt, type Phrase, type PhraseMatch } from './phrase';

export interface Mention {
  readonly entity: string;
  readonly kind: string;
  /** Token range of the alias. */
  readonly from: number;
  readonly to: number;
}

/** Everything the verifier reads from one sentence, computed once and shared by all claims. */
export interface SentenceAnalysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly markers: Markers;
  /** Values with the token index they start at. */
  readonly values: readonly (Value & { readonly token: number })[];
  readonly mentions: readonly Mention[];
  readonly entityIds: ReadonlySet<string>;
  /** Where each of the index's wordings occurs (only wordings that occur are present). */
  readonly wordingMatches: ReadonlyMap<Phrase, readonly PhraseMatch[]>;
  /** The retrieval keys of the wordings that occur (`rel:membership`, `claim:<id>`). */
  readonly wordingKeys: ReadonlySet<string>;
}

/** Matches of a wording in the sentence (none when it does not occur). */
export function matchesOf(analysis: SentenceAnalysis, phrase: Phrase): readonly PhraseMatch[] {
  return analysis.wordingMatches.get(phrase) ?? [];
}

/** One pass over the tokens: each tries only the wordings that can start with it. */
function findWordings(
  tokens: readonly Token[],
  wordings: WordingIndex,
): { matches: Map<Phrase, PhraseMatch[]>; keys: Set<string> } {
  const matches = new Map<Phrase, PhraseMatch[]>();
  const keys = new Set<string>();
  const tryAt = (phrases: readonly Phrase[] | undefined, at: number): void => {
    for (const phrase of phrases ?? []) {
      const match = matchPhraseAt(tokens, phrase, at);
      if (!match) continue;
      const list = matches.get(phrase);
      if (list) list.push(match);
      else matches.set(phrase, [match]);
      for (const key of wordings.keys.get(phrase) ?? []) keys.add(key);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    tryAt(wordings.byFirst.get(token.stem), i);
    if (token.norm !== token.stem) tryAt(wordings.byFirst.get(token.norm), i);
    tryAt(wordings.byPrefix.get(token.norm.slice(0, 3)), i);
  }
  return { matches, keys };
}

function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entity mentions, longest alias first at each position; implied entities are added too. */
function findMentions(
  tokens: readonly Token[],
  index: ClaimIndex,
  pageRelevant: boolean,
): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const candidates = [
      ...(index.aliasesByFirstWord.get(token.norm) ?? []),
      ...index.prefixAliases.filter((alias) =>
        token.norm.startsWith(alias.phrase.words[0]?.word ?? '\u0000'),
      ),
    ];
    let longest = 0;
    const found: Mention[] = [];
    for (const alias of candidates) {
      if (alias.contextual && !pageRelevant) continue;
      const match = matchPhraseAt(tokens, alias.phrase, i);
      if (!match) continue;
      const length = match.to - match.from;
      if (length > longest) {
        longest = length;
        found.length = 0;
      }
      if (length === longest) {
        found.push({
          entity: alias.entity.id,
          kind: alias.entity.kind,
          from: match.from,
          to: match.to,
        });
        for (const implied of alias.entity.implies ?? []) {
          const entity = index.entities.get(implied);
          if (entity)
            found.push({ entity: implied, kind: entity.kind, from: match.from, to: match.to });
        }
      }
    }
    mentions.push(...found);
    if (longest > 1) i += longest - 1;
  }
  return mentions;
}

export function analyseSentence(
  text: string,
  index: ClaimIndex,
  pageRelevant: boolean,
): SentenceAnalysis {
  const tokens = tokenize(text);
  const mentions = findMentions(tokens, index, pageRelevant);
  const wordings = findWordings(tokens, index.wordings);
  return {
    wordingMatches: wordings.matches,
    wordingKeys: wordings.keys,
    text,
    tokens,
    markers: readMarkers(text, tokens),
    values: extractValues(text).map((value) => ({ ...value, token: tokenAt(tokens, value.start) })),
    mentions,
    entityIds: new Set(mentions.map((mention) => mention.entity)),
  };
}
