import type { Candidate, ClaimOutcome } from './verify';

/**
 * Turns what every claim made of one sentence into the sentence's flags. Saying no is the point:
 * - a matched `unverified` claim silences the sentence (its subject is one we cannot vouch for);
 * - a contradiction resting on a value that another matched claim agrees with is dropped
 *   ("joined the UN in 1971, two years after the UPU": 1971 is the UN's year, not the UPU's);
 * - one value cannot contradict two claims: it goes to the nearer predicate, and a tie drops both;
 * - claims on the same fact that disagree cancel out, unless one of them rests on a wrong value,
 *   which then stands alone; otherwise the most confident one stays.
 */
export function resolveSentence(outcomes: readonly ClaimOutcome[]): Candidate[] {
  const matched = outcomes.filter((outcome) => outcome.matched);
  if (matched.some((outcome) => outcome.claim.verdict === 'unverified')) return [];
  const candidates = matched.flatMap((outcome) => (outcome.candidate ? [outcome.candidate] : []));
  const kept = candidates.filter((candidate) => {
    const at = candidate.conflictAt;
    if (at === undefined) return true;
    if (
      matched.some((other) => other.claim.id !== candidate.claim.id && other.agreedAt.includes(at))
    )
      return false;
    // Two claims contradicted by one value: it belongs to the one whose predicate is nearer; a tie is unsure.
    const rivals = candidates.filter((other) => other !== candidate && other.conflictAt === at);
    const mine = candidate.conflictDistance ?? 0;
    return rivals.every((other) => mine < (other.conflictDistance ?? 0));
  });
  const byFact = new Map<string, Candidate[]>();
  for (const candidate of kept) {
    const key = candidate.claim.facts.length
      ? [...candidate.claim.facts].sort().join('+')
      : candidate.claim.id;
    byFact.set(key, [...(byFact.get(key) ?? []), candidate]);
  }
  const result: Candidate[] = [];
  for (const all of byFact.values()) {
    let group = all;
    if (new Set(group.map((candidate) => candidate.verdict)).size > 1) {
      // One part right, one value wrong ("joined in 1971 as the 127th member"): the wrong value is
      // what the reader needs. Disagreement without a value to point at is doubt: no flag.
      group = group.filter(
        (candidate) => candidate.verdict === 'contradicted' && candidate.conflictAt !== undefined,
      );
      if (!group.length) continue;
    }
    result.push(
      group.reduce((best, candidate) =>
        candidate.confidence > best.confidence ? candidate : best,
      ),
    );
  }
  return result;
}
