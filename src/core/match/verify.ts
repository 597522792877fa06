import type { Claim, Slot } from '../claims/schema';
import type { SentenceAnalysis } from './analyse';
import { PAGE_SUBJECT, type ClaimIndex, type CompiledClaim } from './index';
import { findPhrase, type PhraseMatch } from './phrase';
import {
  agreementReason,
  asOfNote,
  capitalise,
  conflictReason,
  type ReasonContext,
} from './reason';
import { judgeSlots, timelineValue, type SlotJudgement } from './slots';

export type FlagVerdict = 'supported' | 'contradicted';

export interface Candidate {
  readonly claim: Claim;
  readonly verdict: FlagVerdict;
  readonly reason: string;
  readonly confidence: number;
  /** Offset of the value the contradiction rests on, if it rests on one. */
  readonly conflictAt?: number;
  /** How far that value stands from the claim's predicate, in words. */
  readonly conflictDistance?: number;
}

/** What one claim made of one sentence. */
export interface ClaimOutcome {
  readonly claim: Claim;
  /** Entities and predicate were found: the sentence talks about this claim's subject. */
  readonly matched: boolean;
  /** Offsets of values that agree with this claim: they belong to it, not to a neighbour. */
  readonly agreedAt: readonly number[];
  readonly candidate?: Candidate;
  /** Why a matched claim did not become a candidate (for debugging and tests). */
  readonly dropped?: string;
}

export interface VerifyContext {
  readonly index: ClaimIndex;
  readonly pageRelevant: boolean;
  /** The article's date (YYYY-MM-DD) or today's when it gives none. */
  readonly pageDate: string;
  /** Whether the page stated its own date. */
  readonly pageDated: boolean;
}

// A country after these words is a place, a partner or a comparison, not the one acting.
const AGENT_PREPOSITIONS = new Set([
  'in',
  'at',
  'into',
  'within',
  'across',
  'near',

  'by',
  'with',
  'from',
  'to',
  'against',
  'than',
  'between',
  'like',
  'unlike',
  'and',
  'nor',
  'or',
  'of',
  'towards',
  'toward',
]);
const MAX_CONFLICT_DISTANCE = 12;
const MAX_SAME_CLAUSE_DISTANCE = 20;

const noMatch = (claim: Claim): ClaimOutcome => ({ claim, matched: false, agreedAt: [] });

/**
 * The predicate match that states this claim: an asserted one if there is any, and of those the
 * nearest to the claim's most specific entity ("joined the Colombo Plan in 1962, became a UN member
 * in 1972": for the UN claim, "member", not "joined").
 */
function choosePredicate(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
): { match: PhraseMatch; asserted: boolean; why?: string; all: PhraseMatch[] } | null {
  const groups = compiled.claim.match.entities;
  const anchorIds = new Set(
    (groups.find((group) => !group.includes(PAGE_SUBJECT)) ?? groups[0] ?? []).flat(),
  );
  const anchors = analysis.mentions.filter((mention) => anchorIds.has(mention.entity));
  const distance = (match: PhraseMatch): number =>
    anchors.length
      ? anchors.reduce(
          (min, a) =>
            Math.min(
              min,
              a.to <= match.from ? match.from - a.to : a.from >= match.to ? a.from - match.to : 0,
            ),
          Infinity,
        )
      : 0;
  let best: { match: PhraseMatch; asserted: boolean; why?: string; distance: number } | null = null;
  const all: PhraseMatch[] = [];
  for (const phrase of compiled.predicates) {
    for (const match of findPhrase(analysis.tokens, phrase)) {
      const why =
        analysis.markers.nonAssertion.get(match.from) ??
        analysis.markers.nonAssertion.get(match.to - 1);
      const candidate = {
        match,
        asserted: !why,
        ...(why ? { why } : {}),
        distance: distance(match),
      };
      if (!why) all.push(match);
      if (
        !best ||
        (candidate.asserted && !best.asserted) ||
        (candidate.asserted === best.asserted && candidate.distance < best.distance)
      )
        best = candidate;
    }
  }
  return best ? { ...best, all } : null;
}

/** Another country, not a party to the claim, stands closer to the predicate: someone else did it. */
function someoneElse(claim: Claim, analysis: SentenceAnalysis, predicate: PhraseMatch): boolean {
  const parties = new Set(claim.match.entities.flat());
  // Only a claim about countries can be taken over by another country.
  if (
    !analysis.mentions.some((mention) => mention.kind === 'country' && parties.has(mention.entity))
  )
    return false;
  const distance = (from: number, to: number): number =>
    to <= predicate.from ? predicate.from - to : from >= predicate.to ? from - predicate.to : 0;
  let nearestParty = Number.POSITIVE_INFINITY;
  let nearestOther = Number.POSITIVE_INFINITY;
  for (const mention of analysis.mentions) {
    if (mention.kind !== 'country') continue;
    const d = distance(mention.from, mention.to);
    if (parties.has(mention.entity)) nearestParty = Math.min(nearestParty, d);
    else if (!AGENT_PREPOSITIONS.has(analysis.tokens[mention.from - 1]?.norm ?? ''))
      nearestOther = Math.min(nearestOther, d);
  }
  return nearestOther < nearestParty && nearestOther <= 3;
}

/**
 * A value belongs to a predicate when it stands in the predicate's clause (within a sentence-length
 * reach), or opens the sentence just before it ("In 1972, …"). Any asserted match of the claim's
 * predicates may hold it ("joined in 1971, becoming the 127th member").
 */
function boundToPredicate(
  analysis: SentenceAnalysis,
  judgement: SlotJudgement,
  predicates: readonly PhraseMatch[],
): boolean {
  const valueToken = analysis.tokens.findIndex((token) => token.end > judgement.at);
  const valueClause = analysis.tokens[valueToken]?.clause;
  if (valueClause === undefined) return false;
  return predicates.some((predicate) => {
    const predicateClause = analysis.tokens[predicate.from]?.clause;
    const distance =
      valueToken < predicate.from
        ? predicate.from - valueToken
        : Math.max(0, valueToken - predicate.to + 1);
    if (predicateClause === valueClause) return distance <= MAX_SAME_CLAUSE_DISTANCE;
    const opener = analysis.tokens.filter((token) => token.clause === valueClause);
    return (
      valueClause === analysis.tokens[0]?.clause &&
      predicateClause === valueClause + 1 &&
      opener.length <= 6 &&
      distance <= MAX_CONFLICT_DISTANCE
    );
  });
}

export function verifyClaim(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  context: VerifyContext,
): ClaimOutcome {
  const { claim } = compiled;

  let implicit = false;
  for (const group of claim.match.entities) {
    if (group.some((id) => analysis.entityIds.has(id))) continue;
    if (group.includes(PAGE_SUBJECT) && context.pageRelevant && claim.match.entities.length > 1)
      implicit = true;
    else return noMatch(claim);
  }
  // Exclusions after the cheap entity test: most claims fail on entities.
  if (compiled.exclude.some((phrase) => findPhrase(analysis.tokens, phrase).length > 0))
    return noMatch(claim);
  const predicate = choosePredicate(compiled, analysis);
  if (!predicate) return noMatch(claim);

  const slots = judgeSlots(
    claim.slots,
    analysis,
    predicate.match,
    context.pageDate,
    predicate.all.length ? predicate.all : [predicate.match],
  );
  if (slots.missingRequired) return noMatch(claim);
  const agreedAt = slots.agreements.map((judgement) => judgement.at);
  const matched = (dropped: string): ClaimOutcome => ({ claim, matched: true, agreedAt, dropped });

  if (claim.verdict === 'unverified') return matched('unverified claim: never flags');
  if (!predicate.asserted) return matched(`not an assertion (${predicate.why})`);
  if (someoneElse(claim, analysis, predicate.match))
    return matched('another country is the subject');

  const reasonContext: ReasonContext = {
    pageDate: context.pageDate,
    placeName: (id) => context.index.entities.get(id)?.name ?? id,
    timeline: timelineValue,
  };
  const negated = analysis.markers.negated.has(predicate.match.from);
  const asserts = negated === (claim.match.negative ?? false);
  // The value bound to the chosen predicate wins; failing that, one bound to another of its matches.
  const conflict =
    slots.conflicts.find((judgement) => boundToPredicate(analysis, judgement, [predicate.match])) ??
    slots.conflicts.find((judgement) => boundToPredicate(analysis, judgement, predicate.all));
  const agreement = slots.agreements[0];
  const claimIsTrue = claim.verdict === 'true';
  const stated = slots.agreements.length + slots.conflicts.length > 0;

  let verdict: FlagVerdict;
  let reason: string;
  let confidence = stated ? 0.9 : 0.8;
  if (asserts) {
    if (claimIsTrue && conflict) {
      verdict = 'contradicted';
      reason = conflictReason(conflict, reasonContext);
      if (conflict.distance > 6) confidence -= 0.1;
      if (conflict.yearless) confidence -= 0.15;
    } else if (claimIsTrue) {
      // A claim that is about a value is only confirmed by a sentence that states the value.
      if (!agreement && claim.slots.some((slot) => slot.kind !== 'place'))
        return matched("states none of the claim's values");
      verdict = 'supported';
      reason = agreement
        ? agreementReason(agreement, reasonContext)
        : `Agrees with the vetted record: ${claim.text}`;
      if (agreement?.precision === 'day') confidence += 0.05;
    } else {
      // A false claim pinned to a value ("independence in 1949") is only repeated with that value.
      if (conflict && !agreement) return matched('states a different value than the false claim');
      verdict = 'contradicted';
      reason = claim.correction ?? `Vetted sources contradict this: ${claim.text}`;
    }
  } else if (claimIsTrue && conflict) {
    // "Bhutan did not join the UN in 1972": denying a wrong value agrees with the record.
    verdict = 'supported';
    reason = `${capitalise(conflictReason(conflict, reasonContext).replace(/, not .*$/, ''))}, indeed not ${conflict.stated}.`;
    confidence -= 0.1;
  } else if (claimIsTrue) {
    verdict = 'contradicted';
    reason = `The vetted record says otherwise: ${claim.text}`;
    confidence = 0.65;
  } else {
    verdict = 'supported';
    reason = claim.correction
      ? `Right: ${claim.correction}`
      : `Right: vetted sources contradict the opposite claim.`;
  }

  if (implicit) {
    // Page context may confirm a precise statement, never condemn one.
    const precise = agreement && (agreement.precision === 'day' || agreement.precision === 'value');
    if (verdict !== 'supported' || !precise)
      return matched('Bhutan only implied: needs an exact agreeing value');
    confidence -= 0.15;
  }
  if (
    verdict === 'contradicted' &&
    claim.since &&
    context.pageDated &&
    context.pageDate < claim.since
  ) {
    return matched('the article predates the change');
  }
  reason += asOfNote(claim);
  return {
    claim,
    matched: true,
    agreedAt,
    candidate: {
      claim,
      verdict,
      reason,
      confidence: Math.round(Math.min(1, confidence) * 100) / 100,
      ...(conflict && verdict === 'contradicted'
        ? { conflictAt: conflict.at, conflictDistance: conflict.distance }
        : {}),
    },
  };
}

export type { Slot };
