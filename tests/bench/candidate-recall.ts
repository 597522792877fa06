/**
 * Whether the engine verified a right claim for each labelled sentence: one whole-page check of
 * each labelled page with `explain`, which lists every claim verified for each sentence (its
 * candidates, whatever they made of it). A right claim is one resting on the label's fact.
 */
import { checkPage, type Explanation } from '../../src/core/check';
import type { Claim } from '../../src/core/claims/schema';
import type { ClaimIndex } from '../../src/core/match/index';
import { TODAY, type LabelledPage } from './fixtures';

export interface LabelledEntry {
  readonly page: number;
  readonly sentence: number;
  readonly fact: string;
  readonly verdict: 'supported' | 'contradicted';
}

/** The labelled entries for which a claim resting on their fact was among the claims verified. */
export function candidateHits(
  index: ClaimIndex,
  claims: readonly Claim[],
  pages: readonly LabelledPage[],
  labelled: readonly LabelledEntry[],
): Set<LabelledEntry> {
  const rightIds = new Map<string, Set<string>>();
  for (const claim of claims)
    for (const fact of claim.facts) {
      let ids = rightIds.get(fact);
      if (!ids) rightIds.set(fact, (ids = new Set()));
      ids.add(claim.id);
    }
  const hits = new Set<LabelledEntry>();
  for (const p of new Set(labelled.map((entry) => entry.page))) {
    const page = pages[p] as LabelledPage;
    const explain: Explanation[] = [];
    checkPage(page.page, index, { gated: true, today: TODAY, explain });
    // Each explanation names the claims verified for one sentence, as "<claim id>: …".
    const verified = new Map<string, Set<string>>();
    for (const line of explain) {
      let ids = verified.get(line.sentence);
      if (!ids) verified.set(line.sentence, (ids = new Set()));
      for (const outcome of line.outcomes) ids.add(outcome.slice(0, outcome.indexOf(':')));
    }
    for (const entry of labelled) {
      if (entry.page !== p) continue;
      const ids = verified.get(page.sentences[entry.sentence] as string);
      const right = rightIds.get(entry.fact);
      if (ids && right && [...ids].some((id) => right.has(id))) hits.add(entry);
    }
  }
  return hits;
}
