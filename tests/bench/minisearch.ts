/**
 * The search library a developer would otherwise reach for: MiniSearch 7 (BM25 by default) over
 * the claims' texts, English stopwords removed, terms combined with OR; the top 5 are its answer.
 */
import MiniSearch from 'minisearch';
import { eng } from 'stopword';
import type { Claim } from '../../src/core/claims/schema';

const STOPWORDS = new Set(eng);
export const TOP = 5;

export type ClaimSearch = MiniSearch<{ id: string; text: string }>;

export function buildSearch(claims: readonly Claim[]): ClaimSearch {
  const search: ClaimSearch = new MiniSearch({
    fields: ['text'],
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return STOPWORDS.has(lower) ? null : lower;
    },
    searchOptions: { combineWith: 'OR' },
  });
  search.addAll(claims.map((claim) => ({ id: claim.id, text: claim.text })));
  return search;
}

/** Ids of the top 5 claims for a sentence. */
export const topClaims = (search: ClaimSearch, sentence: string): string[] =>
  search
    .search(sentence)
    .slice(0, TOP)
    .map((result) => String(result.id));
