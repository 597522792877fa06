import type { Pack, Source } from './claims/schema';
import { Salience } from './discourse/salience';
import { analyseSentence, namedIn, type SentenceAnalysis } from './match/analyse';
import { PAGE_SUBJECT, type ClaimIndex, type CompiledClaim } from './match/index';
import { isRelationWording } from './match/memo';
import { matchPhraseAt } from './match/phrase';
import { mayMatch } from './match/prefilter';
import { instancesReached, valueKeys } from './match/repeated';
import { resolveSentence, verifyCandidates } from './match/resolve';
import { applyTrust, importedSteps, originOf, type FlagOrigin } from './match/trust';
import {
  NO_VALUE,
  verifyClaim,
  type ClaimOutcome,
  type FlagVerdict,
  type VerifyContext,
} from './match/verify';
import {
  readLabelledNone,
  sentencesOf,
  shownReading,
  type PageText,
  type SentenceInput,
  type TextBlock,
} from './page';
import { gateOf } from './topic/sections';
import { mayBeConditional, type NonAssertion } from './text/markers';
import type { TopicResult } from './topic/topic';

export type Sensitivity = 'strict' | 'balanced';
export const CONFIDENCE_THRESHOLD: Record<Sensitivity, number> = { balanced: 0.6, strict: 0.75 };

export interface Flag {
  readonly sentence: string;
  /**
   * What the engine read, when it is more than the sentence: a table row with its column headings,
   * a definition with its term ("1984 First round of boundary talks").
   */
  readonly reading?: string;
  /** Where the sentence sits: block index and offsets into that block's text. */
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly verdict: FlagVerdict;
  readonly claimId: string;
  readonly claimText: string;
  readonly facts: readonly string[];
  readonly reason: string;
  readonly confidence: number;
  readonly asOf?: string;
  readonly sources: readonly Source[];
  /** The pack that vouches for the flag, vetted or imported (see match/trust.ts). */
  readonly origin: FlagOrigin;
}

export interface CheckResult {
  readonly relevant: boolean;
  readonly topic: TopicResult;
  readonly flags: readonly Flag[];
  /** Sentences left unchecked, and why (too long); absent when none. */
  readonly skipped?: readonly SkippedSentence[];
}

export interface SkippedSentence {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

export interface CheckOptions {
  readonly sensitivity?: Sensitivity;
  /** Today's date (YYYY-MM-DD): the date of an undated page. */
  readonly today: string;
  /**
   * The caller already ran the topic gate on the whole page (the content script does, and sends
   * only the blocks it passed): check the blocks without judging relevance again.
   */
  readonly gated?: boolean;
  readonly stats?: CheckStats;
  readonly explain?: Explanation[];
}

/**
 * The claims worth verifying: those bucketed under an entity the sentence names (or Bhutan, which a
 * relevant page may imply) and under a wording key the sentence states. Nothing else is looked at.
 */
function candidatesFor(
  index: ClaimIndex,
  analysis: SentenceAnalysis,
  pageRelevant: boolean,
): CompiledClaim[] {
  const seen = new Set<CompiledClaim>();
  // A claim that needs a kind of value the sentence does not state cannot flag, unless the
  // sentence denies something (a denial needs no value).
  const stated = new Set(analysis.values.map((value) => value.kind));
  const canFlag = (claim: CompiledClaim): boolean => {
    if (!claim.needs.size || analysis.markers.negated.size > 0) return true;
    for (const kind of claim.needs) if (stated.has(kind)) return true;
    return false;
  };
  let keys: ReadonlySet<string> | undefined;
  const collect = (entity: string): void => {
    const byKey = index.claimsByAnchor.get(entity);
    if (byKey)
      for (const key of analysis.wordingKeys)
        for (const claim of byKey.get(key) ?? []) if (canFlag(claim)) seen.add(claim);
    const framesByKey = index.framesByAnchor.get(entity);
    if (framesByKey)
      for (const key of analysis.wordingKeys)
        for (const frame of framesByKey.get(key) ?? []) {
          keys ??= valueKeys(analysis.values);
          for (const claim of instancesReached(frame, analysis.values, keys))
            if (canFlag(claim)) seen.add(claim);
        }
  };
  for (const id of analysis.entityIds) collect(id);
  if (pageRelevant && !analysis.entityIds.has(PAGE_SUBJECT)) collect(PAGE_SUBJECT);
  // One answer everywhere: the order claims come out of storage must not decide anything.
  return [...seen]
    .filter((claim) => mayMatch(claim, analysis, pageRelevant))
    .sort((a, b) => a.order - b.order);
}

/**
 * One instance of a relation the pack records more than once is contradicted only by a denial: a
 * value it does not have may be another instance, one the pack does not record (see repeated.ts).
 */
function forInstance(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  outcome: ClaimOutcome,
): ClaimOutcome {
  if (!compiled.instance || outcome.candidate?.verdict !== 'contradicted') return outcome;
  if (analysis.markers.negated.size > 0) return outcome;
  return {
    claim: outcome.claim,
    matched: false,
    agreedAt: [],
    dropped: 'another instance of a relation the pack records more than once',
  };
}

/**
 * A wording that spans a name ("53 countries plus the European Union") is that name's: carried to
 * another sentence, it would bring the name along (even one the sentence did not count as a party).
 */
function holdsAName(
  analysis: SentenceAnalysis,
  index: ClaimIndex,
  match: { from: number; to: number },
): boolean {
  for (let at = match.from; at < match.to; at++) {
    const aliases = index.aliasesByFirstWord.get(analysis.tokens[at]?.norm ?? '');
    if (
      aliases?.some(
        (alias) => !alias.contextual && matchPhraseAt(analysis.tokens, alias.phrase, at),
      )
    )
      return true;
  }
  return false;
}

/** The relation words of the clauses before offset `at` of the sentence, if it has any. */
function relationWordsBefore(
  analysis: SentenceAnalysis,
  index: ClaimIndex,
  at: number,
): string | undefined {
  const words: string[] = [];
  for (const [phrase, matches] of analysis.wordingMatches) {
    if (!isRelationWording(index, phrase)) continue;
    for (const match of matches) {
      const phrase = relationPhrase(analysis, match);
      if (
        phrase &&
        (analysis.tokens[match.to - 1]?.end ?? Infinity) <= at &&
        !analysis.markers.nonAssertion.has(match.from) &&
        !holdsAName(analysis, index, match)
      )
        words.push(phrase);
    }
  }
  return words.length ? [...new Set(words)].join(' ') : undefined;
}

/**
 * A wording's words as the sentence has them, in lower case: carried to another sentence or lent
 * by a heading, "Outside …" or "Diplomatic …" must not read as a name opening the clause.
 */
function relationPhrase(
  analysis: SentenceAnalysis,
  match: { readonly from: number; readonly to: number },
): string | undefined {
  const first = analysis.tokens[match.from];
  const last = analysis.tokens[match.to - 1];
  return first && last ? analysis.text.slice(first.start, last.end).toLowerCase() : undefined;
}

/** A heading or instruction that sets an exercise: what follows asks, it does not assert. */
const EXERCISE =
  /^\s*(?:(?:part|exercise|section|question) [a-z0-9]+\s*[:.–-]\s*)?(?:match|fill in|complete the|choose|pair up|circle|tick|underline|true or false|fact or fiction|myth or fact|write t or f|mark each)\b/i;

const HYPOTHETICAL: ReadonlySet<NonAssertion | undefined> = new Set(['conditional', 'hedge']);

/** A sentence that names a country and is a condition and its would-be outcome, every word. */
function hypothetical(analysis: SentenceAnalysis): boolean {
  if (
    !mayBeConditional(analysis.text) ||
    !analysis.mentions.some((mention) => mention.kind === 'country')
  )
    return false;
  const { nonAssertion } = analysis.markers;
  let conditional = false;
  for (let i = 0; i < analysis.tokens.length; i++) {
    const why = nonAssertion.get(i);
    if (!HYPOTHETICAL.has(why)) return false;
    conditional ||= why === 'conditional';
  }
  return conditional;
}

/** Words a bare list item may hold besides names and values ("10 June 1985 — The Netherlands."). */
const BARE_FILLERS = new Set(['the', 'and', 'of', 'in', 'on', 'a', 'an', 'with', 'by']);

/**
 * An item that opens with nothing but names, values and a few function words, up to its first
 * clause break after a name ("10 June 1985 — The Netherlands.", "28 March 1986 — Japan, by an
 * exchange of letters", "UPU – 1961, ten yrs before the UN"): it states no relation of its own, so
 * the nearest heading above that names one is what it lists.
 */
function onlyNamesAndValues(analysis: SentenceAnalysis): boolean {
  const { tokens } = analysis;
  const named = (at: number): boolean =>
    analysis.mentions.some((m) => !m.via && m.from <= at && at < m.to);
  let name = false;
  let value = false;
  for (const [at, token] of tokens.entries()) {
    if (name && value && at > 0 && tokens[at - 1]?.clause !== token.clause) return true;
    const isValue = analysis.values.some((v) => v.start <= token.start && token.end <= v.end);
    if (!BARE_FILLERS.has(token.norm) && !named(at) && !isValue) return false;
    name ||= named(at);
    value ||= isValue;
  }
  return true;
}

/** "has none with": a noun left out, the one the sentence before named. */
const NONE_WITH = /\b(has|have|had|maintains|maintain) none with\b/i;

/** Where the clause holding an ellipsis cue ("followed", "did the same") starts, if one does. */
function ellipsisAt(analysis: SentenceAnalysis, index: ClaimIndex): number | undefined {
  for (const phrase of index.ellipsis)
    for (const match of analysis.wordingMatches.get(phrase) ?? []) {
      const clause = analysis.tokens[match.from]?.clause;
      // A clause with a relation wording of its own ("admission … followed in 1971") is no ellipsis.
      const ownWording = [...analysis.wordingMatches].some(
        ([wording, matches]) =>
          (index.wordings.keys.get(wording) ?? []).some((key) => key.startsWith('rel:')) &&
          matches.some((m) => analysis.tokens[m.from]?.clause === clause),
      );
      if (ownWording) continue;
      // "we followed their priorities": a cue with an object of its own is no ellipsis; nor is
      // one that names another role ("Kuwait was also added as a donor", "added to the list").
      if (POSSESSIVES.has(analysis.tokens[match.to]?.norm ?? '')) continue;
      const next = analysis.tokens[match.to]?.norm ?? '';
      const role = next === 'as' && /^(?:a|an)$/.test(analysis.tokens[match.to + 1]?.norm ?? '');
      if (role || next === 'to') continue;
      const first = analysis.tokens.find((token) => token.clause === clause);
      return first?.start ?? 0;
    }
  return undefined;
}

const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'our', 'my', 'your']);

const GAP_PREPOSITIONS = new Set(['with', 'to']);

/** Words a gapped conjunct may hold besides names and values ("and that of UNESCO on 13 April"). */
const GAP_FILLERS = new Set(
  'that those of with from in on at by the its their same year also too respectively later and'.split(
    ' ',
  ),
);

/**
 * "Membership of WHO followed on 8 March 1982, and that of UNESCO on 13 April 1982": set off by a
 * comma, an "and" clause of nothing but names, values and a few function words shares the relation of
 * the clause before it. Returns where the conjunct's own words start, after "and" (and "that of").
 */
function gapAt(analysis: SentenceAnalysis, index: ClaimIndex): number | undefined {
  const { tokens } = analysis;
  const opener = tokens.findIndex(
    (token, at) =>
      at > 0 &&
      token.norm === 'and' &&
      (tokens[at - 1]?.clause !== token.clause ||
        tokens[at + 1]?.clause !== token.clause ||
        // "relations were opened with the Netherlands in June and with the EC on 9 August".
        GAP_PREPOSITIONS.has(tokens[at + 1]?.norm ?? '')),
  );
  if (opener < 0) return undefined;
  const covered = new Set<number>();
  let names = 0;
  for (const mention of analysis.mentions)
    if (mention.from > opener && !mention.via) {
      names++;
      for (let k = mention.from; k < mention.to; k++) covered.add(k);
    }
  let values = 0;
  for (const value of analysis.values)
    if (value.token > opener) {
      values++;
      for (let k = value.token; k < tokens.length && (tokens[k]?.end ?? 0) <= value.end; k++)
        covered.add(k);
    }
  // "…, and, in the same year, the World Bank": the year is the clause before's.
  for (let k = opener + 1; k + 1 < tokens.length; k++)
    if (tokens[k]?.norm === 'same' && tokens[k + 1]?.norm === 'year') values++;
  if (!names || !values) return undefined;
  // Besides fillers, one word may qualify a name right after it ("those with neighbouring Nepal").
  let qualifiers = 0;
  for (let k = opener + 1; k < tokens.length; k++)
    if (!covered.has(k) && !GAP_FILLERS.has(tokens[k]?.norm ?? '')) {
      const beforeName = analysis.mentions.some((m) => m.from === k + 1 && !m.via);
      if (!beforeName || ++qualifiers > 1) return undefined;
    }
  // A relation wording of the conjunct's own makes it a clause of its own.
  for (const [phrase, matches] of analysis.wordingMatches)
    if (isRelationWording(index, phrase) && matches.some((m) => m.from > opener)) return undefined;
  let from = opener + 1;
  if (
    /^(?:that|those)$/.test(tokens[from]?.norm ?? '') &&
    /^(?:of|with)$/.test(tokens[from + 1]?.norm ?? '')
  )
    from += 2;
  return tokens[from]?.start;
}

const RECENT_RELATIONS = 3;

const nonEmpty = (words: string | undefined): words is string => Boolean(words);

/**
 * The name a sentence opens with, alone in its first clause, when the clause from `at` on names
 * no one: "Brazil, the first …, followed in November 2009" gives "Brazil".
 */
function openingName(analysis: SentenceAnalysis, at: number): string | undefined {
  const { tokens, mentions } = analysis;
  const opening = mentions.find((mention) => mention.from === 0 && !mention.via);
  if (!opening || tokens[opening.to]?.clause === tokens[0]?.clause) return undefined;
  const namesFrom = mentions.some(
    (mention) => mention.from >= 0 && (tokens[mention.from]?.start ?? 0) >= at,
  );
  if (namesFrom) return undefined;
  const last = tokens[opening.to - 1];
  return last ? analysis.text.slice(0, last.end) : undefined;
}

/**
 * A timeline item whose name does something in the narrative past, or in the present with an
 * object or place after it ("1975 – ESCAP grants Bhutan … status", "India House opens in
 * Thimphu"): a deed of the item's own, not an instance of its heading's relation. (A plural noun
 * after the name, "1986 – Japan talks", is no deed.)
 */
function ownDeed(analysis: SentenceAnalysis): boolean {
  const { tokens, mentions } = analysis;
  const startsMention = new Set(mentions.map((mention) => mention.from));
  return mentions.some((mention) => {
    if (mention.from < 0 || mention.via) return false;
    const verb = tokens[mention.to];
    if (!verb || verb.clause !== tokens[mention.from]?.clause || NOT_VERBS.has(verb.norm))
      return false;
    if (PAST_VERB.test(verb.norm)) return true;
    const after = tokens[mention.to + 1];
    return (
      PRESENT_VERB.test(verb.norm) &&
      after !== undefined &&
      after.clause === verb.clause &&
      (startsMention.has(mention.to + 1) || DEED_OBJECTS.has(after.norm))
    );
  });
}
const PAST_VERB = /^[a-z]{3,}ed$/;
const PRESENT_VERB = /^[a-z]{3,}[^s]s$/;
const DEED_OBJECTS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'in',
  'at',
  'on',
  'to',
  'with',
  'for',
]);
const NOT_VERBS = new Set([
  'status',
  'this',
  'its',
  'was',
  'has',
  'is',
  'does',
  'plus',
  'less',
  'united',
]);

/** Who the sentence names outright besides the page's own subject ("We came in quietly": no one). */
function partnersNamed(analysis: SentenceAnalysis): Set<string> {
  return new Set(
    analysis.mentions
      .filter((mention) => mention.from >= 0 && !mention.via && mention.entity !== PAGE_SUBJECT)
      .map((mention) => mention.entity),
  );
}

const ANNOUNCES_WHAT_FOLLOWS =
  /\b(?:(?:lists?|tables?|entries|items|timeline) (?:below|that follows?)|(?:listed|given|set out) below|the following (?:lists?|tables?|entries|bodies|organi[sz]ations|countries))\b/i;

/**
 * The reading retrieves a claim of a relation it states, about someone it names: the carried
 * relation fits the clause ("Japan came on 28 March 1986" read as relations, not as membership).
 */
function statesAClaimOf(analysis: SentenceAnalysis, index: ClaimIndex, relevant: boolean): boolean {
  const named = partnersNamed(analysis);
  return candidatesFor(index, analysis, relevant).some(
    (compiled) =>
      compiled.claim.match.relation !== undefined &&
      analysis.wordingKeys.has(`rel:${compiled.claim.match.relation}`) &&
      compiled.anchorGroup.some((entity) => named.has(entity)),
  );
}

/** The last year the sentence names before offset `at`: what "the same year" after it means. */
function yearBefore(analysis: SentenceAnalysis, at: number): number | undefined {
  let year: number | undefined;
  for (const value of analysis.values)
    if (value.kind === 'date' && value.year !== undefined && value.end <= at) year = value.year;
  return year;
}

/** Entities the sentence names from offset `at` on and not before it. */
function namedOnlyFrom(analysis: SentenceAnalysis, at: number): Set<string> {
  const after = new Set<string>();
  const before = new Set<string>();
  for (const mention of analysis.mentions) {
    if (mention.from < 0 || mention.via) continue;
    const start = analysis.tokens[mention.from]?.start ?? 0;
    (start >= at ? after : before).add(mention.entity);
  }
  for (const entity of before) after.delete(entity);
  return after;
}

/**
 * The relation wordings a heading or lead-in states plainly (not asked, hedged or denied), as
 * text: what its list items and rows are about ("Memberships" → "memberships").
 */
function relationWords(analysis: SentenceAnalysis, index: ClaimIndex): string | undefined {
  // (No relation wording, no words: the markers need not be read.)
  let relation = false;
  for (const key of analysis.wordingKeys) if (key.startsWith('rel:')) relation = true;
  if (!relation) return undefined;
  if (analysis.markers.question || analysis.markers.negated.size) return undefined;
  const words: string[] = [];
  for (const [phrase, matches] of analysis.wordingMatches) {
    if (!isRelationWording(index, phrase)) continue;
    for (const match of matches) {
      if (analysis.markers.nonAssertion.has(match.from) || holdsAName(analysis, index, match))
        continue;
      const phrase = relationPhrase(analysis, match);
      if (phrase) words.push(phrase);
    }
  }
  return words.length ? [...new Set(words)].join(' ') : undefined;
}

/**
 * The relation as a short noun phrase the sentence names ("diplomatic relations"), for a
 * "none" in the next sentence to stand for: the longest gap-free wording of at most two words.
 */
function relationNoun(analysis: SentenceAnalysis, index: ClaimIndex): string | undefined {
  // Asked or asserted alike: "Does Bhutan have diplomatic relations with China? No. It has none …"
  let best: { from: number; to: number } | undefined;
  for (const [phrase, matches] of analysis.wordingMatches) {
    if (!isRelationWording(index, phrase)) continue;
    for (const match of matches)
      if (match.to - match.from <= 2 && (!best || match.to - match.from > best.to - best.from))
        best = match;
  }
  const first = best && analysis.tokens[best.from];
  const last = best && analysis.tokens[best.to - 1];
  return first && last ? analysis.text.slice(first.start, last.end) : undefined;
}

/** Blocks whose sentences may leave their subject unsaid by form: "1971 – joins the UN". */
const FRAGMENT_KINDS = new Set<TextBlock['kind']>(['item', 'row', 'cell', 'heading']);

/** Counters a benchmark or a test can pass in to see how much work a check did. */
export interface CheckStats {
  sentences: number;
  /** Claims verified against a sentence, summed over sentences. */
  candidatesVerified: number;
}

interface SentenceContext {
  readonly relevant: boolean;
  /** The page's blocks and title: the discourse pass follows headings and the title. */
  readonly blocks?: readonly TextBlock[];
  readonly title?: string;
  readonly publishedAt?: string;
  readonly sensitivity?: Sensitivity;
  readonly today: string;
  readonly stats?: CheckStats;
  /** Collects, per sentence, what the engine read and what each candidate claim made of it. */
  readonly explain?: Explanation[];
}

/** What the engine made of one sentence (see `explainPage`). */
export interface Explanation {
  readonly sentence: string;
  readonly reading?: string;
  readonly mentions: readonly string[];
  readonly values: readonly string[];
  readonly keys: readonly string[];
  readonly outcomes: readonly string[];
}

function explanationOf(
  sentence: SentenceInput,
  analysis: SentenceAnalysis,
  outcomes: readonly ClaimOutcome[],
): Explanation {
  return {
    sentence: sentence.text,
    ...(sentence.reading ? { reading: shownReading(sentence.reading) } : {}),
    mentions: analysis.mentions.map(
      (m) => `${m.entity}${m.via ? ` (${m.via.how}: ${m.via.surface})` : ''}`,
    ),
    values: analysis.values.map((v) => analysis.text.slice(v.start, v.end)),
    keys: [...analysis.wordingKeys],
    outcomes: outcomes.map((o) =>
      o.candidate
        ? `${o.claim.id}: ${o.candidate.verdict} ${o.candidate.confidence} — ${o.candidate.reason}${o.wording ? ` [words ${o.wording.from}-${o.wording.to}, ${o.wording.role}]` : ''}`
        : `${o.claim.id}: ${o.matched ? 'matched, dropped' : 'no match'}: ${o.dropped ?? ''}`,
    ),
  };
}

/** Where a stepwise check stands: sentences done of all, and the flags found so far. */
export interface CheckProgress {
  readonly done: number;
  readonly total: number;
  readonly flags: readonly Flag[];
  /** The vetted packs are done; the imported ones are being checked. */
  readonly importedPass?: boolean;
}

/**
 * Checks sentences one at a time, yielding after each, so that a caller with a time budget (the
 * worker) can pause between them, or stop with the flags found so far; returns every flag found.
 */
export function* checkSentenceSteps(
  sentences: readonly SentenceInput[],
  index: ClaimIndex,
  context: SentenceContext,
): Generator<CheckProgress, Flag[]> {
  const threshold = CONFIDENCE_THRESHOLD[context.sensitivity ?? 'balanced'];
  const verifyContext = {
    index,
    pageRelevant: context.relevant,
    pageDate: context.publishedAt ?? context.today,
    pageDated: context.publishedAt !== undefined,
  };
  const flags: Flag[] = [];
  // The discourse pass: what the page has named so far, for "it", "the two countries", a section
  // heading over a paragraph, or a row under its table's caption.
  const subject = context.relevant ? PAGE_SUBJECT : undefined;
  const salience = new Salience(subject ? { entity: subject, kind: 'country' } : undefined);
  if (context.title)
    salience.title(namedIn(analyseSentence(context.title, index, context.relevant)), context.title);
  const discourse: {
    salience: Salience;
    subject?: string;
    pageDate?: string;
    previousYear?: number;
    narratedYear?: number;
    previousMonth?: { year: number; month: number };
  } = {
    salience,
    ...(subject ? { subject } : {}),
    ...(context.publishedAt ? { pageDate: context.publishedAt } : {}),
  };
  let lastBlock = -1;
  let exercise = false;
  let blockYear: number | undefined;
  let leadInWords: string | undefined;
  let headingWords: string | undefined;
  // The relation words of each open heading, by level: a bare item under a heading without any
  // ("1980s: the first wave") takes those of the nearest one above that has some.
  const outline: (string | undefined)[] = [];
  let previousWords: string | undefined;
  // The relation words of the last few sentences that stated one, latest first: "Japan came on
  // 28 March 1986" after a sentence on the SAARC Charter still means relations.
  let recentWords: string[] = [];
  // The relation the last item or row stated, of its own or carried: what a bare sibling goes on with.
  let siblingWords: { block: number; words: string; far: boolean } | undefined;
  let previousNoun: string | undefined;
  for (const [done, sentence] of sentences.entries()) {
    if (done) yield { done, total: sentences.length, flags };
    if (sentence.skipped) continue;
    const block = context.blocks?.[sentence.block];
    // "Part B: Match the columns", "Exercise A: True or false?": the rows and items that follow
    // are an exercise to solve, not statements, until the next heading.
    if (block?.kind === 'heading' || block?.kind === 'paragraph') {
      if (EXERCISE.test(sentence.text)) exercise = true;
      else if (block.kind === 'heading') exercise = false;
    }
    if (exercise && (block?.kind === 'row' || block?.kind === 'item')) continue;
    const fragment =
      block !== undefined && FRAGMENT_KINDS.has(block.kind) && sentence.block !== lastBlock;
    // A new paragraph, item or heading narrates no year until it names one.
    if (sentence.block !== lastBlock) {
      blockYear = undefined;
      delete discourse.narratedYear;
    }
    const yearOfBlock = blockYear;
    lastBlock = sentence.block;
    const heading = block?.kind === 'heading';
    const reading = sentence.reading ?? readLabelledNone(sentence.text);
    const discourseHere = { ...discourse, fragment, heading };
    let analysis = analyseSentence(reading, index, context.relevant, discourseHere);
    // A list item or row that states no relation of its own ("1969 Universal Postal Union") is
    // read with the relation words of its list's lead-in or its section heading ("Memberships"),
    // only those words: not the heading's names, numbers, negations or question.
    // A bare item right after a sibling that stated a relation ("10 June – relations with the
    // Netherlands", then "13 August – Denmark and Sweden") goes on with the sibling's.
    const bare = fragment && !heading && onlyNamesAndValues(analysis);
    const statesRelation = [...analysis.wordingKeys].some((key) => key.startsWith('rel:'));
    const sibling =
      bare &&
      block?.kind === 'item' &&
      siblingWords?.block === sentence.block - 1 &&
      partnersNamed(analysis).size > 0 &&
      !statesRelation
        ? siblingWords.words
        : undefined;
    const given = fragment && !heading ? (leadInWords ?? headingWords) : undefined;
    // The open headings' relation words, nearest first ("Partners by decade" under "List of
    // diplomatic partners of Bhutan").
    const outer =
      bare && given === undefined ? [...new Set(outline.filter(nonEmpty))].reverse() : [];
    // A frame from further off (an outer heading, the sibling before) must fit the item when a
    // sibling offers one too: bring a claim about someone it names ("13 August – Denmark and
    // Sweden" under "1980s" after "10 June – relations with the Netherlands"). An outer heading
    // that fits is taken before a nearer one that does not ("Kuwait – 23 May 1983" under
    // "Partners by decade" is read with the page's "diplomatic partners"); the nearest is the
    // fallback when none fits.
    // An item that states a deed of its own ("14 May 1968 – India House opens in Thimphu") is not
    // read with its heading's relation ("Diplomatic Relations"); a lead-in still frames it.
    // A frame from a further heading may confirm an item, never condemn it: "Japan – 2011" under
    // "State visits to Bhutan" under "Diplomatic partners of Bhutan" is no date of relations.
    const frames: { words: string; mustFit: boolean; far?: true }[] = [];
    if (given) {
      if (leadInWords || !(block?.kind === 'item' && (statesRelation || ownDeed(analysis))))
        frames.push({ words: given, mustFit: false });
    } else {
      const [nearest, ...further] = outer;
      if (nearest) frames.push({ words: nearest, mustFit: true });
      if (sibling)
        frames.push({ words: sibling, mustFit: true, ...(siblingWords?.far ? { far: true } : {}) });
      for (const words of further) frames.push({ words, mustFit: true, far: true });
      if (nearest && !sibling) frames.push({ words: nearest, mustFit: false });
    }
    let frame: string | undefined;
    let farFrame = false;
    for (const { words, mustFit, far } of frames) {
      const framed = analyseSentence(`${words} ${reading}`, index, context.relevant, discourseHere);
      // The frame is taken when it brings a relation the fragment does not state itself.
      if (
        ![...framed.wordingKeys].some(
          (key) => key.startsWith('rel:') && !analysis.wordingKeys.has(key),
        )
      )
        continue;
      if (mustFit && !statesAClaimOf(framed, index, context.relevant)) continue;
      frame = words;
      farFrame = far === true;
      analysis = {
        ...framed,
        framed: true,
        ownFrom: framed.tokens.findIndex((token) => token.start > words.length),
      };
      break;
    }
    // "Denmark followed on 13 August": the relation is the previous sentence's.
    let alsoRead: SentenceAnalysis | undefined;
    // The relation carried is the previous sentence's, or an earlier clause's of this sentence
    // ("Germany established ties in 2020, and Israel followed on 12 December 2020").
    const cued = !heading ? ellipsisAt(analysis, index) : undefined;
    // A gapped conjunct's names are judged by the conjunct alone, read with the relation before it.
    const gap = !heading && cued === undefined ? gapAt(analysis, index) : undefined;
    const ellipsis = cued ?? gap;
    // "Brazil, the first Latin American country to open diplomatic ties, followed in November
    // 2009": the elliptical clause's subject is the name the sentence opens with, and what it
    // follows is the list the page was giving (the words of its aside are about the name).
    const subject =
      ellipsis !== undefined && ellipsis > 0 ? openingName(analysis, ellipsis) : undefined;
    const earlier =
      ellipsis !== undefined && !(subject && previousWords)
        ? relationWordsBefore(analysis, index, ellipsis)
        : undefined;
    const carriedWords = earlier ?? previousWords;
    if (carriedWords && ellipsis !== undefined) {
      // Only the elliptical clause onwards takes the carried relation ("…, and Qatar followed ten
      // days later" borrows no date from the clause before it).
      const read = (words: string): SentenceAnalysis =>
        analyseSentence(
          `${words} ${subject ? `${subject} ` : ''}${reading.slice(ellipsis)}`,
          index,
          context.relevant,
          gap === undefined
            ? discourseHere
            : { ...discourseHere, previousYear: yearBefore(analysis, gap) },
        );
      let carried = read(carriedWords);
      // Carried from earlier sentences, the latest relation may say nothing of what the clause
      // names; an earlier one that does is what the writer is still listing.
      if (earlier === undefined && !statesAClaimOf(carried, index, context.relevant))
        for (const words of recentWords) {
          if (words === carriedWords) continue;
          const other = read(words);
          if (!statesAClaimOf(other, index, context.relevant)) continue;
          carried = other;
          break;
        }
      const before = analysis.wordingKeys;
      if (
        [...carried.wordingKeys].some(
          (key) =>
            key.startsWith('rel:') &&
            (gap !== undefined ||
              earlier !== undefined ||
              subject !== undefined ||
              !before.has(key)),
        )
      )
        alsoRead = { ...carried, framed: true };
    }
    // "It has none with any of the five permanent members": "none" stands for the relation the
    // sentence before named ("diplomatic relations"), and denies it.
    const none = !heading && previousNoun ? NONE_WITH.exec(reading) : null;
    if (!alsoRead && none && previousNoun) {
      const carried = analyseSentence(
        `${reading.slice(0, none.index)}${none[1]} no ${previousNoun} with${reading.slice(none.index + none[0].length)}`,
        index,
        context.relevant,
        discourseHere,
      );
      if ([...carried.wordingKeys].some((key) => key.startsWith('rel:')))
        alsoRead = { ...carried, framed: true };
    }
    // The year the page last spoke of, for "that same year" or "the year after" in the next
    // sentence; the page's own present ("this year's General Debate") is not a time it narrates.
    for (const value of analysis.values)
      if (value.kind === 'date' && value.year !== undefined && !value.present) {
        discourse.previousYear = value.year;
        discourse.narratedYear = value.year;
        if (value.month !== undefined)
          discourse.previousMonth = { year: value.year, month: value.endMonth ?? value.month };
        else delete discourse.previousMonth;
        // Only a list item or definition is one dated entry; a paragraph moves on in time.
        if (block?.kind !== 'paragraph') blockYear ??= value.year;
        break;
      }
    // The relation words the sentence states plainly, read once for every use below.
    const statedWords = relationWords(analysis, index);
    const ownWords = heading ? undefined : statedWords;
    if (block?.kind === 'item') {
      // (A later sentence of the same item that states none keeps the item's words.)
      const words = ownWords ?? (analysis.framed ? frame : undefined);
      // (Words a further heading lent stay confirm-only for the siblings that go on with them.)
      if (words) siblingWords = { block: sentence.block, words, far: farFrame };
      else if (siblingWords?.block !== sentence.block) siblingWords = undefined;
    }
    previousWords = heading ? undefined : (ownWords ?? previousWords);
    if (heading) recentWords = [];
    else if (ownWords)
      recentWords = [ownWords, ...recentWords.filter((words) => words !== ownWords)].slice(
        0,
        RECENT_RELATIONS,
      );
    previousNoun = heading ? undefined : (relationNoun(analysis, index) ?? previousNoun);
    if (heading) {
      headingWords = statedWords;
      const level = block.level ?? 6;
      outline.length = level;
      outline[level - 1] = headingWords;
    }
    // "The lists below give, for each body, the year in which Bhutan joined": a paragraph that
    // announces what follows lends its relation to the bare items of its whole section.
    if (block?.kind === 'paragraph' && statedWords && ANNOUNCES_WHAT_FOLLOWS.test(sentence.text))
      outline[Math.max(0, outline.length - 1)] ??= statedWords;
    if (block?.kind === 'paragraph')
      leadInWords = /:\s*$/.test(sentence.text) ? statedWords : undefined;
    else if (block?.kind !== 'item' && block?.kind !== 'row') leadInWords = undefined;
    if (heading) salience.heading(block.level ?? 6, namedIn(analysis), sentence.text);
    // A sentence wholly hypothetical ("Had it been sent an hour later, India would have got there
    // first") names what did not happen: it leaves the page's memory as it was.
    else if (!hypothetical(analysis)) salience.sentence(namedIn(analysis));
    if (!analysis.mentions.length && !context.relevant) continue;
    // Made for a sentence with a claim to verify only (most have none).
    let verifyHere: VerifyContext | undefined;
    const here = (): VerifyContext =>
      (verifyHere ??= {
        ...verifyContext,
        fragment,
        heading,
        subjectFramed: salience.subjectFramed(),
        ...(yearOfBlock !== undefined ? { blockYear: yearOfBlock } : {}),
      });
    let candidates = candidatesFor(index, analysis, context.relevant);
    // Names only in a gapped conjunct, or in an elliptical clause of this sentence ("…, and the
    // UPU followed in 1969"), are judged by that clause's reading alone.
    const ownClauseFrom = gap ?? (earlier !== undefined ? ellipsis : undefined);
    if (ownClauseFrom !== undefined && alsoRead) {
      const onlyInGap = namedOnlyFrom(analysis, ownClauseFrom);
      candidates = candidates.filter(
        (compiled) => !compiled.anchorGroup.some((entity) => onlyInGap.has(entity)),
      );
    }
    // A sentence that an unverified claim silences needs no more verifying (unless every
    // candidate's outcome is to be explained); see `verifyCandidates`.
    const { outcomes, silenced } = verifyCandidates(
      candidates,
      (compiled) => forInstance(compiled, analysis, verifyClaim(compiled, analysis, here())),
      !context.explain,
    );
    // The elliptical clause, read with the relation carried over, may state claims of its own.
    const carried = silenced ? undefined : alsoRead;
    if (carried) {
      // (A claim the sentence names without its value may still find it in the clause.)
      const seen = new Set(
        outcomes.filter((o) => o.matched && o.dropped !== NO_VALUE).map((o) => o.claim.id),
      );
      for (const compiled of candidatesFor(index, carried, context.relevant)) {
        if (seen.has(compiled.claim.id)) continue;
        const outcome = forInstance(compiled, carried, verifyClaim(compiled, carried, here()));
        if (outcome.matched)
          outcomes.push(
            outcome.wording
              ? { ...outcome, wording: { ...outcome.wording, carried: true } }
              : outcome,
          );
      }
    }
    if (context.stats) {
      context.stats.sentences++;
      context.stats.candidatesVerified += outcomes.length;
    }
    context.explain?.push(explanationOf(sentence, analysis, outcomes));
    for (const candidate of resolveSentence(outcomes)) {
      if (candidate.confidence < threshold) continue;
      if (farFrame && candidate.verdict === 'contradicted') continue;
      const { claim } = candidate;
      flags.push({
        sentence: sentence.text,
        ...(sentence.reading ? { reading: shownReading(sentence.reading) } : {}),
        block: sentence.block,
        start: sentence.start,
        end: sentence.end,
        verdict: candidate.verdict,
        claimId: claim.id,
        claimText: claim.text,
        facts: candidate.facts ?? claim.facts,
        reason: candidate.reason,
        confidence: candidate.confidence,
        ...(claim.asOf ? { asOf: claim.asOf } : {}),
        sources: claim.sources,
        origin: originOf(index, claim),
      });
    }
  }
  return flags;
}

/** Checks sentences against the index in one go. */
export function checkSentences(
  sentences: readonly SentenceInput[],
  index: ClaimIndex,
  context: SentenceContext,
): Flag[] {
  return runToEnd(checkSentenceSteps(sentences, index, context));
}

/** Drives a stepwise check to its end without pausing. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The whole pipeline for one page: topic gate → sentences → entities and values → candidate claims
 * → verification → per-sentence resolution. An off-topic page stops after the topic pass. It yields
 * between sentences (see `checkSentenceSteps`); `checkPage` runs it without pausing.
 */
export function* checkPageSteps(
  page: PageText,
  index: ClaimIndex,
  options: CheckOptions,
): Generator<CheckProgress, CheckResult> {
  const gate = options.gated
    ? {
        relevant: true,
        topic: { score: 1, relevant: true, evidence: ['gated by the caller'] },
        blocks: page.blocks.map((_, i) => i),
      }
    : gateOf(page);
  const { topic } = gate;
  if (!gate.relevant) return { relevant: false, topic, flags: [] };
  const checked = new Set(gate.blocks);
  const sentences = sentencesOf(page.blocks).filter((sentence) => checked.has(sentence.block));
  const skipped = sentences.flatMap(({ block, start, end, skipped: reason }) =>
    reason ? [{ block, start, end, reason }] : [],
  );
  const context = {
    relevant: true,
    blocks: page.blocks,
    ...(page.title ? { title: page.title } : {}),
    ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
    ...(options.sensitivity ? { sensitivity: options.sensitivity } : {}),
    ...(options.stats ? { stats: options.stats } : {}),
    ...(options.explain ? { explain: options.explain } : {}),
    today: options.today,
  };
  const vetted = yield* checkSentenceSteps(sentences, index, context);
  // Imported packs are matched apart, and only add flags where the vetted ones have none.
  const imported = index.imported
    ? yield* importedSteps(checkSentenceSteps(sentences, index.imported, context), vetted)
    : [];
  const flags = applyTrust(vetted, imported);
  return { relevant: true, topic, flags, ...(skipped.length ? { skipped } : {}) };
}

export function checkPage(page: PageText, index: ClaimIndex, options: CheckOptions): CheckResult {
  return runToEnd(checkPageSteps(page, index, options));
}

export type { Pack };
export { sentencesOf, topicOf, type PageText, type SentenceInput, type TextBlock } from './page';

/** The whole check of a page, sentence by sentence, with every candidate's outcome (for tools). */
export function explainPage(
  page: PageText,
  index: ClaimIndex,
  options: CheckOptions,
): Explanation[] {
  const explain: Explanation[] = [];
  checkPage(page, index, { ...options, gated: true, explain });
  return explain;
}
