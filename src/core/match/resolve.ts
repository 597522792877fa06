import { PAGE_SUBJECT } from './index';
import type { Candidate, ClaimOutcome } from './verify';

/**
 * Turns what every claim made of one sentence into the sentence's flags. Saying no is the point:
 * - a matched `unverified` claim silences the sentence (its subject is one we cannot vouch for);
 * - a contradiction resting on a value that another matched claim agrees with is dropped
 *   ("joined the UN in 1971, two years after the UPU": 1971 is the UN's year, not the UPU's);
 * - one value cannot contradict two claims: it goes to the nearer predicate, and a tie drops both;
 * - a claim the sentence may get wrong (a false claim repeated but unsure of its subject, a date
 *   wrong unless its unstated year is) leaves its facts' supported claims in doubt;
 * - claims on the same fact that disagree cancel out,
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
    // A value that another claim owns cannot contradict this one — unless both were read
    // through the same words with this claim's entity as their object: a list under one year
    // ("1981: the IMF, the World Bank and the ADB") gives the year to each.
    const own = matched.find((outcome) => outcome.claim.id === candidate.claim.id)?.wording;
    if (
      matched.some(
        (other) =>
          other.claim.id !== candidate.claim.id &&
          other.agreedAt.includes(at) &&
          // Of one fact, a claim with another value of its own for the slot leaves this one to
          // its neighbour ("an observer at the WTO since 1999 and applied in the same year").
          (!sharesFact(other.claim, candidate.claim) ||
            (other.agreedAlone ?? other.agreedAt).includes(at)) &&
          !(
            own?.role === 'object' &&
            other.wording?.from === own.from &&
            other.wording.to === own.to &&
            other.wording.carried === own.carried
          ),
      )
    )
      return false;
    // Two claims contradicted by one value: it belongs to the one whose entity is the object of its
    // wording, over one that is only a place or a point of comparison ("established on 30 October
    // 2024 … signed at the Permanent Mission"); between equals, to the nearer; a tie is unsure.
    const rivals = candidates.filter((other) => other !== candidate && other.conflictAt === at);
    const isObject = (c: Candidate): boolean =>
      matched.find((outcome) => outcome.claim.id === c.claim.id)?.wording?.role === 'object';
    const mine = candidate.conflictDistance ?? 0;
    return rivals.every((other) =>
      isObject(candidate) !== isObject(other)
        ? isObject(candidate)
        : mine < (other.conflictDistance ?? 0),
    );
  });
  const wordingOf = (candidate: Candidate): ClaimOutcome['wording'] =>
    matched.find((outcome) => outcome.claim.id === candidate.claim.id)?.wording;
  const result: Candidate[] = [];
  for (const all of groupBySharedFacts(kept)) {
    let group = all;
    if (new Set(group.map((candidate) => candidate.verdict)).size > 1) {
      // One part right, one part wrong ("joined in 1971 as the 127th member"; "ended its aid in
      // 2023 and closed its embassy", when it never had one): the wrong part is what the reader
      // needs, when it is certain: a wrong value, or a false statement asserted in words of its
      // own. Disagreement read through the same words is doubt: no flag.
      const supportedWords = group
        .filter((candidate) => candidate.verdict === 'supported')
        .map(wordingOf);
      const apart = (candidate: Candidate): boolean => {
        const own = wordingOf(candidate);
        return (
          !!own &&
          supportedWords.every(
            (other) =>
              !!other &&
              // Words of another reading of the sentence (a carried relation) are another clause.
              (other.carried !== own.carried || other.to <= own.from || own.to <= other.from),
          )
        );
      };
      group = group.filter(
        (candidate) =>
          candidate.verdict === 'contradicted' &&
          (candidate.conflictAt !== undefined ||
            (candidate.claim.verdict !== 'true' && apart(candidate))),
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
  // "Israel followed in December 2020, as part of the Abraham Accords" (the false half repeated,
  // unsure only of whose it is), "his first foreign trip, to India in January" (a month that
  // conflicts unless the year is not the page's): the right half is left in doubt.
  const repeated = matched.filter((outcome) => outcome.castsDoubt);
  return dropRightPartOfWrong(result).filter(
    (candidate) =>
      candidate.verdict !== 'supported' ||
      !repeated.some((outcome) => sharesFact(outcome.claim, candidate.claim)),
  );
}

/** The two claims rest on a brief fact in common. */
const sharesFact = (a: Candidate['claim'], b: Candidate['claim']): boolean =>
  a.facts.some((fact) => b.facts.includes(fact));

const partiesOf = (candidate: Candidate): Set<string> =>
  new Set(candidate.claim.match.entities.flat().filter((entity) => entity !== PAGE_SUBJECT));

/**
 * "The Philippines became Bhutan's 57th partner country on 6 October 2025": the right date (F69)
 * and the wrong ordinal (a claim resting on F37 and F69) are one fact said half wrong. A supported
 * flag is dropped when a certain contradiction of the same party (or of Bhutan's own count) rests
 * on every fact it rests on.
 */
function dropRightPartOfWrong(result: readonly Candidate[]): Candidate[] {
  const wrong = result.filter(
    (candidate) => candidate.verdict === 'contradicted' && candidate.conflictAt !== undefined,
  );
  return result.flatMap((candidate) => {
    if (candidate.verdict !== 'supported') return [candidate];
    const parties = partiesOf(candidate);
    const dropped = wrong.some((other) => {
      if (!candidate.claim.facts.every((fact) => other.claim.facts.includes(fact))) return false;
      // A claim about Bhutan alone (its partner count) shares the fact, and so the sentence.
      const theirs = partiesOf(other);
      return theirs.size === 0 || [...theirs].some((party) => parties.has(party));
    });
    if (dropped) return [];
    // "11 December 2020 — Israel, …, taking the count to 54": the count is right and rests on
    // Israel's fact too, whose date the sentence gets wrong; the supported flag keeps only the
    // facts the sentence does not contradict.
    const contradicted = new Set(wrong.flatMap((other) => other.facts ?? other.claim.facts));
    const facts = candidate.facts ?? candidate.claim.facts;
    if (!facts.some((fact) => contradicted.has(fact))) return [candidate];
    const left = facts.filter((fact) => !contradicted.has(fact));
    return left.length ? [{ ...candidate, facts: left }] : [];
  });
}

/**
 * Candidates group by the fact their claim rests on first. A group that agrees with another and
 * whose fact the other also rests on joins it ("the 58th partner" and "relations from 6 October
 * 2025" are one flag); a claim that merely cites another fact's source does not link them.
 */
function groupBySharedFacts(candidates: readonly Candidate[]): Candidate[][] {
  const byPrimary = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const primary = candidate.claim.facts[0] ?? candidate.claim.id;
    byPrimary.set(primary, [...(byPrimary.get(primary) ?? []), candidate]);
  }
  const groups = [...byPrimary.entries()].map(([primary, members]) => ({ primary, members }));
  const verdictOf = (members: readonly Candidate[]): string | undefined =>
    new Set(members.map((member) => member.verdict)).size === 1 ? members[0]?.verdict : undefined;
  for (const group of [...groups]) {
    const verdict = verdictOf(group.members);
    if (!verdict) continue;
    const host = groups.find(
      (other) =>
        other !== group &&
        verdictOf(other.members) === verdict &&
        other.members.some((member) => member.claim.facts.includes(group.primary)),
    );
    if (!host) continue;
    host.members = [...host.members, ...group.members];
    groups.splice(groups.indexOf(group), 1);
  }
  return groups.map((group) => group.members);
}

/**
 * A matched unverified claim that `oneObjectPerWording` cannot take out (it has no relation and
 * wording to share with another claim, or its entity is the wording's object): `resolveSentence`
 * gives its sentence no flag whatever else the sentence matches.
 */
export function silences(outcome: ClaimOutcome): boolean {
  return (
    outcome.matched &&
    outcome.claim.verdict === 'unverified' &&
    (!outcome.wording || !outcome.claim.match.relation || outcome.wording.role === 'object')
  );
}

/**
 * The outcomes of verifying the candidates, in their order. With `mayStop`, the unverified ones
 * are verified first, and one that silences the sentence (see `silences`) leaves the rest
 * unverified: `silenced`, and `outcomes` holds only what was verified. On a large pack most of a
 * relevant page's verification is in such sentences (at 10k claims, 39 of the 5,000-word
 * article's 264 sentences hold 81% of its candidates).
 */
export function verifyCandidates<T extends { readonly claim: ClaimOutcome['claim'] }>(
  candidates: readonly T[],
  verify: (candidate: T) => ClaimOutcome,
  mayStop: boolean,
): { outcomes: ClaimOutcome[]; silenced: boolean } {
  if (!mayStop) return { outcomes: candidates.map(verify), silenced: false };
  let early: (ClaimOutcome | undefined)[] | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i] as T;
    if (candidate.claim.verdict !== 'unverified') continue;
    const outcome = verify(candidate);
    early ??= new Array<ClaimOutcome | undefined>(candidates.length);
    early[i] = outcome;
    if (silences(outcome))
      return { outcomes: early.filter((o): o is ClaimOutcome => o !== undefined), silenced: true };
  }
  const verified = early;
  return {
    outcomes: verified
      ? candidates.map((candidate, i) => verified[i] ?? verify(candidate))
      : candidates.map(verify),
    silenced: false,
  };
}

/**
 * One wording states one relation with one object: where claims of the same relation were read
 * through the same words ("took up membership of ESCAP, the world body's regional commission"),
 * the claim whose entity stands nearest to them keeps the wording; the others drop out.
 */
function oneObjectPerWording(matched: readonly ClaimOutcome[]): ClaimOutcome[] {
  const key = (outcome: ClaimOutcome): string | undefined =>
    outcome.wording && outcome.claim.match.relation
      ? `${outcome.claim.match.relation}:${outcome.wording.carried ? 'carried:' : ''}${outcome.wording.from}:${outcome.wording.to}`
      : undefined;
  const nearest = new Map<string, number>();
  for (const outcome of matched) {
    const k = key(outcome);
    if (k && outcome.wording)
      nearest.set(k, Math.min(nearest.get(k) ?? Number.POSITIVE_INFINITY, outcome.wording.reach));
  }
  return matched.filter((outcome) => {
    const k = key(outcome);
    // Only a modifier or a point of comparison gives way; objects listed together share it.
    return (
      !k ||
      !outcome.wording ||
      outcome.wording.role === 'object' ||
      outcome.wording.reach <= (nearest.get(k) ?? 0)
    );
  });
}
