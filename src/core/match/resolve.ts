import type { Candidate, ClaimOutcome } from './verify';

/**
 * Turns what every claim made of one sentence into the sentence's flags. Saying no is the point:
 * - a matched `unverified` claim silences the sentence (its subject is one we cannot vouch for);
 * - a contradiction resting on a value that another matched claim agrees with is dropped
 *   ("joined the UN in 1971, two years after the UPU": 1971 is the UN's year, not the UPU's);
 * - one value cannot contradict two claims: it goes to the nearer predicate, and a tie drops both;
 * - claims on the same fact (or on facts linked through another claim) that disagree cancel out,
 *   unless one of them rests on a wrong value, which then stands alone; otherwise the most
 *   confident one stays: one flag per fact and sentence.
 */
export function resolveSentence(outcomes: readonly ClaimOutcome[]): Candidate[] {
  const matched = oneObjectPerWording(outcomes.filter((outcome) => outcome.matched));
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
  const result: Candidate[] = [];
  for (const all of groupBySharedFacts(kept)) {
    let group = all;
    if (new Set(group.map((candidate) => candidate.verdict)).size > 1) {
      // One part right, one value wrong ("joined in 1971 as the 127th member"): the wrong value is
      // what the reader needs. Disagreement without a value to point at is doubt: no flag.
      group = group.filter(
        (candidate) => candidate.verdict === 'contradicted' && candidate.conflictAt !== undefined,
      );
      if (!group.length) continue;
    }
    // One flag per fact: the most confident claim, and of equals the one resting on more facts;
    // the flag names every fact the agreeing claims rest on.
    const best = group.reduce((chosen, candidate) =>
      candidate.confidence > chosen.confidence ||
      (candidate.confidence === chosen.confidence &&
        candidate.claim.facts.length > chosen.claim.facts.length)
        ? candidate
        : chosen,
    );
    const facts = [
      ...new Set(group.flatMap((candidate) => candidate.facts ?? candidate.claim.facts)),
    ];
    result.push(facts.length > best.claim.facts.length ? { ...best, facts } : best);
  }
  return result;
}

/** Candidates whose claims share a brief fact, directly or through another, form one group. */
function groupBySharedFacts(candidates: readonly Candidate[]): Candidate[][] {
  const groups: { facts: Set<string>; members: Candidate[] }[] = [];
  for (const candidate of candidates) {
    const facts = candidate.claim.facts.length ? candidate.claim.facts : [candidate.claim.id];
    const joined = groups.filter((group) => facts.some((fact) => group.facts.has(fact)));
    const into = { facts: new Set(facts), members: [candidate] };
    for (const group of joined) {
      for (const fact of group.facts) into.facts.add(fact);
      into.members = [...group.members, ...into.members];
      groups.splice(groups.indexOf(group), 1);
    }
    groups.push(into);
  }
  return groups.map((group) => group.members);
}

/**
 * One wording states one relation with one object: where claims of the same relation were read
 * through the same words ("took up membership of ESCAP, the world body's regional commission"),
 * the claim whose entity stands nearest to them keeps the wording; the others drop out.
 */
function oneObjectPerWording(matched: readonly ClaimOutcome[]): ClaimOutcome[] {
  const key = (outcome: ClaimOutcome): string | undefined =>
    outcome.wording && outcome.claim.match.relation
      ? `${outcome.claim.match.relation}:${outcome.wording.from}:${outcome.wording.to}`
      : undefined;
  const nearest = new Map<string, number>();
  for (const outcome of matched) {
    const k = key(outcome);
    if (k && outcome.wording)
      nearest.set(k, Math.min(nearest.get(k) ?? Number.POSITIVE_INFINITY, outcome.wording.reach));
  }
  return matched.filter((outcome) => {
    const k = key(outcome);
    return !k || !outcome.wording || outcome.wording.reach <= (nearest.get(k) ?? 0);
  });
}
