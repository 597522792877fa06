/**
 * Whether the engine verified a right claim for each labelled sentence, through the public API only
 * (the engine does not expose its candidate lists): check the sentence again with an index in which
 * the fact's claims also require an entity no page names; a right claim was a candidate when the
 * count of claims verified for the sentence drops. Removing the claims instead would shift entity
 * frequencies and with them where other claims are indexed; masking keeps every frequency as it was.
 */
import { checkPage, type CheckStats, type PageText } from '../../src/core/check';
import type { Entity, Pack } from '../../src/core/claims/schema';
import { buildIndex, type ClaimIndex } from '../../src/core/match/index';
import { TODAY, type LabelledPage } from './fixtures';
import { stepPage } from './steps';

export interface LabelledEntry {
  readonly page: number;
  readonly sentence: number;
  readonly fact: string;
  readonly verdict: 'supported' | 'contradicted';
}

const NEVER_NAMED: Entity = {
  id: 'bench-never-named',
  name: 'Never named',
  kind: 'thing',
  aliases: ['never named by any page'],
};

function masked(pack: Pack, fact: string): ClaimIndex {
  return buildIndex([
    {
      ...pack,
      entities: [...pack.entities, NEVER_NAMED],
      claims: pack.claims.map((claim) =>
        claim.facts.includes(fact)
          ? {
              ...claim,
              match: { ...claim.match, entities: [...claim.match.entities, [NEVER_NAMED.id]] },
            }
          : claim,
      ),
    },
  ]);
}

/** The sentence as a page of its own, in a block of the kind it had. */
function alone(page: LabelledPage, sentence: number): PageText {
  return {
    blocks: [
      { text: page.sentences[sentence] as string, kind: page.kinds[sentence] ?? 'paragraph' },
    ],
    ...(page.page.publishedAt ? { publishedAt: page.page.publishedAt } : {}),
  };
}

function verifiedAlone(page: LabelledPage, sentence: number, index: ClaimIndex): number {
  const stats: CheckStats = { sentences: 0, candidatesVerified: 0 };
  checkPage(alone(page, sentence), index, { gated: true, today: TODAY, stats });
  return stats.candidatesVerified;
}

type Counts = readonly (readonly number[])[];

/** True when a sentence checked alone verifies as many claims as inside its page. */
export function isContextFree(
  index: ClaimIndex,
  pages: readonly LabelledPage[],
  labelled: readonly LabelledEntry[],
  inPage: Counts,
): boolean {
  return labelled.every(
    (entry) =>
      verifiedAlone(pages[entry.page] as LabelledPage, entry.sentence, index) ===
      inPage[entry.page]?.[entry.sentence],
  );
}

/**
 * How many labelled sentences had a right claim among the claims verified for them; `inPage[p][s]`
 * is the count for sentence s of page p in a whole-page check with the full index. A context-free
 * engine gets each labelled sentence rechecked alone (cheap); otherwise its page up to it.
 */
export function candidateHits(
  pack: Pack,
  pages: readonly LabelledPage[],
  labelled: readonly LabelledEntry[],
  inPage: Counts,
  contextFree: boolean,
): Set<LabelledEntry> {
  const full = (entry: LabelledEntry): number => inPage[entry.page]?.[entry.sentence] ?? 0;
  const hits = new Set<LabelledEntry>();
  for (const fact of new Set(labelled.map((entry) => entry.fact))) {
    const maskedIndex = masked(pack, fact);
    const ofFact = labelled.filter((entry) => entry.fact === fact);
    if (contextFree) {
      for (const entry of ofFact) {
        const page = pages[entry.page] as LabelledPage;
        if (full(entry) - verifiedAlone(page, entry.sentence, maskedIndex) > 0) hits.add(entry);
      }
      continue;
    }
    for (const p of new Set(ofFact.map((entry) => entry.page))) {
      const onPage = ofFact.filter((entry) => entry.page === p);
      const last = Math.max(...onPage.map((entry) => entry.sentence));
      const without: number[] = [];
      stepPage(
        (pages[p] as LabelledPage).page,
        maskedIndex,
        (sentence, verified) => (without[sentence] = verified),
        last,
      );
      for (const entry of onPage)
        if (full(entry) - (without[entry.sentence] ?? 0) > 0) hits.add(entry);
    }
  }
  return hits;
}
