import { readMarkers, type Markers } from '../text/markers';
import { tokenize, type Token } from '../text/tokens';
import { extractValues, type Value } from '../text/values';
import type { ClaimIndex } from './index';
import { matchPhraseAt } from './phrase';

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
    for (const mention of found) mentions.push(mention);
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
  return {
    text,
    tokens,
    markers: readMarkers(text, tokens),
    values: extractValues(text).map((value) => ({ ...value, token: tokenAt(tokens, value.start) })),
    mentions,
    entityIds: new Set(mentions.map((mention) => mention.entity)),
  };
}
