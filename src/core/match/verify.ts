import type { Claim, Slot } from '../claims/schema';
import { matchesOf, type Mention, type SentenceAnalysis } from './analyse';
import { isRelationWording, matchesOfAll } from './memo';
import { RELATIONS } from '../frames/lexicon';
import { DATED_NOUNS, PLACE_NOUNS, QUALIFIED_NOUNS } from '../frames/nouns';
import { clauseInPast, pastJustBefore } from '../text/tense';
import { COMMON_WORDS } from '../discourse/common-words';
import { MONTHS } from '../text/numbers';
import { PAGE_SUBJECT, type ClaimIndex, type CompiledClaim } from './index';
import type { Phrase, PhraseMatch } from './phrase';
import {
  agreementReason,
  asOfNote,
  capitalise,
  conflictReason,
  type ReasonContext,
} from './reason';
import { DENIED_CELL } from '../page';
import { inRow, type Token } from '../text/tokens';
import { PLACE_HEADING_WORDS, PLACE_PREPOSITIONS } from './place-heading';
import { judgeSlots, timelineValue, type SlotJudgement } from './slots';
import type { DateValue } from '../text/values';

/** Why a claim is matched but not flagged when the sentence states none of its values. */
export const NO_VALUE = "states none of the claim's values";

export type FlagVerdict = 'supported' | 'contradicted';

export interface Candidate {
  readonly claim: Claim;
  /** The brief facts the flag rests on, when other agreeing claims add to the claim's own. */
  readonly facts?: readonly string[];
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
  /** Those of them that are the claim's only agreeing value for their slot. */
  readonly agreedAlone?: readonly number[];
  readonly candidate?: Candidate;
  /** Why a matched claim did not become a candidate (for debugging and tests). */
  readonly dropped?: string;
  /**
   * The sentence says something of this claim that may be wrong — a false claim it repeats, unsure
   * only of whose it is; a date that conflicts unless a year it did not state is wrong — so no
   * claim of its facts may be shown as supported beside it.
   */
  readonly castsDoubt?: true;
  /**
   * The wording the claim was read through, how far it stands from the claim's own entity, and
   * how that entity stands to it: as its object, as a possessive modifier ("the world body's
   * commission") or as a point of comparison ("two years after the UPU").
   */
  readonly wording?: {
    readonly from: number;
    readonly to: number;
    readonly reach: number;
    readonly role: 'object' | 'modifier' | 'compared' | 'apart';
    /** Read in a second reading of the sentence (a relation carried over): its own word positions. */
    readonly carried?: true;
  };
}

export interface VerifyContext {
  readonly index: ClaimIndex;
  readonly pageRelevant: boolean;
  /** The article's date (YYYY-MM-DD) or today's when it gives none. */
  readonly pageDate: string;
  /** Whether the page stated its own date. */
  readonly pageDated: boolean;
  /** The sentence is a list item, table row, cell or heading: its subject may go unsaid. */
  readonly fragment?: boolean;
  /** The sentence is a heading or caption: it asserts a relation only between two things it names. */
  readonly heading?: boolean;
  /** The page's title or the current section's heading names Bhutan. */
  readonly subjectFramed?: boolean;
  /**
   * The year an earlier sentence of the same block named ("8 August 1949 — The treaty is signed.
   * Under its Article II, Bhutan agrees …"): the time a chronology entry speaks of.
   */
  readonly blockYear?: number;
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
  'as',
  // A time set by another's deed: "two weeks after Germany", "After Germany in November 2020".
  'after',
  'before',
  'since',
  'following',
]);
const MAX_CONFLICT_DISTANCE = 12;
const MAX_SAME_CLAUSE_DISTANCE = 20;

/** The entity is one of the claim's arguments (in any of its groups). */
const isPartyOf = (claim: Claim, entity: string): boolean =>
  claim.match.entities.some((group) => group.includes(entity));

const noMatch = (claim: Claim, why: string): ClaimOutcome => ({
  claim,
  matched: false,
  agreedAt: [],
  dropped: why,
});

/**
 * The predicate match that states this claim: an asserted one if there is any, and of those the
 * nearest to the claim's most specific entity ("joined the Colombo Plan in 1962, became a UN member
 * in 1972": for the UN claim, "member", not "joined").
 */
function choosePredicate(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  fragment = false,
): {
  match: PhraseMatch;
  asserted: boolean;
  /** The wording itself denies the relation ("remains outside", "stayed away"). */
  negativeWording: boolean;
  why?: string;
  /** Words between the wording and the claim's most specific entity. */
  distance: number;
  all: PhraseMatch[];
} | null {
  const anchorIds = compiled.anchorGroup;
  const anchors = analysis.mentions.filter(
    (mention) => mention.from >= 0 && anchorIds.includes(mention.entity),
  );
  const distance = (match: PhraseMatch): number => {
    let nearest = anchors.length ? Number.POSITIVE_INFINITY : 0;
    for (const a of anchors)
      nearest = Math.min(
        nearest,
        a.to <= match.from ? match.from - a.to : a.from >= match.to ? a.from - match.to : 0,
      );
    return nearest;
  };
  // The relation's exclusions reach a few words; the claim's own, its whole clause.
  const byRelation = clauseExcluded(compiled.clauseExclude, analysis);
  const anchorCells = rowSubjectCells(compiled, analysis, anchors);
  const byClaim = clauseExcluded(
    compiled.exclude,
    analysis,
    Number.POSITIVE_INFINITY,
    true,
    anchorCells,
  );
  const excluded = (match: PhraseMatch): boolean => byRelation(match) || byClaim(match);
  type Choice = {
    match: PhraseMatch;
    asserted: boolean;
    negativeWording: boolean;
    why?: string;
    distance: number;
  };
  let best: Choice | null = null;
  const all: PhraseMatch[] = [];
  // "the governments that handle relations with Bhutan …, none of which has formal diplomatic
  // relations": a wording that also names a looser bond gives way to a firm one of the claim.
  const loose = new Set<PhraseMatch>();
  for (const phrase of compiled.loosePredicates)
    for (const match of analysis.wordingMatches.get(phrase) ?? []) loose.add(match);
  const firmer = (a: PhraseMatch, b: PhraseMatch): boolean => !loose.has(a) && loose.has(b);
  const consider = (phrases: readonly Phrase[], negativeWording: boolean): void => {
    for (const match of matchesOfAll(analysis, phrases)) {
      // The claim's own exclusions set the scene its wordings must not sit in ("the 1949
      // clause"); a wording that ends the relation ("its abrogation") speaks of that scene.
      if (negativeWording ? byRelation(match) : excluded(match)) continue;
      const why =
        analysis.markers.nonAssertion.get(match.from) ??
        analysis.markers.nonAssertion.get(match.to - 1);
      const candidate: Choice = {
        match,
        asserted: !why,
        negativeWording,
        ...(why ? { why } : {}),
        distance: distance(match),
      };
      if (!why) all.push(match);
      if (
        !best ||
        (candidate.asserted && !best.asserted) ||
        (candidate.asserted === best.asserted && firmer(candidate.match, best.match)) ||
        (candidate.asserted === best.asserted &&
          !firmer(best.match, candidate.match) &&
          candidate.distance < best.distance) ||
        // Of two wordings as near, the longer says more ("guided by … dropped" over "guided by").
        (candidate.asserted === best.asserted &&
          !firmer(best.match, candidate.match) &&
          candidate.distance === best.distance &&
          candidate.match.to - candidate.match.from > best.match.to - best.match.from)
      )
        best = candidate;
    }
  };
  consider(compiled.predicates, false);
  if (fragment) consider(compiled.headerPredicates, false);
  const positive = best as Choice | null;
  consider(compiled.negativePredicates, true);
  // A negative wording in the clause of the chosen positive one qualifies it ("the abrogation of
  // the clause requiring … guidance", "stayed away … instead of attending").
  const negative = negativeInClause(compiled, analysis, positive, byRelation);
  const chosen = (negative ?? best) as Choice | null;
  return chosen ? { ...chosen, all } : null;
}

/**
 * The cells of a row that speak of what the claim is about. A row is about what its first cell
 * names: "Oman | Established 15 March 2012 | First high-level visit from Oman …" names Oman again
 * in passing. Only a cell where the claim rules out the very name standing there ("Bhutanese
 * embassy in Bangkok" for Thailand's embassy in Thimphu) speaks of it too.
 */
function rowSubjectCells(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  anchors: readonly Mention[],
): ReadonlySet<number> {
  const cellOf = (mention: Mention): number => analysis.tokens[mention.from]?.cell ?? 0;
  const named = anchors.map(cellOf);
  if (!named.includes(0) || !inRow(analysis.tokens)) return new Set(named);
  const exclusions = matchesOfAll(analysis, compiled.exclude);
  return new Set([
    0,
    ...anchors
      .filter((mention) => exclusions.some((ex) => ex.from >= mention.from && ex.to <= mention.to))
      .map(cellOf),
  ]);
}

const NEGATIVE_REACH = 12;
const TURNS = new Set(['but', 'however', 'although', 'though', 'whereas', 'yet', 'while']);

function negativeInClause(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  positive: { match: PhraseMatch; asserted: boolean; distance: number } | null,
  excludedNegative: (match: PhraseMatch) => boolean,
): {
  match: PhraseMatch;
  asserted: boolean;
  negativeWording: boolean;
  distance: number;
} | null {
  if (!positive?.asserted) return null;
  const clause = analysis.tokens[positive.match.from]?.clause;
  // Same clause, or just before it with nothing that turns the sentence ("but") in between:
  // quotation marks around “guidance” open a clause of their own.
  const governs = (match: PhraseMatch): boolean => {
    if (analysis.tokens[match.from]?.clause === clause) return true;
    if (match.to > positive.match.from || positive.match.from - match.to > NEGATIVE_REACH)
      return false;
    for (let i = match.to; i < positive.match.from; i++)
      if (TURNS.has(analysis.tokens[i]?.norm ?? '')) return false;
    return true;
  };
  for (const match of matchesOfAll(analysis, compiled.negativePredicates))
    if (
      !excludedNegative(match) &&
      governs(match) &&
      !analysis.markers.nonAssertion.has(match.from)
    )
      return { match, asserted: true, negativeWording: true, distance: positive.distance };
  return null;
}

const CLAUSE_EXCLUDE_REACH = 4;

/**
 * A relation's exclusions rule out the wordings they touch: overlapping, or a few words away in
 * the same clause ("permanent member", "applied for membership"), not the whole sentence.
 */
function clauseExcluded(
  exclusions: readonly Phrase[],
  analysis: SentenceAnalysis,
  reach = CLAUSE_EXCLUDE_REACH,
  withAdjuncts = false,
  anchorCells?: ReadonlySet<number>,
): (match: PhraseMatch) => boolean {
  const found = matchesOfAll(analysis, exclusions);
  if (!found.length) return () => false;
  return (match) =>
    found.some((ex) => {
      const gap =
        ex.to <= match.from ? match.from - ex.to : ex.from >= match.to ? ex.from - match.to : 0;
      const here = analysis.tokens[match.from]?.clause ?? 0;
      const there = analysis.tokens[ex.from]?.clause ?? 0;
      // A wording with a gap that runs across clauses ("the first: … before India recognised")
      // is excluded by what stands in any clause it spans.
      const last = analysis.tokens[match.to - 1]?.clause ?? here;
      if (there > here && there <= last) return true;
      // In a table row, an exclusion in another cell counts only in the cell of what the claim
      // is about ("Event: observer status at the WTO"), not in a notes column beside it.
      const cell = analysis.tokens[ex.from]?.cell ?? 0;
      if (cell !== analysis.tokens[match.from]?.cell && !anchorCells?.has(cell)) return false;
      // "established relations on 23 May 1983 and marked the 40th anniversary in 2023": an
      // exclusion after "and" and a verb of its own speaks of the second deed.
      if (withAdjuncts && ex.from > match.to && secondDeedBetween(analysis, match.to, ex.from))
        return false;
      // "had held consular relations since 2000 and upgraded them to full diplomatic relations":
      // one before "and" and a verb of its own speaks of the first.
      if (withAdjuncts && ex.to <= match.from && secondDeedBetween(analysis, ex.from, match.from))
        return false;
      return (
        gap <= reach &&
        (here === there ||
          (withAdjuncts && (adjunctOf(analysis, here, there) || labelOf(analysis, here, there))))
      );
    });
}

/** An "and" followed by a past-tense verb ("and marked", "and opened") between two tokens. */
function secondDeedBetween(analysis: SentenceAnalysis, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++)
    if (
      analysis.tokens[k]?.norm === 'and' &&
      /[a-z]{3,}ed$/.test(analysis.tokens[k + 1]?.norm ?? '')
    )
      return true;
  return false;
}

// Prepositions that place the event itself (when, where, how, as part of what); "after", "before",
// "since" or "with" open another event ("after two decades of consular ties") and are left out.
const ADJUNCT_OPENERS = new Set([
  'in',
  'on',
  'at',
  'as',
  'during',
  'under',
  'within',
  'through',
  'via',
  'by',
  'amid',
]);

/**
 * "Israel followed in December 2020, as part of the Abraham Accords": a phrase set off by commas
 * that opens with a preposition belongs to the clause beside it. True when every clause from
 * `there` up to (not including) `here`, or after `here` up to `there`, is such a phrase.
 */
function adjunctOf(analysis: SentenceAnalysis, here: number, there: number): boolean {
  const [from, to] = there > here ? [here + 1, there] : [there, here - 1];
  const { tokens } = analysis;
  // One walk over the tokens: the first token of each clause in [from, to] must open an adjunct.
  for (let i = 0; i < tokens.length; i++) {
    const clause = tokens[i]?.clause ?? 0;
    if (clause > to) break;
    const opens = i === 0 || tokens[i - 1]?.clause !== clause;
    if (opens && clause >= from && !ADJUNCT_OPENERS.has(tokens[i]?.norm ?? '')) return false;
    // "…, under which Bhutan ceded the Duars for a subsidy": a relative clause, not an adjunct.
    if (opens && clause >= from && RELATIVE_AFTER_PREPOSITION.has(tokens[i + 1]?.norm ?? ''))
      return false;
  }
  return true;
}

const RELATIVE_AFTER_PREPOSITION = new Set(['which', 'whom', 'whose']);

const LABEL_TOKENS = 3;

/**
 * Clause `here` is a short label ending in a colon, and `there` comes after it: "Embassies: Royal
 * Bhutanese Embassy, Bangkok" is one statement, and what the value says the label is about.
 */
function labelOf(analysis: SentenceAnalysis, here: number, there: number): boolean {
  if (there <= here) return false;
  const clause = clauseSpans(analysis.tokens).get(here);
  if (!clause || clause.count > LABEL_TOKENS) return false;
  // A colon right after the clause's last word, past any spaces (no slice of the rest of the text).
  let at = analysis.tokens[clause.last]?.end ?? analysis.text.length;
  while (at < analysis.text.length && /\s/.test(analysis.text[at] ?? '')) at++;
  return analysis.text[at] === ':';
}

/** Each clause's token count and last token, read once per sentence (tokens are never rebuilt). */
const CLAUSE_SPANS = new WeakMap<readonly Token[], Map<number, { count: number; last: number }>>();
function clauseSpans(tokens: readonly Token[]): Map<number, { count: number; last: number }> {
  let spans = CLAUSE_SPANS.get(tokens);
  if (spans) return spans;
  spans = new Map();
  for (const [i, token] of tokens.entries()) {
    const span = spans.get(token.clause);
    if (span) {
      span.count++;
      span.last = i;
    } else spans.set(token.clause, { count: 1, last: i });
  }
  CLAUSE_SPANS.set(tokens, spans);
  return spans;
}

/**
 * Finds each of the claim's entity groups in the sentence: named, referred to ("it", "the two
 * countries"), supplied by the section or title the sentence sits under, or — for Bhutan on a page
 * about it — implied. One referring phrase stands for one group only, unless it names a pair.
 */
function bindArguments(
  claim: Claim,
  analysis: SentenceAnalysis,
  context: VerifyContext,
): { implicit: boolean; understood: Mention[] } | null {
  let implicit = false;
  const understood: Mention[] = [];
  let namedGroups = 0;
  for (const group of claim.match.entities) {
    const inGroup = (mention: Mention): boolean => group.includes(mention.entity);
    if (analysis.mentions.some((mention) => !mention.via && inGroup(mention))) {
      namedGroups++;
      continue;
    }
    const referred = analysis.mentions.find(
      (mention) =>
        mention.via?.how === 'reference' &&
        inGroup(mention) &&
        (mention.via.two || !understood.some((used) => used.from === mention.from)),
    );
    if (referred) {
      understood.push(referred);
      continue;
    }
    // Bhutan may go unsaid on a page about it: beside another argument, or — on a page whose title
    // or section names Bhutan — alone ("The count rose to 56 countries plus the EU").
    if (
      group.includes(PAGE_SUBJECT) &&
      context.pageRelevant &&
      (claim.match.entities.length > 1 || context.subjectFramed)
    ) {
      implicit = true;
      continue;
    }
    const framed = analysis.mentions.find(
      (mention) => mention.via?.how === 'framing' && inGroup(mention),
    );
    if (framed) {
      understood.push(framed);
      continue;
    }
    return null;
  }
  // Something must be said: a sentence that names none of the claim's arguments and refers to
  // none of them is not about the claim.
  if (
    !namedGroups &&
    !understood.some((mention) => mention.via?.how === 'reference') &&
    !context.fragment &&
    // A claim about Bhutan alone, on a page framed by Bhutan, needs no name ("The count rose to 56").
    !(implicit && claim.match.entities.length === 1)
  )
    return null;
  // A heading is a label ("2017 Doklam standoff", "The 2021 roadmap") unless it relates two
  // things it names itself ("Bhutan and Qatar: a quiet alliance").
  if (context.heading && (namedGroups < 2 || implicit || understood.length)) return null;
  // "The two countries" stands for a pair: it cannot stand for one party alone — unless each of
  // the pair does the same to an organisation the sentence names ("Both countries took their
  // seats at the United Nations").
  const toOrganisation = analysis.mentions.some(
    (mention) =>
      !mention.via && mention.kind === 'organisation' && isPartyOf(claim, mention.entity),
  );
  // Nor when both of the pair are the claim's parties anyway ("The two countries have been
  // negotiating it since 1984" on Bhutan and China, China named too).
  const pairIsParties = (from: number): boolean =>
    analysis.mentions
      .filter((other) => other.from === from && other.via?.two)
      .every((other) => isPartyOf(claim, other.entity));
  for (const mention of understood)
    if (
      mention.via?.two &&
      understood.filter((other) => other.from === mention.from).length < 2 &&
      !(toOrganisation && namedGroups === claim.match.entities.length - 1) &&
      !pairIsParties(mention.from)
    )
      return null;
  return { implicit, understood };
}

/** Before a name, words that make it a point of comparison or a place, not the relation's object. */
const COMPARISON = new Set([
  'after',
  'before',
  'than',
  'since',
  'following',
  'like',
  'unlike',
  'in',
  'at',
  'near',
  'via',
  'through',
]);

/** How the claim's most specific entity, nearest the wording, stands to it. */
function anchorRole(
  claim: Claim,
  analysis: SentenceAnalysis,
  predicate: PhraseMatch,
): 'object' | 'modifier' | 'compared' | 'apart' {
  const groups = claim.match.entities;
  const ids = new Set(groups.find((group) => !group.includes(PAGE_SUBJECT)) ?? groups[0] ?? []);
  let nearest: Mention | undefined;
  let best = Number.POSITIVE_INFINITY;
  // A name the sentence gives outweighs a reference to it.
  const named = analysis.mentions.some(
    (mention) => mention.from >= 0 && !mention.via && ids.has(mention.entity),
  );
  for (const mention of analysis.mentions) {
    if (mention.from < 0 || !ids.has(mention.entity) || (named && mention.via)) continue;
    const gap =
      mention.to <= predicate.from
        ? predicate.from - mention.to
        : mention.from >= predicate.to
          ? mention.from - predicate.to
          : 0;
    if (gap < best) {
      best = gap;
      nearest = mention;
    }
  }
  if (!nearest) return 'object';
  // "The IFC followed in 2003 …, and the Bank has kept an office": a reference in a later clause
  // of its own is not what the wording acts on.
  if (
    nearest.via &&
    (analysis.tokens[nearest.from]?.clause ?? 0) > (analysis.tokens[predicate.from]?.clause ?? 0)
  )
    return 'apart';
  const last = analysis.tokens[nearest.to - 1];
  if (last && /'s$/.test(analysis.text.slice(last.start, last.end))) return 'modifier';
  // "the Sinchula terms", "its UN seat": a name used as an adjective before a noun of its own.
  const next = analysis.tokens[nearest.to];
  if (
    next &&
    next.clause === last?.clause &&
    /^[a-z]/.test(analysis.text.slice(next.start, next.end)) &&
    !LINKING_WORDS.has(next.norm) &&
    !analysis.mentions.some((mention) => mention.from === nearest.to) &&
    !(predicate.from <= nearest.to && nearest.to < predicate.to)
  )
    return 'modifier';
  // The word before the name, past an article or possessive ("before the UN", "after its …").
  let before = nearest.from - 1;
  while (before >= 0 && ARTICLES.has(analysis.tokens[before]?.norm ?? '')) before--;
  // "Regional commission of the UN": a name after "of" completes another noun, unless that noun
  // is the wording itself ("a member of the UN").
  const noun = analysis.tokens[before - 1];
  if (
    analysis.tokens[before]?.norm === 'of' &&
    noun &&
    // A common noun: "the Kingdom of Lesotho" is a name, not a noun completed.
    /^[a-z]/.test(analysis.text.slice(noun.start, noun.end)) &&
    !(before - 1 >= predicate.from && before - 1 < predicate.to)
  )
    return 'modifier';
  return COMPARISON.has(analysis.tokens[before]?.norm ?? '') ? 'compared' : 'object';
}

const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** Words after a name that do not make it a noun's modifier. */
const LINKING_WORDS = new Set([
  'and',
  'or',
  'in',
  'on',
  'at',
  'of',
  'with',
  'to',
  'for',
  'by',
  'from',
  'as',
  'which',
  'that',
  'who',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'its',
  'their',
  'since',
  'after',
  'before',
  'when',
  'while',
  'but',
  'nor',
  'then',
  'also',
  'first',
  'became',
  'joined',
  // "Kuwait and Nepal both came in 1983": a word about the names, not a noun they qualify.
  'both',
  'alone',
  'too',
  'each',
  'together',
  'respectively',
]);

const VALUELESS_REACH = 10;

/**
 * "Relations with none of the five permanent members": a negation between the wording and the
 * claim's object, in the same clause, denies the relation as surely as one before the wording.
 */
function objectNegated(claim: Claim, analysis: SentenceAnalysis, predicate: PhraseMatch): boolean {
  const clause = analysis.tokens[predicate.from]?.clause;
  // "has diplomatic relations with none of the five": the object itself is "none".
  // (The wording may end in its preposition: "relations with".)
  const k = analysis.tokens[predicate.to - 1]?.norm === 'with' ? predicate.to - 1 : predicate.to;
  if (
    ['with', 'to'].includes(analysis.tokens[k]?.norm ?? '') &&
    ['none', 'neither'].includes(analysis.tokens[k + 1]?.norm ?? '') &&
    !analysis.markers.negated.has(predicate.from)
  )
    return true;
  return analysis.mentions.some(
    (mention) =>
      !mention.via &&
      mention.from >= predicate.to &&
      mention.from - predicate.to <= 6 &&
      analysis.tokens[mention.from]?.clause === clause &&
      claim.match.entities.some(
        (group) => !group.includes(PAGE_SUBJECT) && group.includes(mention.entity),
      ) &&
      analysis.markers.negated.has(mention.from) &&
      !analysis.markers.negated.has(predicate.from),
  );
}

function closeToWording(claim: Claim, analysis: SentenceAnalysis, predicate: PhraseMatch): boolean {
  // Bhutan is often the subject far ahead of its verb; what the wording relates it to must be near.
  return claim.match.entities.every((group) => {
    if (group.includes(PAGE_SUBJECT)) return true;
    const named = analysis.mentions.filter(
      (mention) => !mention.via && mention.from >= 0 && group.includes(mention.entity),
    );
    if (!named.length) return true; // referred to, framed or implied: nothing to measure
    // A pronoun for it beside the wording counts ("Austria … closed its embassy").
    const referred = analysis.mentions.filter(
      (mention) =>
        mention.via?.how === 'reference' &&
        !mention.via.second &&
        mention.from >= 0 &&
        group.includes(mention.entity),
    );
    const wordingClause = analysis.tokens[predicate.from]?.clause ?? 0;
    return [...named, ...referred].some((mention) => {
      const gap =
        mention.to <= predicate.from
          ? predicate.from - mention.to
          : mention.from >= predicate.to
            ? mention.from - predicate.to
            : 0;
      if (gap <= VALUELESS_REACH) return true;
      // A table row is about its first cell: "Treaty of Sinchula | 1865 | … | annual subsidy of
      // Rs 1 lakh" says the subsidy of the treaty named first, however many cells away.
      if (inRow(analysis.tokens) && analysis.tokens[mention.from]?.cell === 0) return true;
      // Further off only in the wording's own clause or a prepositional phrase set off beside it
      // ("Israel followed a few weeks later, in December 2020, as part of the Abraham Accords").
      const clause = analysis.tokens[mention.from]?.clause ?? 0;
      return (
        gap <= 2 * VALUELESS_REACH &&
        (clause === wordingClause || adjunctOf(analysis, clause, wordingClause))
      );
    });
  });
}

const DAY_OF_MONTH = /^of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** A name that is none of the claim's stands right after the wording ("entered the Group of 77"). */
const OBJECT_PREPOSITIONS = new Set(['to', 'into', 'of']);

/**
 * "Bhutan still has no formal diplomatic relations with France or Britain": right after the
 * denied wording (and "with"), another country is named, and none of the claim's partners stands
 * in the wording's clause.
 */
function deniedOfAnother(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  wording: PhraseMatch,
): boolean {
  const { tokens } = analysis;
  const withAfter = tokens[wording.to - 1]?.norm !== 'with' && tokens[wording.to]?.norm === 'with';
  const next = namedAt(analysis, wording.to + (withAfter ? 1 : 0)).mention;
  if (!next || next.kind !== 'country' || isPartyOf(compiled.claim, next.entity)) return false;
  const clause = tokens[wording.from]?.clause;
  return !analysis.mentions.some(
    (mention) =>
      mention.from >= 0 &&
      compiled.partners.includes(mention.entity) &&
      tokens[mention.from]?.clause === clause,
  );
}

/** The value's clause names a country that is none of the claim's ("…, and Israel followed on 12 December"). */
function inClauseOfAnother(
  claim: Claim,
  analysis: SentenceAnalysis,
  judgement: SlotJudgement,
): boolean {
  const clause = analysis.tokens.find((token) => token.end > judgement.at)?.clause;
  return analysis.mentions.some(
    (mention) =>
      namesAnotherCountry(claim, mention) && analysis.tokens[mention.from]?.clause === clause,
  );
}

/** Something the sentence itself names (not Bhutan, not by reference) that is none of the claim's. */
function namesAnother(claim: Claim, mention: Mention): boolean {
  return (
    !mention.via &&
    mention.from >= 0 &&
    mention.entity !== PAGE_SUBJECT &&
    !isPartyOf(claim, mention.entity)
  );
}

/** A country the sentence itself names that is none of the claim's. */
function namesAnotherCountry(claim: Claim, mention: Mention): boolean {
  return mention.kind === 'country' && namesAnother(claim, mention);
}

/** A stated place that the pack records as the right place of another entity the sentence names. */
function placeOfAnother(
  claim: Claim,
  analysis: SentenceAnalysis,
  index: ClaimIndex,
  conflict: SlotJudgement,
): boolean {
  if (conflict.slot.kind !== 'place') return false;
  const place = analysis.mentions.find(
    (mention) => !mention.via && analysis.tokens[mention.from]?.start === conflict.at,
  );
  const rightFor = place && index.rightPlaceOf.get(place.entity);
  return (
    !!rightFor &&
    analysis.mentions.some(
      (other) =>
        other.entity !== PAGE_SUBJECT &&
        rightFor.has(other.entity) &&
        !isPartyOf(claim, other.entity),
    )
  );
}

/**
 * "BIMSTEC (Feb 2004); … SAARC (founder member; Charter signed Dhaka …)": a wording inside the
 * brackets that follow a name is said of that name.
 */
function bracketedForAnother(
  claim: Claim,
  analysis: SentenceAnalysis,
  wording: PhraseMatch,
): boolean {
  const start = analysis.tokens[wording.from]?.start ?? 0;
  const open = analysis.text.lastIndexOf('(', start);
  if (open < 0 || analysis.text.lastIndexOf(')', start) > open) return false;
  const owner = analysis.mentions.find((mention) => {
    if (mention.from < 0 || mention.via) return false;
    const end = analysis.tokens[mention.to - 1]?.end ?? -1;
    return end >= 0 && end <= open && /^\s*$/.test(analysis.text.slice(end, open));
  });
  return !!owner && !isPartyOf(claim, owner.entity) && owner.entity !== PAGE_SUBJECT;
}

/**
 * "The Universal Postal Union admitted Bhutan in 1961", "Bangladesh set up the first foreign
 * consulate in Guwahati": another body, or another country not listed with a party, is the
 * wording's subject.
 */
function subjectIsAnotherBody(
  claim: Claim,
  analysis: SentenceAnalysis,
  wording: PhraseMatch,
): boolean {
  const clause = analysis.tokens[wording.from]?.clause;
  let subject: Mention | undefined;
  for (const mention of analysis.mentions)
    if (
      mention.from >= 0 &&
      !mention.via &&
      mention.to <= wording.from &&
      analysis.tokens[mention.from]?.clause === clause &&
      (!subject || mention.from > subject.from)
    )
      subject = mention;
  if (!subject || isPartyOf(claim, subject.entity)) return false;
  return (
    subject.kind === 'organisation' ||
    (subject.kind === 'country' && !coordinatedWithParty(claim, analysis, subject))
  );
}

function objectIsAnother(claim: Claim, analysis: SentenceAnalysis, wording: PhraseMatch): boolean {
  let at = wording.to;
  // "acceded to the Vienna Convention", "admitted into the UN": past a preposition too.
  const preposition = OBJECT_PREPOSITIONS.has(analysis.tokens[at]?.norm ?? '');
  if (preposition) at++;
  // "acceded to it on 7 December 1972, the year after it joined the UN": a pronoun object stands
  // for something named before, not for the claim's body named after it.
  if (preposition && OBJECT_PRONOUNS.has(analysis.tokens[at]?.norm ?? ''))
    return !analysis.mentions.some(
      (mention) =>
        mention.from === at &&
        mention.via?.how === 'reference' &&
        claim.match.entities.some(
          (group) => !group.includes(PAGE_SUBJECT) && group.includes(mention.entity),
        ),
    );
  const object = namedAt(analysis, at);
  if (object.mention) return !isPartyOf(claim, object.mention.entity);
  // "acceded to the convention on 7 December 1972": after a preposition and an article, a noun
  // that names nothing the record knows, and is no reference to the claim's body, is another object.
  const noun = object.at;
  return (
    preposition &&
    noun > at &&
    UNKNOWN_OBJECTS.has(analysis.tokens[noun]?.norm ?? '') &&
    !analysis.mentions.some((mention) => mention.from <= noun && noun < mention.to)
  );
}

/** The name standing at token `at`, past any articles ("the European Union"), and where it starts. */
function namedAt(analysis: SentenceAnalysis, at: number): { mention?: Mention; at: number } {
  while (ARTICLES.has(analysis.tokens[at]?.norm ?? '')) at++;
  const mention = analysis.mentions.find((m) => !m.via && m.from === at);
  return mention ? { mention, at } : { at };
}

/** Nouns for a thing acceded to or signed that is not a body one joins. */
const UNKNOWN_OBJECTS = new Set([
  'convention',
  'conventions',
  'protocol',
  'covenant',
  'charter',
  'statute',
]);

const OBJECT_PRONOUNS = new Set(['it', 'them', 'this', 'that']);

/**
 * One of the fact's known wrong places after "in" or "at", with the right place nowhere: the
 * claim's own, anywhere ("founded in Kathmandu in 1985"); another claim's of the fact, right after
 * that claim's wording ("signed in Thimphu" beside a right in-force date). A place that is the
 * right one of something else the sentence names ("signed in Darjeeling", the 1949 treaty) is not.
 */
function strayWrongPlace(
  claim: Claim,
  analysis: SentenceAnalysis,
  index: ClaimIndex,
  wording: PhraseMatch,
): boolean {
  const recorded = claim.facts.flatMap((fact) => index.placesByFact.get(fact) ?? []);
  const wordingCell = analysis.tokens[wording.from]?.cell;
  return recorded.some(({ slot, claim: owner }) => {
    if (analysis.mentions.some((mention) => mention.entity === slot.value)) return false;
    return analysis.mentions.some((mention) => {
      if (mention.via || !slot.wrong.includes(mention.entity) || mention.from < 1) return false;
      // A row's other column ("Resident mission in Thimphu") is no place of the event.
      if (
        analysis.tokens[mention.from]?.cell !== wordingCell &&
        !PLACE_HEADING_WORDS.has(analysis.tokens[mention.from - 2]?.norm ?? '')
      )
        return false;
      const preposition = analysis.tokens[mention.from - 1]?.norm;
      if (preposition !== 'in' && preposition !== 'at') return false;
      const rightFor = index.rightPlaceOf.get(mention.entity);
      if (
        analysis.mentions.some(
          (other) =>
            other.entity !== PAGE_SUBJECT &&
            rightFor?.has(other.entity) &&
            !isPartyOf(owner, other.entity),
        )
      )
        return false;
      if (owner === claim) return true;
      const key = `rel:${owner.match.relation}`;
      return [...analysis.wordingMatches].some(
        ([phrase, matches]) =>
          (index.wordings.keys.get(phrase) ?? []).includes(key) &&
          matches.some((match) => match.to === mention.from - 1),
      );
    });
  });
}

// Words after an ordinal that show it qualifies no noun of its own ("the 127th to join").
const RANK_FOLLOWERS = new Set(['to', 'on', 'in', 'of', 'at', 'among', 'when', 'and', 'or', 'by']);

/**
 * A rank (beyond "first") that qualifies no noun of its own, in a sentence about a fact whose
 * claims give ranks, and that is none of them.
 */
function strayRank(claim: Claim, analysis: SentenceAnalysis, index: ClaimIndex): boolean {
  const ranks = claim.facts.flatMap((fact) => [...(index.ranksByFact.get(fact) ?? [])]);
  if (!ranks.length) return false;
  return analysis.values.some((value) => {
    if (value.kind !== 'ordinal' || value.value < 2 || ranks.includes(value.value)) return false;
    // "the sixth of December": a day, not a rank.
    const inDate = analysis.values.some(
      (date) => date.kind === 'date' && date.start <= value.start && value.end <= date.end,
    );
    const after = analysis.text.slice(value.end).trimStart();
    if (inDate || DAY_OF_MONTH.test(after)) return false;
    const word = /^[\p{L}]+/u.exec(after)?.[0]?.toLowerCase();
    return word === undefined || RANK_FOLLOWERS.has(word);
  });
}

/**
 * "Maintains relations with well over a hundred states": the wording names its own other party,
 * and it is none of the claim's.
 */
function relatesToSomethingElse(
  claim: Claim,
  analysis: SentenceAnalysis,
  predicate: PhraseMatch,
): boolean {
  for (let i = predicate.to - 1; i <= predicate.to + 1; i++) {
    const norm = analysis.tokens[i]?.norm;
    if (norm !== 'with' && norm !== 'between') continue;
    return !analysis.mentions.some(
      (mention) => mention.from > i && mention.from <= i + 4 && isPartyOf(claim, mention.entity),
    );
  }
  return false;
}

/** "the first Indian prime minister to visit": a country as the adjective of a person's title. */
const TITLES = new Set(['prime', 'president', 'king', 'queen', 'minister', 'ambassador', 'envoy']);

const CONNECTORS = new Set(['and', 'or', '&', 'both', 'as', 'well']);
const COMPARISON_WORDS = new Set(['like', 'unlike', 'besides', 'than', 'after', 'before']);

/**
 * "Kuwait and Nepal both came in 1983", "among them Vietnam, Egypt and Poland": a country listed
 * together with one of the claim's own parties shares its deed; it is not someone else acting.
 */
function coordinatedWithParty(claim: Claim, analysis: SentenceAnalysis, mention: Mention): boolean {
  const named = analysis.mentions
    .filter((m) => m.from >= 0 && !m.via && m.kind === 'country')
    .sort((a, b) => a.from - b.from);
  const at = named.indexOf(mention);
  if (at < 0) return false;
  // Two names with only connectors (or a comma: no token) between them; the list is one only if
  // some joint is a real "and"/"or" ("Like Bhutan, Qatar joined" is a comparison, not a list).
  const gapOf = (k: number): number[] => {
    const a = named[k] as Mention;
    const b = named[k + 1] as Mention;
    const between: number[] = [];
    for (let t = a.to; t < b.from; t++) between.push(t);
    return between;
  };
  const joined = (k: number): boolean =>
    k >= 0 &&
    k + 1 < named.length &&
    gapOf(k).length <= 3 &&
    gapOf(k).every((t) => CONNECTORS.has(analysis.tokens[t]?.norm ?? ''));
  let first = at;
  while (joined(first - 1)) first--;
  let last = at;
  while (joined(last)) last++;
  if (first === last) return false;
  let connected = false;
  for (let k = first; k < last; k++) if (gapOf(k).length) connected = true;
  const opener = analysis.tokens[(named[first] as Mention).from - 1]?.norm ?? '';
  if (!connected || COMPARISON_WORDS.has(opener)) return false;
  for (let k = first; k <= last; k++)
    if (k !== at && isPartyOf(claim, (named[k] as Mention).entity)) return true;
  return false;
}

/** A country the sentence names that is not the claim's could be the one acting. */
function anotherAgent(claim: Claim, analysis: SentenceAnalysis, predicate: PhraseMatch): boolean {
  const parties = new Set(claim.match.entities.flat());
  const clause = analysis.tokens[predicate.from]?.clause;
  // A country in the wording's own clause, ahead of it or right after it, could be the one acting
  // ("Nepal joined the UN in 1955"); one in another clause ("…, India sponsored the bid") or after
  // a preposition ("at the same time as Nepal") is not.
  return analysis.mentions.some(
    (mention) =>
      !mention.via &&
      mention.kind === 'country' &&
      !parties.has(mention.entity) &&
      analysis.tokens[mention.from]?.clause === clause &&
      (mention.to <= predicate.from || mention.from - predicate.to <= 3) &&
      !AGENT_PREPOSITIONS.has(analysis.tokens[mention.from - 1]?.norm ?? '') &&
      !coordinatedWithParty(claim, analysis, mention),
  );
}

const OWNED = /embass|commission|consul|mission|office/i;

/** "Australia's High Commission in New Delhi", "Korea's embassy in Dhaka": another owner. */
/**
 * "Recognition by wireless message … on 6 December 1971, some hours before India's recognition":
 * the one the claim says acted is named only after "before" or "ahead of", as the later one.
 */
function agentOnlyCompared(compiled: CompiledClaim, analysis: SentenceAnalysis): boolean {
  if (!compiled.claim.match.relation || compiled.agents.includes(PAGE_SUBJECT)) return false;
  if (compiled.agents.length === compiled.entityIds.length) return false;
  const { tokens } = analysis;
  const named = analysis.mentions.filter(
    (mention) => mention.from >= 0 && !mention.via && compiled.agents.includes(mention.entity),
  );
  return (
    named.length > 0 &&
    named.every((mention) => {
      const before = tokens[mention.from - 1]?.norm ?? '';
      return before === 'before' || (before === 'of' && tokens[mention.from - 2]?.norm === 'ahead');
    })
  );
}

/**
 * "His first visit abroad as minister; called on … Prime Minister Lotay Tshering": a possessive
 * right before the wording that stands for a person other than the one the claim says acted.
 */
function possessivePersonIsAnother(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  predicate: PhraseMatch,
): boolean {
  const owner = analysis.mentions.find(
    (mention) =>
      mention.via?.how === 'reference' &&
      mention.to === predicate.from &&
      mention.kind === 'person' &&
      /^(?:his|her|their)$/.test(analysis.tokens[mention.from]?.norm ?? ''),
  );
  if (!owner || compiled.agents.includes(owner.entity)) return false;
  // "Lotay Tshering made India his first destination abroad": the claim's own person named in
  // the wording's clause is who "his" is.
  const clause = analysis.tokens[predicate.from]?.clause;
  return !analysis.mentions.some(
    (mention) =>
      !mention.via &&
      mention.from >= 0 &&
      analysis.tokens[mention.from]?.clause === clause &&
      compiled.agents.includes(mention.entity),
  );
}

function possessedByAnother(
  claim: Claim,
  analysis: SentenceAnalysis,
  predicate: PhraseMatch,
): boolean {
  const owner = analysis.mentions.find(
    (mention) =>
      mention.from >= 0 &&
      !mention.via &&
      mention.kind === 'country' &&
      mention.to === predicate.from,
  );
  if (!owner) return false;
  // Only a thing owned: a mission or office ("India's recognition followed" is India's deed, but
  // not one that takes the claim from Bhutan).
  const first = analysis.tokens[predicate.from];
  const end = analysis.tokens[predicate.to - 1];
  if (!first || !end || !OWNED.test(analysis.text.slice(first.start, end.end))) return false;
  const last = analysis.tokens[owner.to - 1];
  const possessive = !!last && /['\u2019]s$/.test(analysis.text.slice(last.start, last.end));
  return possessive && !isPartyOf(claim, owner.entity);
}

/**
 * "August 9, 1985 — Bhutan and the European Union establish relations" under a heading about
 * India: a party taken from the heading gives way when the sentence names another of its kind.
 */
function framedButNamesAnother(
  claim: Claim,
  analysis: SentenceAnalysis,
  understood: readonly Mention[],
): boolean {
  return understood.some(
    (framed) =>
      framed.via?.how === 'framing' &&
      framed.entity !== PAGE_SUBJECT &&
      analysis.mentions.some(
        (named) =>
          named.from >= 0 &&
          !named.via &&
          named.entity !== PAGE_SUBJECT &&
          !isPartyOf(claim, named.entity) &&
          named.kind !== 'place' &&
          named.kind !== 'person' &&
          framed.kind !== 'place' &&
          framed.kind !== 'person',
      ),
  );
}

/** The mentions that name (not refer to) what the claim is about, its most specific entity. */
const namedAnchors = (compiled: CompiledClaim, analysis: SentenceAnalysis): Mention[] =>
  analysis.mentions.filter((m) => m.from >= 0 && !m.via && compiled.anchorGroup.includes(m.entity));

/**
 * "Besides the UN, Bhutan joined ESCAP in 1972": the claim's own name stands only after a word
 * that sets it aside, so the deed is another's.
 */
function setAside(compiled: CompiledClaim, analysis: SentenceAnalysis): boolean {
  const anchors = namedAnchors(compiled, analysis);
  const before = (at: number, back: number): string => analysis.tokens[at - back]?.norm ?? '';
  return (
    anchors.length > 0 &&
    anchors.every((mention) =>
      [1, 2].some(
        (back) =>
          SET_ASIDE.has(before(mention.from, back)) ||
          SET_ASIDE.has(`${before(mention.from, back + 1)} ${before(mention.from, back)}`),
      ),
    )
  );
}
const SET_ASIDE = new Set([
  'besides',
  'apart from',
  'aside from',
  'addition to',
  'other than',
  'except',
  'excluding',
  'beyond',
]);

const IRREGULAR_PARTICIPLES = new Set(['held', 'made', 'written', 'signed', 'begun', 'drawn']);

/**
 * "the Treaty of Punakha, signed on 8 January 1910, amended the earlier Treaty of Sinchula": a
 * value in a participle clause set off right after another name is that name's.
 */
function appositiveOfAnother(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  judgement: SlotJudgement,
): boolean {
  const { tokens } = analysis;
  const at = tokens.findIndex((token) => token.end > judgement.at);
  const clause = tokens[at]?.clause;
  const open = tokens.findIndex((token) => token.clause === clause);
  if (open <= 0) return false;
  const opener = tokens[open]?.norm ?? '';
  if (!/^[a-z]{3,}ed$/.test(opener) && !IRREGULAR_PARTICIPLES.has(opener)) return false;
  const before = analysis.mentions.find((mention) => mention.from >= 0 && mention.to === open);
  // The other name is a thing of the claim's own kind (a treaty beside a treaty), named outright.
  return (
    before !== undefined &&
    namesAnother(compiled.claim, before) &&
    namedAnchors(compiled, analysis).some((anchor) => anchor.kind === before.kind)
  );
}

/**
 * "1971 Group of 77 (G77) – coalition of developing countries at the UN", read with its heading's
 * "joined": an item that takes its relation from a heading is about the name it opens with; the
 * claim's name said only in the note after it is not what was joined.
 */
function itemAboutAnother(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  wording: PhraseMatch,
): boolean {
  const own = analysis.ownFrom;
  if (own === undefined || wording.to > own) return false;
  // The note starts at a dash or colon; an item without one ("1981 IMF, the World Bank and the
  // ADB") may name several bodies, each of them joined.
  const ownStart = analysis.tokens[own]?.start ?? 0;
  const note = analysis.text.slice(ownStart).search(/\s[\u2013\u2014-]\s|:/);
  if (note < 0) return false;
  const noteAt = ownStart + note;
  const heads = analysis.mentions.filter(
    (mention) =>
      mention.from >= own &&
      !mention.via &&
      mention.entity !== PAGE_SUBJECT &&
      (analysis.tokens[mention.from]?.start ?? 0) < noteAt,
  );
  return (
    heads.length > 0 && !heads.some((mention) => compiled.anchorGroup.includes(mention.entity))
  );
}

/** Every named mention of the claim's subject stands under a negation of its own ("not UN", ", not the UN"). */
function anchorDenied(compiled: CompiledClaim, analysis: SentenceAnalysis): boolean {
  // "relations with none of the five: not China, not France …" restates a claim of "none".
  if (compiled.claim.match.negative) return false;
  const named = namedAnchors(compiled, analysis);
  return (
    named.length > 0 &&
    named.every((m) => {
      let before = m.from - 1;
      if (analysis.tokens[before]?.norm === 'the') before--;
      return analysis.markers.negated.has(m.from) && analysis.tokens[before]?.norm === 'not';
    })
  );
}

/**
 * "The UN office in Thimphu opened in 1971": the claim's name as an adjective before a common
 * noun that the wording does not include, with the wording elsewhere — the sentence is about the
 * office. (A frame's wording, "membership of the UN", keeps its name as the object.)
 */
function anchorQualifiesANoun(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  wording: PhraseMatch,
): boolean {
  const named = namedAnchors(compiled, analysis);
  return named.length > 0 && named.every((m) => qualifiedNounAfter(analysis, m, wording, 0));
}

/** A noun the name qualifies stands right after it, or past at most `adjectives` lowercase words. */
function qualifiedNounAfter(
  analysis: SentenceAnalysis,
  mention: Mention,
  wording: PhraseMatch,
  adjectives: number,
): boolean {
  for (let at = mention.to; at <= mention.to + adjectives; at++) {
    const next = analysis.tokens[at];
    if (!next || (wording.from <= at && at < wording.to)) return false;
    if (!/^[a-z]/.test(analysis.text.slice(next.start, next.end))) return false;
    if (QUALIFIED_NOUNS.has(next.norm)) return true;
  }
  return false;
}

/**
 * "ESCAP, the UN's regional commission for Asia and the Pacific, has counted the kingdom as a
 * member since 1972": the claim's body only qualifies a noun ("regional commission") standing for
 * another body of its kind the sentence names, and that one is what the value is about.
 */
function qualifiesAnotherBody(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  wording: PhraseMatch,
): boolean {
  const named = namedAnchors(compiled, analysis);
  if (!named.length || !named.every((m) => qualifiedNounAfter(analysis, m, wording, 1)))
    return false;
  return analysis.mentions.some(
    (mention) =>
      namesAnother(compiled.claim, mention) && named.some((anchor) => anchor.kind === mention.kind),
  );
}

/**
 * "Organisation: MIGA | Member since: 2014 | Notes: World Bank Group": in a table row the first
 * column names what the row is about; a claim whose name stands only in a later column, when the
 * first names something else, is not the row's.
 */
function rowAboutAnother(compiled: CompiledClaim, analysis: SentenceAnalysis): boolean {
  const { tokens } = analysis;
  if (!inRow(tokens)) return false;
  const named = analysis.mentions.filter((m) => m.from >= 0 && !m.via);
  const anchors = namedAnchors(compiled, analysis);
  if (!anchors.length || anchors.some((m) => tokens[m.from]?.cell === 0)) return false;
  return named.some(
    (m) =>
      tokens[m.from]?.cell === 0 &&
      m.entity !== PAGE_SUBJECT &&
      !isPartyOf(compiled.claim, m.entity),
  );
}

/** A "None" cell (page.ts DENIED_CELL, read as "no") in another cell than the wording's. */
function deniedCellElsewhere(analysis: SentenceAnalysis, wording: PhraseMatch): boolean {
  const cell = analysis.tokens[wording.from]?.cell;
  return analysis.tokens.some(
    (token) =>
      token.norm === 'no' &&
      token.cell !== cell &&
      analysis.text.slice(token.start, token.end) === DENIED_CELL,
  );
}

function denialInAnotherCell(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  wording: PhraseMatch,
): boolean {
  const { tokens } = analysis;
  if (!inRow(tokens)) return false;
  const cell = tokens[wording.from]?.cell;
  const named = namedAnchors(compiled, analysis);
  return named.length > 0 && named.every((mention) => tokens[mention.from]?.cell !== cell);
}

function partnerOnlyAsPlace(compiled: CompiledClaim, analysis: SentenceAnalysis): boolean {
  const named = namedAnchors(compiled, analysis).filter(
    (mention) => mention.kind === 'country' && mention.entity !== PAGE_SUBJECT,
  );
  return (
    named.length > 0 &&
    named.every(
      (mention) =>
        PLACE_PREPOSITIONS.has(analysis.tokens[mention.from - 1]?.norm ?? '') ||
        PLACE_NOUNS.has(analysis.tokens[mention.to]?.norm ?? ''),
    )
  );
}

/** "…, not the year it joined": a negation before the wording, in its clause, denies a time. */
function deniesATime(analysis: SentenceAnalysis, wordingFrom: number): boolean {
  const { tokens } = analysis;
  const clause = tokens[wordingFrom]?.clause;
  for (let k = wordingFrom - 1; k >= 0 && tokens[k]?.clause === clause; k--)
    if (
      tokens[k]?.norm === 'not' &&
      tokens[k + 1]?.norm === 'the' &&
      /^(?:year|date|day|month|time)$/.test(tokens[k + 2]?.norm ?? '')
    )
      return true;
  return false;
}

/** "not the only", "no longer the only" before the wording in its clause. */
function deniesExclusivity(analysis: SentenceAnalysis, wording: PhraseMatch): boolean {
  const { tokens } = analysis;
  const clause = tokens[wording.from]?.clause;
  for (let k = wording.from - 1; k > 0 && tokens[k]?.clause === clause; k--)
    if (
      tokens[k]?.norm === 'only' &&
      tokens[k - 1]?.norm === 'the' &&
      analysis.markers.negated.has(k - 1)
    )
      return true;
  return false;
}

const ONLY_EXCEPTION = /\bthe only (?:one|member|country|state|permanent member)s?\b/i;

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whose']);

/**
 * "Bhutan has no partnership with NATO, unlike Mongolia or Pakistan, which are among NATO's
 * partners": the wording's clause is a relative clause whose antecedent, the name just before
 * it, is a country that is not one of the claim's.
 */
function relativeClauseOfAnother(
  claim: Claim,
  analysis: SentenceAnalysis,
  predicate: PhraseMatch,
): boolean {
  const { tokens } = analysis;
  const clause = tokens[predicate.from]?.clause;
  const start = tokens.findIndex((token) => token.clause === clause);
  if (start < 1 || !RELATIVE_PRONOUNS.has(tokens[start]?.norm ?? '')) return false;
  const antecedent = analysis.mentions.find(
    (mention) => mention.from >= 0 && !mention.via && mention.to === start,
  );
  return !!antecedent && antecedent.kind === 'country' && !isPartyOf(claim, antecedent.entity);
}

/**
 * "The agreement that replaced it was signed in Darjeeling on 8 August 1949": a description
 * followed by a clause saying it replaced (or amended, followed …) something is that thing's
 * successor, not the thing the page was speaking of.
 */
function referenceToSuccessor(compiled: CompiledClaim, analysis: SentenceAnalysis): boolean {
  const { tokens } = analysis;
  const anchors = analysis.mentions.filter(
    (mention) => mention.from >= 0 && compiled.anchorGroup.includes(mention.entity),
  );
  const successor = (mention: Mention): boolean =>
    mention.via?.how === 'reference' &&
    /^(?:that|which)$/.test(tokens[mention.to]?.norm ?? '') &&
    SUCCESSOR_VERBS.has(tokens[mention.to + 1]?.norm ?? '');
  // …and "it" right after "that replaced" is the thing replaced, not what was signed.
  const replaced = (mention: Mention): boolean =>
    SUCCESSOR_VERBS.has(tokens[mention.from - 1]?.norm ?? '') &&
    /^(?:that|which)$/.test(tokens[mention.from - 2]?.norm ?? '');
  return anchors.some(successor) && anchors.every((m) => successor(m) || replaced(m));
}

const SUCCESSOR_VERBS = new Set([
  'replaced',
  'replaces',
  'superseded',
  'supersedes',
  'succeeded',
  'amended',
  'amends',
  'revised',
  'revises',
  'updated',
  'updates',
  'followed',
]);

const SUBJECT_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'became', 'joined']);

/**
 * "Mongolia is one of NATO's partners": the wording's clause opens with a capitalised name no
 * alias knows and a verb, so the clause is about that name, not about an implied Bhutan.
 */
function unknownSubject(analysis: SentenceAnalysis, predicate: PhraseMatch): boolean {
  const { tokens } = analysis;
  const clause = tokens[predicate.from]?.clause;
  const start = tokens.findIndex((token) => token.clause === clause);
  const first = tokens[start];
  if (!first || start >= predicate.from || !SUBJECT_VERBS.has(tokens[start + 1]?.norm ?? ''))
    return false;
  if (analysis.mentions.some((mention) => mention.from <= start && start < mention.to))
    return false;
  // Bhutan named in the clause itself is its subject or object; the name is something else.
  if (
    analysis.mentions.some(
      (mention) => mention.entity === PAGE_SUBJECT && tokens[mention.from]?.clause === clause,
    )
  )
    return false;
  const raw = analysis.text.slice(first.start, first.end);
  return /^[A-Z][a-z]/.test(raw) && !COMMON_WORDS.has(first.norm) && !MONTHS.has(first.norm);
}

const POSSESSIVES = new Set(['his', 'her', 'their']);
const COMPANION_WORDS = new Set(['and', 'with', 'of', 'to', 'for', 'from', 'accompanied']);
const RELATIVES = new Set(
  'father grandfather great-grandfather mother grandmother son grandson daughter brother sister uncle predecessor successor heir'.split(
    ' ',
  ),
);

/**
 * "It was his father who made Bhutan the first country to recognise Bangladesh": the act is
 * credited to someone named only as a relative. The record may name who acted, and the engine
 * cannot tell whether the relative is that person, so the sentence is left unjudged.
 */
function relativeActs(analysis: SentenceAnalysis, predicate: PhraseMatch): boolean {
  const { tokens } = analysis;
  for (let k = 0; k + 1 < predicate.from; k++)
    if (
      POSSESSIVES.has(tokens[k]?.norm ?? '') &&
      RELATIVES.has(tokens[k + 1]?.norm ?? '') &&
      // "Nehru and his daughter", "a gift to his son": a companion or a recipient, not who acted.
      !COMPANION_WORDS.has(tokens[k - 1]?.norm ?? '')
    )
      return true;
  return false;
}

/** " (reading “it” as Bhutan)": how the sentence was read where it did not name an argument. */
function readingNote(understood: readonly Mention[], context: VerifyContext): string {
  if (!understood.length) return '';
  const name = (id: string): string => context.index.entities.get(id)?.name ?? id;
  const bySurface = new Map<string, { how: string; names: string[] }>();
  for (const mention of understood) {
    const key = `${mention.via?.how}:${mention.via?.surface ?? ''}`;
    const entry = bySurface.get(key) ?? { how: mention.via?.how ?? '', names: [] };
    if (!entry.names.includes(name(mention.entity))) entry.names.push(name(mention.entity));
    bySurface.set(key, entry);
  }
  const parts = [...bySurface.entries()].map(([key, { how, names }]) => {
    const surface = key.slice(key.indexOf(':') + 1);
    return how === 'framing'
      ? `${names.join(' and ')}, from “${surface}”`
      : `“${surface}” as ${names.join(' and ')}`;
  });
  return ` (reading ${parts.join('; ')})`;
}

/** Another country, not a party to the claim, stands closer to the predicate: someone else did it. */
function someoneElse(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  predicate: PhraseMatch,
): boolean {
  const { claim } = compiled;
  // Who can be the one acting: the first group where the relation says so (the recogniser, not
  // the recognised), else any party.
  const parties = compiled.agents;
  // Only a claim about countries can be taken over by another country.
  if (
    !analysis.mentions.some(
      (mention) => mention.kind === 'country' && parties.includes(mention.entity),
    )
  )
    return false;
  // "The Philippines became the 58th partner, and Qatar followed": the wording's clause names
  // another country and none of the claim's own partners, so it states the other country's deed.
  const clause = analysis.tokens[predicate.from]?.clause;
  const clauseOf = (mention: Mention): number | undefined => analysis.tokens[mention.from]?.clause;
  const partners = compiled.partners;
  const positioned = analysis.mentions.filter((mention) => mention.from >= 0);
  const ownInSentence = positioned.filter((mention) => partners.includes(mention.entity));
  if (
    ownInSentence.length &&
    !ownInSentence.some((mention) => clauseOf(mention) === clause) &&
    positioned.some(
      (mention) =>
        mention.kind === 'country' &&
        !mention.via &&
        !parties.includes(mention.entity) &&
        !partners.includes(mention.entity) &&
        mention.entity !== PAGE_SUBJECT &&
        clauseOf(mention) === clause &&
        mention.to <= predicate.from &&
        !AGENT_PREPOSITIONS.has(analysis.tokens[mention.from - 1]?.norm ?? '') &&
        !coordinatedWithParty(claim, analysis, mention),
    )
  )
    return true;
  // "Bhutan and Israel established relations …, when their ambassadors in the Indian capital …":
  // of a relation between two countries, the one named beside Bhutan in the wording's clause is
  // the other party; the claim's partner, named only in other clauses, is not.
  if (
    ownInSentence.length &&
    ownInSentence.every((mention) => mention.kind === 'country') &&
    !ownInSentence.some((mention) => clauseOf(mention) === clause) &&
    positioned.some(
      (mention) =>
        mention.kind === 'country' &&
        !mention.via &&
        !isPartyOf(claim, mention.entity) &&
        clauseOf(mention) === clause &&
        mention.to <= predicate.from &&
        coordinatedWithParty(claim, analysis, mention),
    )
  )
    return true;
  const distance = (from: number, to: number): number =>
    to <= predicate.from ? predicate.from - to : from >= predicate.to ? from - predicate.to : 0;
  let nearestParty = Number.POSITIVE_INFINITY;
  let nearestOther = Number.POSITIVE_INFINITY;
  // Countries in the wording's own clause decide who acts; the rest of the sentence only when the
  // clause names none ("Nepal had been a UN member since 1955, and Bhutanese leaders knew …").
  const countries = analysis.mentions.filter(
    (mention) => mention.kind === 'country' && mention.from >= 0,
  );
  const inClause = countries.filter((mention) => clauseOf(mention) === clause);
  // The clause's subject is another country and none of the claim's stands in the clause.
  if (
    inClause.some(
      (mention) =>
        mention.to <= predicate.from &&
        !isPartyOf(claim, mention.entity) &&
        !AGENT_PREPOSITIONS.has(analysis.tokens[mention.from - 1]?.norm ?? '') &&
        !coordinatedWithParty(claim, analysis, mention),
    ) &&
    !inClause.some((mention) => parties.includes(mention.entity))
  )
    return true;
  for (const mention of inClause.length ? inClause : countries) {
    const d = distance(mention.from, mention.to);
    if (parties.includes(mention.entity)) nearestParty = Math.min(nearestParty, d);
    else if (
      // The claim's other parties (the recognised, the host) are not someone else.
      !isPartyOf(claim, mention.entity) &&
      !AGENT_PREPOSITIONS.has(analysis.tokens[mention.from - 1]?.norm ?? '') &&
      !coordinatedWithParty(claim, analysis, mention) &&
      !TITLES.has(analysis.tokens[mention.to]?.norm ?? '')
    )
      nearestOther = Math.min(nearestOther, d);
  }
  return nearestOther < nearestParty && nearestOther <= 3;
}

const PRECISION_RANK = { year: 1, month: 2, day: 3, value: 3 } as const;

const dateAt = (analysis: SentenceAnalysis, at: number): DateValue | undefined => {
  const value = analysis.values.find((candidate) => candidate.start === at);
  return value?.kind === 'date' ? value : undefined;
};

/**
 * "1910 | The Treaty of Punakha is signed … on 10 January": a day stated in the year an agreeing
 * value gives only as a year says more than it. The finer value decides, unless it agrees with
 * another of the claim's slots (an in-force date beside a signing year).
 */
function finerThanAgreements(
  analysis: SentenceAnalysis,
  conflict: SlotJudgement,
  bound: readonly SlotJudgement[],
  all: readonly SlotJudgement[],
): boolean {
  if (all.some((agreement) => agreement.at === conflict.at)) return false;
  const same = bound.filter((agreement) => agreement.slot === conflict.slot);
  if (!same.length) return false;
  // Within the agreeing value: its year, and its month when it gives one ("in September 1999 …
  // set up on 6 October 1999" is another event's day, not a finer September).
  const finer = dateAt(analysis, conflict.at);
  return same.every((agreement) => {
    const coarser = dateAt(analysis, agreement.at);
    return (
      PRECISION_RANK[conflict.precision] > PRECISION_RANK[agreement.precision] &&
      finer?.year !== undefined &&
      coarser?.year === finer.year &&
      (coarser.month === undefined || coarser.month === finer.month)
    );
  });
}

/**
 * "The first country in the Americas", "the first Latin American country": a rank within a
 * group of countries, not among all of Bhutan's partners.
 */
function rankWithinGroup(analysis: SentenceAnalysis, judgement: SlotJudgement): boolean {
  if (judgement.slot.kind !== 'ordinal') return false;
  const after = analysis.text.slice(judgement.at + judgement.stated.length);
  return GROUPED_RANK.test(after) || QUALIFIED_RANK.test(after) || REGION_RANK.test(after);
}
/** "its first diplomatic partner anywhere in the Americas": a rank within a region. */
const REGION_RANK =
  /^\s+(?:[a-z-]+\s+){0,2}(?:country|nation|state|partner)\w*\s+(?:anywhere\s+)?(?:in|from|outside)\s+(?:the\s+)?[A-Z]/u;
const QUALIFIED_RANK = /^\s+(?:[A-Z][\p{L}-]*\s+){1,3}(?:country|nation|state|partner|head)/u;
const GROUPED_RANK =
  /^\s+(?:country|nation|state|partner)\w*\s+(?:in|from|outside|of)\s+(?:the\s+)?[A-Z]/u;

const PRESENT_VERBS = new Set([
  'is',
  'are',
  'has',
  'have',
  'remains',
  'remain',
  'continues',
  'must',
]);

/**
 * "…our relations were conducted under British guidance and then, after the 1949 treaty, under an
 * undertaking to be guided by New Delhi": the wording's clause has no verb of its own; an earlier
 * clause's past tense governs it.
 */
function pastBeforeVerblessClause(analysis: SentenceAnalysis, at: number): boolean {
  const { tokens } = analysis;
  const clause = tokens[at]?.clause ?? 0;
  if (tokens.some((token) => token.clause === clause && PRESENT_VERBS.has(token.norm)))
    return false;
  for (let earlier = clause - 1; earlier >= 0; earlier--)
    if (clauseInPast(tokens, earlier)) return true;
  return false;
}

/**
 * "Bhutan remains an observer", "is still a member": the state now, not the event that began it,
 * so no date in the sentence is the event's.
 */
function stateSaidOfNow(analysis: SentenceAnalysis, wording: PhraseMatch): boolean {
  // In the wording's own clause: "further afield still: Canada established …" is no state.
  const clause = analysis.tokens[wording.from]?.clause;
  for (let k = Math.max(0, wording.from - 3); k < wording.from; k++)
    if (
      analysis.tokens[k]?.clause === clause &&
      ['remains', 'remain', 'still'].includes(analysis.tokens[k]?.norm ?? '')
    )
      return true;
  return false;
}

/** What a state is said to have lasted since ("frozen since 2008", "on hold since"). */
const STATE_WORDS = new Set([
  'frozen',
  'stalled',
  'suspended',
  'dormant',
  'hold',
  'paused',
  'shelved',
]);

/**
 * "This year marks half a century of relations, established on 12 April 1973": the page's own
 * present is when it writes, not when the event was; "frozen since 2008" dates the freeze.
 */
function presentOrStateValue(analysis: SentenceAnalysis, judgement: SlotJudgement): boolean {
  const value = analysis.values.find((candidate) => candidate.start === judgement.at);
  if (value?.kind === 'date' && value.present) return true;
  const at = analysis.tokens.findIndex((token) => token.end > judgement.at);
  return (
    analysis.tokens[at - 1]?.norm === 'since' &&
    STATE_WORDS.has(analysis.tokens[at - 2]?.norm ?? '')
  );
}

/** "As of 25 October 2025, Bhutan has relations with 59 countries": the time of the account. */
function referenceTime(analysis: SentenceAnalysis, judgement: SlotJudgement): boolean {
  const at = analysis.tokens.findIndex((token) => token.end > judgement.at);
  const of = analysis.tokens[at - 1]?.norm;
  return analysis.tokens[at - 2]?.norm === 'as' && (of === 'of' || of === 'at');
}

/**
 * The value belongs to someone else: its clause names other people than the wording's, or it
 * opens with "the latter" or "the former" and that one (the last, or the one before it, of the
 * names before the clause) is not one of the claim's.
 */
/** A relative clause's opening words: "with which", "in which", "whose", "which", "where". */
const RELATIVE_AFTER_NAME = /^\s*(?:(?:with|in|to|for) (?:which|whom)|whose|which|who|where)\b/i;

function ofTheOther(
  claim: Claim,
  analysis: SentenceAnalysis,
  judgement: SlotJudgement,
  wording: PhraseMatch,
): boolean {
  const { tokens } = analysis;
  const valueToken = tokens.findIndex((token) => token.end > judgement.at);
  const clause = tokens[valueToken]?.clause;
  // "Modi chose Bhutan …, and on 7–8 June Jaishankar made Thimphu his first stop": a clause that
  // names other people than the wording's clause dates their deed.
  const peopleIn = (at: number | undefined): Set<string> =>
    new Set(
      analysis.mentions
        .filter(
          (m) => m.from >= 0 && !m.via && m.kind === 'person' && tokens[m.from]?.clause === at,
        )
        .map((m) => m.entity),
    );
  // "…with the Netherlands in June and with the European Community on 9 August": a value after
  // "and" and another name, in a conjunct that names none of the claim's, is that name's.
  for (let k = valueToken - 1; k > wording.to && tokens[k]?.clause === clause; k--) {
    if (tokens[k]?.norm !== 'and' || !['with', 'to'].includes(tokens[k + 1]?.norm ?? '')) continue;
    const inConjunct = analysis.mentions.filter(
      (m) => m.from > k && m.to <= valueToken && m.from >= 0 && !m.via,
    );
    if (inConjunct.length && inConjunct.every((m) => !isPartyOf(claim, m.entity))) return true;
    break;
  }
  // "the first new partner since Oman, with which relations were set up in March 2012": a value
  // in a relative clause opened right after another country is that country's.
  const span = clauseSpans(tokens).get(clause ?? -1);
  const opener = span ? span.last - span.count + 1 : 0;
  const relative = RELATIVE_AFTER_NAME.exec(
    analysis.text.slice(tokens[opener]?.start ?? 0, judgement.at),
  );
  if (relative) {
    const before = analysis.mentions.filter((m) => m.from >= 0 && !m.via && m.to === opener);
    const owner = before.find((m) => m.kind === 'country');
    // (A city or a mission that implies its country, "Guwahati, which began work …", "our
    // mission in New York, which has been there since 1971", is that thing's clause.)
    if (owner && before.every((m) => m.kind === 'country') && !isPartyOf(claim, owner.entity))
      return true;
  }
  // "with Kuwait (23 May) and Nepal (June)": a value in brackets right after a name is that name's.
  const opening = /\(\s*$/.exec(analysis.text.slice(0, judgement.at));
  if (opening) {
    const head = analysis.text.slice(0, opening.index).trimEnd().length;
    const owner = analysis.mentions.find(
      (m) => m.from >= 0 && !m.via && analysis.tokens[m.to - 1]?.end === head,
    );
    if (owner) return !isPartyOf(claim, owner.entity);
  }
  const there = peopleIn(clause);
  const here = peopleIn(tokens[wording.from]?.clause);
  if (clause !== tokens[wording.from]?.clause && here.size && there.size)
    if ([...there].every((person) => !here.has(person))) return true;
  const start = tokens.findIndex((token) => token.clause === clause);
  if (start < 1 || tokens[start]?.norm !== 'the') return false;
  const which = tokens[start + 1]?.norm;
  if (which !== 'latter' && which !== 'former') return false;
  const before = analysis.mentions
    .filter((mention) => mention.from >= 0 && !mention.via && mention.to <= start)
    .sort((a, b) => a.from - b.from);
  const meant = before[before.length - (which === 'latter' ? 1 : 2)];
  return !!meant && !isPartyOf(claim, meant.entity);
}

/** A value whose clause holds a wording of some other relation (and none of this claim's). */
function ownedElsewhere(
  judgement: SlotJudgement,
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  index: ClaimIndex,
): boolean {
  const valueToken = analysis.tokens.findIndex((token) => token.end > judgement.at);
  const clause = analysis.tokens[valueToken]?.clause;
  const own = new Set([...compiled.predicates, ...compiled.negativePredicates]);
  const ownMatches = [...own].flatMap((phrase) => matchesOf(analysis, phrase));
  const mine = `rel:${compiled.claim.match.relation}`;
  for (const [phrase, matches] of analysis.wordingMatches) {
    if (own.has(phrase)) continue;
    const keys = index.wordings.keys.get(phrase) ?? [];
    if (!keys.some((key) => key.startsWith('rel:') && key !== mine)) continue;
    // A word inside the claim's own wording ("visit" in "first foreign visit") is no rival.
    for (const match of matches)
      if (
        analysis.tokens[match.from]?.clause === clause &&
        !ownMatches.some((m) => m.from < match.to && match.from < m.to)
      )
        return true;
  }
  return false;
}

/** Prepositions that may open a clause holding only a date: ", on 14-15 June 2014". */
const VALUE_PREPOSITIONS = new Set(['on', 'in']);

/** A clause that only dates what it follows: ", which dates from 1961", ", dating back to 1983". */
const RELATIVE_OPENERS = new Set(['which', 'that', 'dating']);
const DATING_WORDS = new Set([
  'date',
  'dates',
  'dated',
  'goes',
  'go',
  'went',
  'back',
  'began',
  'begun',
  'started',
  'from',
  'to',
  'in',
  'on',
  'since',
]);
const DATING_REACH = 4;

/** Words that may stand beside a value in an apposition that only restates it ("that's 1983"). */

const APPOSITION = new Set([
  "that's",
  'that',
  'is',
  'was',
  'namely',
  'i.e',
  'ie',
  'in',
  'on',
  'so',
]);

const LIST_ITEM_TOKENS = 4;

/** Every clause strictly between the two is a short list item (a name or two). */
function listBetween(analysis: SentenceAnalysis, from: number, to: number): boolean {
  if (to - from === 1) {
    // "…of the FAO, the WHO and UNESCO all date from 1982": the next clause opens with a list
    // item and its "and".
    const next = analysis.tokens.filter((token) => token.clause === to);
    const and = next.findIndex((token) => token.norm === 'and' || token.norm === 'or');
    return and > 0 && and <= LIST_ITEM_TOKENS;
  }
  const sizes = new Map<number, number>();
  for (const token of analysis.tokens)
    if (token.clause > from && token.clause < to)
      sizes.set(token.clause, (sizes.get(token.clause) ?? 0) + 1);
  for (let clause = from + 1; clause < to; clause++)
    if ((sizes.get(clause) ?? 0) > LIST_ITEM_TOKENS) return false;
  // "…to establish relations, in June 2003, and Brazil followed in September 2009": a clause
  // between that holds a date is the wording's own value, not an item of a list.
  return !analysis.values.some((value) => {
    const clause = analysis.tokens[value.token]?.clause ?? -1;
    return value.kind === 'date' && clause > from && clause < to;
  });
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
  /** A list item or row is one terse statement: its commas do not part a value from its wording. */
  fragment = false,
  /** The index and the claim's relation, to tell another column's heading from its own. */
  columns?: { readonly index: ClaimIndex; readonly relation: string | undefined },
): boolean {
  const valueToken = analysis.tokens.findIndex((token) => token.end > judgement.at);
  const valueClause = analysis.tokens[valueToken]?.clause;
  // "Established 1985 or 1986 | Notes: cooperation dates from …": in a row, a value in a cell
  // headed by another wording of a relation is that column's, not a wording's in another cell.
  // (A place has headings of its own: "Where signed in …" names the row's event's place.)
  if (columns && valueToken >= 0 && judgement.slot.kind !== 'place')
    predicates = predicates.filter(
      (predicate) => !headedByAnother(analysis, columns, valueToken, predicate),
    );
  // "began in 1982, three years before diplomatic relations": the value dates the other event;
  // the wording's own date lies three years on.
  predicates = predicates.filter(
    (predicate) =>
      !offsetBetween(analysis, valueToken, predicate.from) &&
      !connectiveBetween(analysis, valueToken, predicate.from) &&
      !laterThanValue(analysis, valueToken, predicate) &&
      !inWithPhrase(analysis, valueToken, predicate),
  );
  if (fragment && valueToken >= 0)
    return predicates.some(
      (predicate) =>
        (valueToken < predicate.from
          ? predicate.from - valueToken
          : Math.max(0, valueToken - predicate.to + 1)) <= MAX_SAME_CLAUSE_DISTANCE &&
        !sentenceEndBetween(analysis, valueToken, predicate),
    );
  if (valueClause === undefined) return false;
  return predicates.some((predicate) => {
    let predicateClause = analysis.tokens[predicate.from]?.clause;
    // Commas in a list ("memberships of the FAO, the WHO and UNESCO all date from 1982") cut
    // clauses no reader sees: short clauses between the wording and the value are bridged.
    if (
      predicateClause !== undefined &&
      predicateClause < valueClause &&
      listBetween(analysis, predicateClause, valueClause)
    )
      predicateClause = valueClause;
    const distance =
      valueToken < predicate.from
        ? predicate.from - valueToken
        : Math.max(0, valueToken - predicate.to + 1);
    if (predicateClause === valueClause) return distance <= MAX_SAME_CLAUSE_DISTANCE;
    // "a founding member of SAARC, that's 1983", "the first country he visited, on 14-15 June
    // 2014": a short clause right after, holding nothing but the value.
    const valueEnd = judgement.at + judgement.stated.length;
    if (
      predicateClause !== undefined &&
      valueClause === predicateClause + 1 &&
      analysis.tokens.every(
        (token) =>
          token.clause !== valueClause ||
          (token.start >= judgement.at && token.end <= valueEnd) ||
          APPOSITION.has(token.norm) ||
          VALUE_PREPOSITIONS.has(token.norm),
      )
    )
      return distance <= MAX_CONFLICT_DISTANCE;
    // "chose Thimphu for his first foreign trip after taking office, visiting on 14–15 June 2014":
    // a clause opened by a participle carries on the deed before it, and so does its value.
    if (predicateClause !== undefined && valueClause === predicateClause + 1) {
      const open = analysis.tokens.findIndex((token) => token.clause === valueClause);
      const opener = analysis.tokens[open]?.norm ?? '';
      if (
        opener.length > 4 &&
        opener.endsWith('ing') &&
        valueToken > open &&
        valueToken - open <= 2 &&
        analysis.tokens
          .slice(open + 1, valueToken)
          .every((token) => VALUE_PREPOSITIONS.has(token.norm))
      )
        return distance <= MAX_CONFLICT_DISTANCE;
    }
    // "Its membership of the Universal Postal Union, which dates from 1961, …": a relative clause
    // that only dates what it follows dates the relation its wording names as a noun.
    // (It may confirm, never condemn: "which" may attach to the body named before it instead,
    // "membership of the Colombo Plan, which dates from 1950".)
    if (
      judgement.status === 'agree' &&
      predicateClause !== undefined &&
      valueClause === predicateClause + 1 &&
      datingClause(analysis, predicate, valueToken)
    )
      return distance <= MAX_CONFLICT_DISTANCE;
    // "On 18 June, the troops moved": a short opening phrase dates the clause after it — unless
    // the wording sits after "two days after" ("On 18 June, two days after the crews began …":
    // they began two days before the date).
    const opener = analysis.tokens.filter((token) => token.clause === valueClause);
    return (
      valueClause === analysis.tokens[0]?.clause &&
      predicateClause === valueClause + 1 &&
      opener.length <= 6 &&
      distance <= MAX_CONFLICT_DISTANCE &&
      !offsetBefore(analysis, predicate.from)
    );
  });
}

/**
 * The value's clause is a relative or participle clause of dating words alone ("which dates from",
 * "that go back to", "dating from"), and the wording before it names the relation as a noun ("membership", "ties"): after a verb
 * ("joined the UPU, which dates from 1874") the clause would date the body instead.
 */
function datingClause(
  analysis: SentenceAnalysis,
  predicate: PhraseMatch,
  valueToken: number,
): boolean {
  const clause = analysis.tokens[valueToken]?.clause;
  const open = analysis.tokens.findIndex((token) => token.clause === clause);
  if (!RELATIVE_OPENERS.has(analysis.tokens[open]?.norm ?? '')) return false;
  if (valueToken - open > DATING_REACH) return false;
  if (!analysis.tokens.slice(open + 1, valueToken).every((token) => DATING_WORDS.has(token.norm)))
    return false;
  return analysis.tokens
    .slice(predicate.from, predicate.to)
    .some((token) => DATED_NOUNS.has(token.norm));
}

/**
 * Before the claim's wording, the sentence binds a date to a wording of another event of the same
 * fact, and the date is not one the fact's claims of that event record ("The original treaty,
 * signed … in 1947, bound Bhutan to be guided by": both F01, and the treaty was signed in 1949).
 */
function datesAnotherPartOfItsFact(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  index: ClaimIndex,
  /** Where the claim's wording starts: the dated deed describes what comes before it. */
  wordingFrom: number,
): boolean {
  const own = compiled.claim.match.relation;
  // `rel:<relation>` → the years the fact's claims of that relation record. Only events: a state
  // ("an observer since 1998") holds in later years too.
  const others = new Map<string, ReadonlySet<number>>();
  for (const fact of compiled.claim.facts)
    for (const [relation, years] of index.datedRelationsByFact.get(fact) ?? [])
      if (relation !== own && !RELATIONS.get(relation)?.deniable)
        others.set(`rel:${relation}`, years);
  if (!others.size) return false;
  for (const [phrase, matches] of analysis.wordingMatches)
    for (const key of index.wordings.keys.get(phrase) ?? []) {
      const years = others.get(key);
      if (!years) continue;
      for (const value of analysis.values) {
        if (value.kind !== 'date' || value.year === undefined || years.has(value.year)) continue;
        const judgement = {
          at: value.start,
          stated: analysis.text.slice(value.start, value.end),
        } as SlotJudgement;
        const before = matches.filter((match) => match.to <= wordingFrom);
        if (before.length && boundToPredicate(analysis, judgement, before)) return true;
      }
    }
  return false;
}

/**
 * The value stands in a row's cell headed by a wording of another relation than the claim's
 * ("Established 1985" for a claim about cooperation), and the claim's wording in another cell.
 */
function headedByAnother(
  analysis: SentenceAnalysis,
  columns: { readonly index: ClaimIndex; readonly relation: string | undefined },
  valueToken: number,
  predicate: PhraseMatch,
): boolean {
  const { tokens } = analysis;
  const cell = tokens[valueToken]?.cell ?? 0;
  if (!cell || tokens[predicate.from]?.cell === cell) return false;
  const own = columns.relation ? [`rel:${columns.relation}`, `hdr:${columns.relation}`] : [];
  let another = false;
  for (const [phrase, matches] of analysis.wordingMatches) {
    const keys = columns.index.wordings.keys.get(phrase) ?? [];
    const heads = matches.some(
      (match) => match.to <= valueToken && tokens[match.from]?.cell === cell,
    );
    if (!heads) continue;
    // A heading of the claim's own relation makes the column the claim's.
    if (keys.some((key) => own.includes(key))) return false;
    another ||= isRelationWording(columns.index, phrase);
  }
  return another;
}

/**
 * "Until this week", "at the time": the state is said of an earlier time — when the phrase stands
 * in the wording's clause or before it, not in a later clause about something else ("The US set
 * up relations in 2015, it was all over the news at the time").
 */
function saidOfEarlier(
  analysis: SentenceAnalysis,
  index: ClaimIndex,
  wording: PhraseMatch,
): boolean {
  const clause = analysis.tokens[wording.from]?.clause;
  return index.formerly.some((phrase) =>
    matchesOf(analysis, phrase).some(
      (match) => match.from < wording.from || analysis.tokens[match.from]?.clause === clause,
    ),
  );
}

/** The sentence states a date on or after `until` (at the precision both give). */
function datesAfter(analysis: SentenceAnalysis, until: string): boolean {
  return analysis.values.some((value) => {
    if (value.kind !== 'date' || value.year === undefined) return false;
    // A year the sentence did not state ("on 29 Oct.") may be the record's own: never condemn.
    if (value.inferredYear) return true;
    const iso = [
      String(value.year),
      ...(value.month ? [String(value.month).padStart(2, '0')] : []),
      ...(value.month && value.day ? [String(value.day).padStart(2, '0')] : []),
    ].join('-');
    // The record's last day itself, or its month ("formalised that October"), is the change.
    return iso.slice(0, until.length) >= until.slice(0, iso.length);
  });
}

/**
 * The claim's event (its date slot, or when it became true) is not known to be before the page's
 * date: later, or in the same year or month when the record is no finer.
 */
function happensAfter(claim: Claim, pageDate: string): boolean {
  const dates = claim.slots.flatMap((slot) => (slot.kind === 'date' ? [slot.value] : []));
  if (claim.since) dates.push(claim.since);
  return dates.some((date) => date >= pageDate.slice(0, date.length));
}

const TIME_UNITS = new Set([
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
]);

/** "three years before", "two days after" between a value (token `from`) and a wording after it. */
function offsetBetween(analysis: SentenceAnalysis, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (offsetAt(analysis, i, OFFSET_WORDS)) return true;
  return false;
}

/** "two days after …", "a week before …" in the wording's clause, before the wording. */
function offsetBefore(analysis: SentenceAnalysis, at: number): boolean {
  const clause = analysis.tokens[at]?.clause;
  for (let i = at - 1; i > 0 && analysis.tokens[i]?.clause === clause; i--)
    if (offsetAt(analysis, i, PRECEDING_OFFSET_WORDS)) return true;
  return false;
}

/**
 * "Modi's first trip abroad as PM = Bhutan, June 2014. Lotay Tshering's first as PM = India, Dec
 * 2018": a cell of notes may hold several sentences; a full stop before a capital parts a value
 * from a wording even in a row, where commas do not.
 */
function sentenceEndBetween(
  analysis: SentenceAnalysis,
  valueToken: number,
  predicate: PhraseMatch,
): boolean {
  const [from, to] =
    valueToken < predicate.from
      ? [analysis.tokens[valueToken]?.end, analysis.tokens[predicate.from]?.start]
      : [analysis.tokens[predicate.to - 1]?.end, analysis.tokens[valueToken]?.start];
  if (from === undefined || to === undefined || to <= from) return false;
  // Up to the first letter of the later token (the capital that opens the next sentence), and
  // after a word of two or more small letters or digits: "S. Jaishankar" and "Dr. Tandi" are
  // initials and titles, not ends.
  const between = analysis.text.slice(Math.max(0, from - 2), to + 1);
  if (/[a-z0-9)]{2}\.\s+["\u201C(]?[A-Z]/.test(between)) return true;
  // A semicolon parts two statements when what follows it has a verb of its own ("May 1986;
  // Bhutan's ambassador in Brussels is accredited"), not in a list ("UN (1971); IMF (1981)").
  const semicolon = between.search(/;\s+["\u201C(]?[A-Z]/);
  return (
    semicolon >= 0 &&
    /\b(?:is|are|was|were|has|have|had|[a-z]{3,}ed)\b/.test(between.slice(semicolon))
  );
}

/**
 * In a row, every name of the claim stands past a sentence end from the wording, and the wording's
 * own sentence names another thing of that kind ("SAARC founding member, … . BIMSTEC Feb 2004").
 */
function nameInAnotherSentence(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  wording: PhraseMatch,
): boolean {
  if (!inRow(analysis.tokens)) return false;
  const named = namedAnchors(compiled, analysis);
  return (
    named.length > 0 &&
    named.every((mention) => sentenceEndBetween(analysis, mention.from, wording)) &&
    analysis.mentions.some(
      (other) =>
        namesAnother(compiled.claim, other) &&
        named.some((anchor) => anchor.kind === other.kind) &&
        !sentenceEndBetween(analysis, other.from, wording),
    )
  );
}

/**
 * "5th King took over Dec 2006 … . National Day = 17 Dec (1907, Ugyen Wangchuck at Punakha)": in a
 * cell of several sentences, a value parted by a sentence end from every name of the claim in
 * that cell is another sentence's (a name in another cell, the row's label, does not decide).
 */
function otherSentenceOfCell(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  judgement: SlotJudgement,
): boolean {
  if (!inRow(analysis.tokens)) return false;
  const named = namedAnchors(compiled, analysis);
  if (!named.length) return false;
  const at = analysis.tokens.findIndex((token) => token.end > judgement.at);
  // (Within one cell: a row's year cell dates the row's sentences, whichever names the claim.)
  const cell = analysis.tokens[at]?.cell;
  const inCell = named.filter((mention) => analysis.tokens[mention.from]?.cell === cell);
  return (
    inCell.length > 0 &&
    inCell.every((mention) =>
      sentenceEndBetween(analysis, at, { from: mention.from, to: mention.to } as PhraseMatch),
    )
  );
}

/**
 * "set up in 1971 after Bhutan entered the UN": a connective of time between the value and the
 * wording, in the wording's own clause, makes the wording's deed the point the value's is dated
 * against. (After a comma — "In 1971, after a long campaign, Bhutan joined" — it does not.)
 */
function connectiveBetween(analysis: SentenceAnalysis, from: number, to: number): boolean {
  const clause = analysis.tokens[to]?.clause;
  for (let i = to - 1; i > from && analysis.tokens[i]?.clause === clause; i--)
    if (TIME_CONNECTIVES.has(analysis.tokens[i]?.norm ?? '')) return true;
  return false;
}

const TIME_CONNECTIVES = new Set(['after', 'before', 'following', 'until', 'once']);

/**
 * "NAM = Belgrade 1961, Bhutan only joined later": a wording said to come later than a value
 * before it is dated against that value, not at it.
 */
function laterThanValue(
  analysis: SentenceAnalysis,
  value: number,
  predicate: PhraseMatch,
): boolean {
  if (value < 0 || value >= predicate.from) return false;
  const { tokens } = analysis;
  for (let i = Math.max(value + 1, predicate.from - 2); i <= predicate.to + 1; i++)
    if (LATER.has(tokens[i]?.norm ?? '')) return true;
  return false;
}

/**
 * "… application (September), with a working party set up on 6 October": a value after a
 * "with a …" that opens a clause of its own dates what the phrase introduces, not the wording
 * before it. (Looked for within a few words of the value only.)
 */
function inWithPhrase(analysis: SentenceAnalysis, value: number, predicate: PhraseMatch): boolean {
  const { tokens } = analysis;
  if (value < 0 || value < predicate.to) return false;
  for (let i = Math.max(predicate.to, value - WITH_PHRASE_REACH); i < value; i++)
    if (
      tokens[i]?.norm === 'with' &&
      tokens[i - 1]?.clause !== tokens[i]?.clause &&
      /^(?:a|an)$/.test(tokens[i + 1]?.norm ?? '')
    )
      return true;
  return false;
}

const WITH_PHRASE_REACH = 8;

const LATER = new Set(['later', 'afterwards', 'afterward', 'subsequently', 'thereafter']);

const OFFSET_WORDS = new Set(['after', 'before', 'later', 'earlier']);
const PRECEDING_OFFSET_WORDS = new Set(['after', 'before']);

/** Token `i` is one of `words` right after a unit of time ("three years before"). */
function offsetAt(analysis: SentenceAnalysis, i: number, words: ReadonlySet<string>): boolean {
  return (
    words.has(analysis.tokens[i]?.norm ?? '') && TIME_UNITS.has(analysis.tokens[i - 1]?.norm ?? '')
  );
}

export function verifyClaim(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  context: VerifyContext,
): ClaimOutcome {
  const { claim } = compiled;
  const columnsOf = { index: context.index, relation: claim.match.relation };

  const binding = bindArguments(claim, analysis, context);
  if (!binding) return noMatch(claim, 'its entities are not all named or referred to');
  const { implicit, understood } = binding;
  const predicate = choosePredicate(compiled, analysis, context.fragment);
  if (!predicate) return noMatch(claim, 'none of its wordings is stated (or all are ruled out)');

  const slots = judgeSlots(
    compiled.slots,
    analysis,
    predicate.match,
    context.pageDate,
    predicate.all.length ? predicate.all : [predicate.match],
    {
      starts: matchesOfAll(analysis, compiled.starts),
      ends: matchesOfAll(analysis, compiled.ends),
    },
  );
  if (slots.missingRequired) return noMatch(claim, 'a required value is missing');
  // Values this claim owns: agreeing and bound to one of its wordings (in its clause), so that a
  // neighbour's contradiction on the same value yields to it; and those it has no other value for.
  const owned = slots.agreements.filter((judgement) =>
    boundToPredicate(
      analysis,
      judgement,
      predicate.all.length ? predicate.all : [predicate.match],
      context.fragment,
      columnsOf,
    ),
  );
  const agreedAt = owned.map((judgement) => judgement.at);
  const agreedAlone = owned
    .filter((judgement) => owned.filter((other) => other.slot === judgement.slot).length === 1)
    .map((judgement) => judgement.at);
  const wording = {
    from: predicate.match.from,
    to: predicate.match.to,
    reach: predicate.distance,
    role: anchorRole(claim, analysis, predicate.match),
  };
  const matched = (dropped: string): ClaimOutcome => ({
    claim,
    matched: true,
    agreedAt,
    agreedAlone,
    dropped,
    wording,
  });

  // An unverified claim silences a sentence only when the sentence is plainly about it: an
  // implied Bhutan is not enough ("India was among the abstaining states" is India's vote).
  if (claim.verdict === 'unverified')
    return implicit
      ? noMatch(claim, 'unverified claim, and Bhutan only implied')
      : matched('unverified claim: never flags');
  if (!predicate.asserted) return matched(`not an assertion (${predicate.why})`);
  // "Thailand" in a list under "Embassies and missions": a false claim is repeated only by the
  // item's own words, not by its heading's; and a heading that names none of the claim's parties
  // itself ("Diplomatic missions" under a page on Japan) states nothing of them.
  if (
    claim.verdict === 'false' &&
    analysis.ownFrom !== undefined &&
    predicate.match.to <= analysis.ownFrom
  )
    return matched("only the heading's words would state the false claim");
  if (
    (context.heading || (context.fragment && !analysis.values.length)) &&
    understood.length &&
    !namedAnchors(compiled, analysis).length
  )
    return matched('a heading or bare item that names none of the claim’s parties');
  if (!analysis.framed && someoneElse(compiled, analysis, predicate.match))
    return matched('another country is the subject');
  if (setAside(compiled, analysis)) return matched('the claim’s name is set aside ("besides …")');
  // "SAARC founding member, … . BIMSTEC Feb 2004": a name in another sentence of the cell is not
  // the wording's.
  if (nameInAnotherSentence(compiled, analysis, predicate.match))
    return matched('the claim’s name stands in another sentence of the cell');
  if (rowAboutAnother(compiled, analysis))
    return matched("the row is about another name; the claim's is only in a later column");
  if (itemAboutAnother(compiled, analysis, predicate.match))
    return matched("the item is about another name; the claim's is only in its note");
  if (agentOnlyCompared(compiled, analysis))
    return matched(
      'the one the claim says acted is only a point of comparison ("before India\'s")',
    );
  if (possessivePersonIsAnother(compiled, analysis, predicate.match))
    return matched('the wording is another person\'s ("his first visit abroad")');
  if (possessedByAnother(claim, analysis, predicate.match))
    return matched('the wording is another country\'s ("Australia\'s High Commission")');
  if (framedButNamesAnother(claim, analysis, understood))
    return matched('the heading names one party, the sentence another');
  if (relativeClauseOfAnother(claim, analysis, predicate.match))
    return matched('the wording stands in a clause about another country ("…, which are …")');
  if (referenceToSuccessor(compiled, analysis))
    return matched(
      'the description is of what replaced the thing ("the agreement that replaced it")',
    );
  if (relativeActs(analysis, predicate.match))
    return matched('who acted is named only as a relative, which the record cannot check');
  if (
    (implicit || understood.some((mention) => mention.from < 0)) &&
    anotherAgent(claim, analysis, predicate.match)
  )
    return matched('the subject is left unsaid and another country is named');
  if (unknownSubject(analysis, predicate.match))
    return matched('the subject is a name the record does not know');

  const reasonContext: ReasonContext = {
    pageDate: context.pageDate,
    placeName: (id) => context.index.entities.get(id)?.name ?? id,
    timeline: timelineValue,
  };
  // Polarity: a negation over the wording, a wording that is itself negative, the claim's own sense.
  // A negative wording ("stayed away") may itself be a negation cue: only a negation before it
  // ("never stayed away") turns it round.
  const { from } = predicate.match;
  const negatedHere = predicate.negativeWording
    ? from > 0 &&
      analysis.markers.negated.has(from - 1) &&
      analysis.tokens[from - 1]?.clause === analysis.tokens[from]?.clause
    : analysis.markers.negated.has(from) || objectNegated(claim, analysis, predicate.match);
  const negated = negatedHere !== predicate.negativeWording;
  const asserts = negated === (claim.match.negative ?? false);
  // The value bound to the chosen predicate wins; failing that, one bound to another of its matches.
  // A wording whose object is another name ("joined the UPU in 1961, well before it joined the
  // UN") holds that name's values, not this claim's.
  const wordings = (predicate.all.length ? predicate.all : [predicate.match]).filter(
    (match) =>
      match === predicate.match ||
      (!objectIsAnother(claim, analysis, match) && !subjectIsAnotherBody(claim, analysis, match)),
  );
  const bound = (judgement: SlotJudgement): boolean =>
    boundToPredicate(analysis, judgement, wordings, context.fragment, columnsOf);
  // Values beside the claim's wording decide; an agreeing one of a kind outweighs a conflicting
  // one of the same kind ("joined in 1971, months after its 1970 application").
  // "came the Philippines and Qatar, the latter by a communiqué … on 16 October": a value in a
  // clause about "the latter" (or "the former") is that one's, not the other's.
  const mine = (judgement: SlotJudgement): boolean =>
    !otherSentenceOfCell(compiled, analysis, judgement) &&
    !ofTheOther(claim, analysis, judgement, predicate.match) &&
    !appositiveOfAnother(compiled, analysis, judgement) &&
    !referenceTime(analysis, judgement) &&
    !rankWithinGroup(analysis, judgement) &&
    !(
      judgement.status === 'conflict' &&
      (presentOrStateValue(analysis, judgement) || stateSaidOfNow(analysis, predicate.match))
    );
  // "…since 1984, and in 2017 the Doklam plateau … saw a 73-day face-off": an agreeing value in
  // the clause that names what the claim is about is the claim's too.
  const anchorClauses = new Set(
    namedAnchors(compiled, analysis).map((m) => analysis.tokens[m.from]?.clause),
  );
  const inAnchorClause = (judgement: SlotJudgement): boolean => {
    const at = analysis.tokens.findIndex((token) => token.end > judgement.at);
    return (
      anchorClauses.has(analysis.tokens[at]?.clause) &&
      !connectiveBetween(analysis, at, predicate.match.from)
    );
  };
  const boundAgreements = slots.agreements
    .filter((judgement) => bound(judgement) || inAnchorClause(judgement))
    .filter(mine);
  const agreedKinds = new Set(boundAgreements.map((judgement) => judgement.slot.kind));
  const conflicts = slots.conflicts.filter(
    (judgement) =>
      (!agreedKinds.has(judgement.slot.kind) ||
        finerThanAgreements(analysis, judgement, boundAgreements, slots.agreements)) &&
      mine(judgement),
  );
  const conflict =
    conflicts.find((judgement) =>
      boundToPredicate(analysis, judgement, [predicate.match], context.fragment, columnsOf),
    ) ?? conflicts.find(bound);
  // An agreeing value away from the wording still supports, unless another relation's wording
  // stands in its clause ("visited Bhutan in 2024, after the two countries established relations":
  // 2024 is the visit's).
  const agreement =
    boundAgreements[0] ??
    slots.agreements.find(
      (judgement) =>
        mine(judgement) && !ownedElsewhere(judgement, compiled, analysis, context.index),
    );
  const claimIsTrue = claim.verdict === 'true';
  // A state of affairs said of an earlier time ("until this week Bhutan counted 52 partners") is
  // not weighed against what holds at the page's date.
  const isState =
    claim.asOf !== undefined ||
    claim.since !== undefined ||
    compiled.slots.some((slot) => slot.kind === 'number' && slot.timeline);
  if (isState && saidOfEarlier(analysis, context.index, predicate.match))
    return matched('describes an earlier state of affairs');
  const { until } = claim;
  if (until && context.pageDate > until) {
    // A date in a clause about another party does not count: "Lesotho was the second new partner
    // …: Saudi Arabia had established relations on 18 September 2024" dates Saudi Arabia's.
    const otherClauses = new Set(
      analysis.mentions
        .filter((mention) => namesAnother(claim, mention))
        .map((mention) => analysis.tokens[mention.from]?.clause),
    );
    const within = analysis.values.some((value) => {
      const clause = analysis.tokens[value.token]?.clause;
      return (
        value.kind === 'date' &&
        value.year !== undefined &&
        `${value.year}` <= until.slice(0, 4) &&
        (anchorClauses.has(clause) || !otherClauses.has(clause))
      );
    });
    if (!within) return matched("the record does not reach the page's date");
  }
  const stated = slots.agreements.length + slots.conflicts.length > 0;

  // With no value to anchor it, a verdict rests on the wording alone: every party the sentence
  // names must stand near it ("NATO's … architecture … has created a space for nations like
  // Bhutan to reconsider their defence partnerships" is not about a NATO partnership).
  if (!stated && !closeToWording(claim, analysis, predicate.match))
    return matched('the wording stands too far from what the claim is about');

  let verdict: FlagVerdict;
  let reason: string;
  let confidence = stated ? 0.9 : 0.8;
  if (asserts) {
    if (claimIsTrue && conflict) {
      // "… not one of the movement's founders, though it had entered the Group of 77 in 1971":
      // the wording's object is another thing the sentence names, and so is its value.
      if (wording.role !== 'object' && objectIsAnother(claim, analysis, predicate.match))
        return matched("the wording's object is something else, and so is its value");
      // "The IFC followed in 2003 …, and the Bank has kept an office since 2011": what the claim
      // is about is only referred to, in a later clause; the wording's value is not said of it.
      if (wording.role === 'apart')
        return matched('the claim’s subject is only referred to, apart from the wording');
      // "Member since 1973 | Admitted two years after UN entry": the claim's entity a point of
      // comparison, and the value bound only to another wording of the sentence.
      if (
        wording.role === 'compared' &&
        !boundToPredicate(analysis, conflict, [predicate.match], context.fragment, columnsOf)
      )
        return matched('the claim’s subject is only a point of comparison for that value');
      // "…exchanged notes in New Delhi": a partner named only as the place of the event may
      // confirm the record, never condemn it.
      if (partnerOnlyAsPlace(compiled, analysis))
        return matched('names the partner only as a place');
      // "The friendship treaty signed in Darjeeling in 1949 …; the revised treaty of 2007 …": the
      // place is the right one of something else the sentence names, and so its place.
      if (placeOfAnother(claim, analysis, context.index, conflict))
        return matched('the place is the right place of something else the sentence names');
      // "…is a founding member of SAARC and joined BIMSTEC … on 31 July 2004": the value follows
      // a second deed, after everything the claim names.
      const valueAt = analysis.tokens.findIndex((token) => token.end > conflict.at);
      const anchors = namedAnchors(compiled, analysis);
      const deed = anchors.reduce((last, mention) => Math.max(last, mention.to), -1);
      if (
        deed >= predicate.match.to &&
        valueAt > deed &&
        secondDeedBetween(analysis, predicate.match.to - 1, valueAt)
      )
        return matched('the value belongs to a second deed of the sentence');
      // "The treaty was signed at Punakha on 10 January 1910 and amended the older Treaty of
      // Sinchula": the claim's name is the object of a second deed, not of the wording.
      if (
        anchors.length > 0 &&
        anchors.every(
          (mention) =>
            mention.from >= predicate.match.to &&
            secondDeedBetween(analysis, predicate.match.to, mention.from),
        )
      )
        return matched('the claim’s name is the object of another deed');
      // "became a member in 1969, two years before it entered the UN": the claim's name stands
      // past an offset from the value, so its own time is the value moved by that offset.
      if (
        anchors.length > 0 &&
        anchors.every(
          (mention) => mention.from > valueAt && offsetBetween(analysis, valueAt, mention.from),
        )
      )
        return matched('the claim’s name is dated only by an offset from the value');
      if (
        anchorDenied(compiled, analysis) ||
        qualifiesAnotherBody(compiled, analysis, predicate.match)
      )
        return matched('the claim’s name is denied or only qualifies another body');
      verdict = 'contradicted';
      reason = conflictReason(conflict, reasonContext);
      if (conflict.distance > 6) confidence -= 0.1;
      if (conflict.yearless) confidence -= 0.15;
    } else if (claimIsTrue) {
      // "chosen five years ago … travelling to Thimphu on June 14-15, 2014": a finer value of an
      // agreeing kind that conflicts, even away from the wording, leaves the sentence in doubt.
      if (
        conflicts.some(
          (judgement) =>
            agreedKinds.has(judgement.slot.kind) && !inClauseOfAnother(claim, analysis, judgement),
        )
      )
        return { ...matched('also states a finer value the record contradicts'), castsDoubt: true };
      // A claim that is about a value is only confirmed by a sentence that states the value.
      if (!agreement && claim.slots.some((slot) => slot.kind !== 'place'))
        return slots.doubts.some(bound)
          ? { ...matched('states a value that may be a slip'), castsDoubt: true }
          : matched(NO_VALUE);
      // "127th – Bhutan's place on the UN's roll when it was admitted on 21 September 1971": a rank
      // the record does not give, said beside a right date, leaves the sentence in doubt.
      if (strayRank(claim, analysis, context.index))
        return matched('states a rank the record does not give');
      // "With a capacity of 1,020 MW, it was inaugurated on 17 August 2019": a value of the claim's
      // own that conflicts, of a kind nothing in the sentence agrees with, even apart from the
      // wording, leaves the sentence in doubt (a dateline's day does not); so does one
      // of the claim's known wrong places ("founded in Kathmandu in 1985").
      const statedKinds = new Set(slots.agreements.map((judgement) => judgement.slot.kind));
      const strays = slots.conflicts.filter((judgement) => !statedKinds.has(judgement.slot.kind));
      // A stray count or measure ("lasted 72 days") is the fact's own, and casts doubt on the
      // fact's other claims; a stray date may be another event's.
      if (strays.some((judgement) => judgement.slot.kind === 'number'))
        return { ...matched('also states a value the record contradicts'), castsDoubt: true };
      if (strays.length || strayWrongPlace(claim, analysis, context.index, predicate.match))
        return matched('also states a value the record contradicts');
      // "ADB (not UN!) 1982", "the UN office in Thimphu opened": the claim's name denied, or
      // used as an adjective for something else, is not what the sentence confirms.
      if (
        anchorDenied(compiled, analysis) ||
        anchorQualifiesANoun(compiled, analysis, predicate.match)
      )
        return matched('the claim’s name is denied or only qualifies something else');
      // "membership of the Group of 77, the caucus … at the UN, … entered that group in 1971":
      // the wording's object is another body, and the claim's only a point of comparison.
      if (wording.role === 'compared' && objectIsAnother(claim, analysis, predicate.match))
        return matched("the wording's object is something else");
      // "The original treaty, signed in Darjeeling in 1947 …, bound Bhutan to be 'guided by' New
      // Delhi's advice": a claim with no value of its own beside a date the sentence gives another
      // dated part of the same fact, which it cannot judge, is not confirmed by it.
      if (
        !agreement &&
        datesAnotherPartOfItsFact(compiled, analysis, context.index, predicate.match.from)
      )
        return matched('dates another part of the same fact, which it cannot judge');
      // "China is the only one with which Bhutan has yet to establish relations": a denial
      // said of one exception says the rest have it, which a claim of "none" contradicts.
      if (claim.match.negative && ONLY_EXCEPTION.test(analysis.text))
        return matched('names one exception, implying the rest');
      verdict = 'supported';
      reason = agreement
        ? agreementReason(agreement, reasonContext)
        : `Agrees with the vetted record: ${claim.text}`;
      if (agreement?.precision === 'day') confidence += 0.05;
    } else {
      // A false claim pinned to a value ("independence in 1949") is only repeated with that value.
      if (conflict && !agreement) return matched('states a different value than the false claim');
      // … and with that value bound to its wording ("sent on 6 December 1971, a few hours before
      // India recognised Bangladesh" does not say India recognised it in 1971 first).
      if (!boundAgreements.length && claim.slots.some((slot) => slot.kind !== 'place'))
        return matched("the false claim's value is not its wording's");
      verdict = 'contradicted';
      reason = claim.correction ?? `Vetted sources contradict this: ${claim.text}`;
    }
  } else if (claimIsTrue && conflict) {
    // "Bhutan did not join the UN in 1972": denying a wrong value agrees with the record —
    // of a partner the sentence names as more than the place of something else.
    if (partnerOnlyAsPlace(compiled, analysis)) return matched('names the partner only as a place');
    verdict = 'supported';
    reason = `${capitalise(conflictReason(conflict, reasonContext).replace(/, not .*$/, ''))}, indeed not ${conflict.stated}.`;
    confidence -= 0.1;
  } else if (claimIsTrue) {
    // A bare denial contradicts a state of affairs ("Bhutan is not a member of the UN"), not an
    // event ("the talks cannot be separated from Doklam").
    const relation = claim.match.relation ? RELATIONS.get(claim.match.relation) : undefined;
    if (relation && !relation.deniable) return matched('a bare denial of an event is too weak');
    // "1972 is the year Bhutan joined ESCAP, not the year it joined the UN": what is denied is a
    // time, not the deed.
    if (deniesATime(analysis, predicate.match.from))
      return matched('denies a time for the deed, not the deed');
    // "Reading about Bhutan's relations with China": a looser bond than the state it would deny.
    const firm = [...compiled.predicates, ...compiled.negativePredicates].some(
      (phrase) => !compiled.loosePredicates.has(phrase) && matchesOf(analysis, phrase).length,
    );
    if (!firm) return matched('the wording alone is too loose to deny it');
    // "The Dutch enjoy an advantage …: Bhutan still has no formal diplomatic relations with France
    // or Britain": the denial's object is another country, not the claim's.
    if (deniedOfAnother(compiled, analysis, predicate.match))
      return matched("the denial's object is another country");
    // "… the Colombo Plan, which started as a Commonwealth initiative …; Bhutan joined that":
    // a name used as an adjective for something else is not what the sentence joins or denies.
    if (anchorQualifiesANoun(compiled, analysis, predicate.match))
      return matched('the claim’s name only qualifies something else');
    // "France, which handles Bhutan from its embassy in New Delhi, has no relations with the
    // kingdom": a partner named only as a place is not the one denied.
    if (partnerOnlyAsPlace(compiled, analysis)) return matched('names the partner only as a place');
    // "there is still no American embassy in Thimphu": the wording is another country's.
    const { from: wordingFrom, to: wordingTo } = predicate.match;
    if (
      analysis.mentions.some(
        (mention) =>
          namesAnotherCountry(claim, mention) &&
          mention.from < wordingTo &&
          wordingFrom <= mention.to,
      )
    )
      return matched("denies another country's");
    // "Japan and Canada are no longer the only G7 members to have relations": what is denied is
    // that they are the only ones, not that they have relations.
    if (deniesExclusivity(analysis, predicate.match))
      return matched('denies that it is the only one, not the relation');
    // "Until Wednesday it was … without formal ties": a denial said of an earlier time.
    if (saidOfEarlier(analysis, context.index, predicate.match))
      return matched('denies it of an earlier time');
    // A state recorded until a date ("no relations until 29 October 2024") is not denied by what
    // a sentence dates after it ("established relations on 29 October 2024").
    if (claim.until && datesAfter(analysis, claim.until))
      return matched('speaks of a time after the record');
    // "The two kingdoms have not yet established relations", on a page from before they did.
    if (happensAfter(claim, context.pageDate))
      return matched('denied on a page from before it happened');
    // "Diplomatic relations with China | Bhutan: None | Nepal: Since 1955": a column that says
    // "None" speaks of the row's relation for that column's party; a denial elsewhere is unsure.
    if (deniedCellElsewhere(analysis, predicate.match))
      return matched('a column of the row denies it, read apart from the wording');
    // "First steps outside | Colombo Plan 1962 = first intl org Bhutan joined": a denial in one
    // cell of a row says nothing of a claim whose names all stand in another.
    if (denialInAnotherCell(compiled, analysis, predicate.match))
      return matched('the denial stands in another cell than what the claim is about');
    // "There was no state banquet and no joint communiqué, but officials … took time to mark an
    // anniversary": a denial in a sentence that also speaks of what the claim rules out (an
    // anniversary of the relation) is about that occasion, not the relation.
    if (negated && matchesOfAll(analysis, [...compiled.clauseExclude, ...compiled.exclude]).length)
      return matched('the denial speaks of another occasion the sentence names');
    verdict = 'contradicted';
    reason = `The vetted record says otherwise: ${claim.text}`;
    confidence = 0.65;
  } else {
    verdict = 'supported';
    reason = claim.correction
      ? `Right: ${claim.correction}`
      : `Right: vetted sources contradict the opposite claim.`;
  }

  let unsureOfSubject = false;
  if (implicit) {
    // In running prose, page context may confirm a precise statement, never condemn one; a list
    // item, a table row or a heading leaves its subject unsaid by form, and is read as the page's.
    // (Precise: to the day, or to the record's own precision, "January 1968" for a month-only fact.)
    const precise =
      agreement &&
      (agreement.precision === 'day' ||
        agreement.precision === 'value' ||
        (agreement.precision === 'month' &&
          agreement.slot.kind === 'date' &&
          /^\d{4}-\d{2}$/.test(agreement.slot.value ?? '')));
    // On a page whose title or section names Bhutan, a sentence that names the other party and no
    // other country ("The Egyptian accord was signed on November 15") has no one else to mean.
    const clause = analysis.tokens[predicate.match.from]?.clause;
    const onlyPartner =
      context.subjectFramed &&
      (conflict !== undefined || agreement !== undefined) &&
      !relatesToSomethingElse(claim, analysis, predicate.match) &&
      !analysis.mentions.some(
        (mention) =>
          !mention.via &&
          mention.kind === 'country' &&
          // Anywhere before the wording (a subject), or in its clause.
          (mention.to <= predicate.match.from ||
            analysis.tokens[mention.from]?.clause === clause) &&
          !isPartyOf(claim, mention.entity) &&
          !coordinatedWithParty(claim, analysis, mention),
      ) &&
      claim.match.entities.some(
        (group) =>
          !group.includes(PAGE_SUBJECT) &&
          analysis.mentions.some((mention) => !mention.via && group.includes(mention.entity)),
      );
    if (!context.fragment && !onlyPartner && (verdict !== 'supported' || !precise))
      unsureOfSubject = true;
    else confidence -= context.fragment ? 0.1 : 0.15;
  }
  // What the sentence did not name but referred to lowers confidence a little, and the card says
  // how the sentence was read.
  for (const mention of understood)
    confidence -= mention.via?.how === 'framing' || mention.via?.second ? 0.1 : 0.05;
  reason += readingNote(understood, context);
  if (
    verdict === 'contradicted' &&
    claim.since &&
    context.pageDated &&
    context.pageDate < claim.since
  ) {
    return matched('the article predates the change');
  }
  // "Under the 1949 treaty Bhutan agreed to be guided by India": a sentence set before the change
  // (by a date or by its tense) describes the old state; only one that says it holds now
  // ("still") is judged by the change. A claim about the past is asserted only in the past tense,
  // and a sentence about how that past ended ("the abrogation of the clause") is the change's.
  const since = claim.since;
  const holdsNow = matchesOfAll(analysis, context.index.still).length > 0;
  const inPast =
    !holdsNow &&
    (clauseInPast(analysis.tokens, analysis.tokens[from]?.clause ?? 0) ||
      pastJustBefore(analysis.tokens, from) ||
      pastBeforeVerblessClause(analysis, from));
  if (
    verdict === 'contradicted' &&
    since &&
    !holdsNow &&
    (inPast ||
      (context.blockYear !== undefined && `${context.blockYear}` < since.slice(0, 4)) ||
      analysis.values.some(
        (value) =>
          value.kind === 'date' && value.year !== undefined && `${value.year}` < since.slice(0, 4),
      ))
  )
    return matched('describes the state before it changed');
  if (claim.tense === 'past' && !inPast) return matched('speaks of now, the claim of the past');
  if (claim.tense === 'past' && predicate.negativeWording)
    return matched('speaks of the change, not the old state');
  reason += asOfNote(claim);
  // "BIMSTEC (Feb 2004); … SAARC (founder member; …)": what brackets after another name say is
  // that name's, and condemns nothing of this claim.
  if (verdict === 'contradicted' && bracketedForAnother(claim, analysis, predicate.match))
    return matched('the wording stands in brackets after another name');
  // Read this far, a false claim the sentence repeats is one it asserts, unsure only of whose.
  if (unsureOfSubject)
    return {
      ...matched('Bhutan only implied: needs an exact agreeing value'),
      ...(claim.verdict === 'false' && verdict === 'contradicted' ? { castsDoubt: true } : {}),
    };
  return {
    claim,
    matched: true,
    agreedAt,
    agreedAlone,
    wording,
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
