import type { Pack, Source } from './claims/schema';
import { analyseSentence } from './match/analyse';
import type { ClaimIndex, CompiledClaim } from './match/index';
import { resolveSentence } from './match/resolve';
import { verifyClaim, type FlagVerdict } from './match/verify';
import { sentencesOf, topicOf, type PageText, type SentenceInput } from './page';
import type { TopicResult } from './topic/topic';

export type Sensitivity = 'strict' | 'balanced';
export const CONFIDENCE_THRESHOLD: Record<Sensitivity, number> = { balanced: 0.6, strict: 0.75 };

export interface Flag {
  readonly sentence: string;
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
}

function candidatesFor(
  index: ClaimIndex,
  entityIds: ReadonlySet<string>,
  pageRelevant: boolean,
): CompiledClaim[] {
  const seen = new Set<CompiledClaim>();
  for (const id of entityIds)
    for (const compiled of index.claimsByEntity.get(id) ?? []) seen.add(compiled);
  if (pageRelevant)
    for (const compiled of index.claimsByEntity.get('bhutan') ?? []) seen.add(compiled);
  // One answer everywhere: the order claims come out of storage must not decide anything.
  return [...seen].sort((a, b) => a.order - b.order);
}

/** Counters a benchmark or a test can pass in to see how much work a check did. */
export interface CheckStats {
  sentences: number;
  /** Claims verified against a sentence, summed over sentences. */
  candidatesVerified: number;
}

interface SentenceContext {
  readonly relevant: boolean;
  readonly publishedAt?: string;
  readonly sensitivity?: Sensitivity;
  readonly today: string;
  readonly stats?: CheckStats;
}

/** Where a stepwise check stands: sentences done of all, and the flags found so far. */
export interface CheckProgress {
  readonly done: number;
  readonly total: number;
  readonly flags: readonly Flag[];
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
  for (const [done, sentence] of sentences.entries()) {
    if (done) yield { done, total: sentences.length, flags };
    if (sentence.skipped) continue;
    const analysis = analyseSentence(sentence.text, index, context.relevant);
    if (!analysis.mentions.length && !context.relevant) continue;
    const candidates = candidatesFor(index, analysis.entityIds, context.relevant);
    if (context.stats) {
      context.stats.sentences++;
      context.stats.candidatesVerified += candidates.length;
    }
    const outcomes = candidates.map((compiled) => verifyClaim(compiled, analysis, verifyContext));
    for (const candidate of resolveSentence(outcomes)) {
      if (candidate.confidence < threshold) continue;
      const { claim } = candidate;
      flags.push({
        sentence: sentence.text,
        block: sentence.block,
        start: sentence.start,
        end: sentence.end,
        verdict: candidate.verdict,
        claimId: claim.id,
        claimText: claim.text,
        facts: claim.facts,
        reason: candidate.reason,
        confidence: candidate.confidence,
        ...(claim.asOf ? { asOf: claim.asOf } : {}),
        sources: claim.sources,
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
  const topic: TopicResult = options.gated
    ? { score: 1, relevant: true, evidence: ['gated by the caller'] }
    : topicOf(page);
  if (!topic.relevant) return { relevant: false, topic, flags: [] };
  const sentences = sentencesOf(page.blocks);
  const skipped = sentences.flatMap(({ block, start, end, skipped: reason }) =>
    reason ? [{ block, start, end, reason }] : [],
  );
  const flags = yield* checkSentenceSteps(sentences, index, {
    relevant: true,
    ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
    ...(options.sensitivity ? { sensitivity: options.sensitivity } : {}),
    ...(options.stats ? { stats: options.stats } : {}),
    today: options.today,
  });
  return { relevant: true, topic, flags, ...(skipped.length ? { skipped } : {}) };
}

export function checkPage(page: PageText, index: ClaimIndex, options: CheckOptions): CheckResult {
  return runToEnd(checkPageSteps(page, index, options));
}

export type { Pack };
export { sentencesOf, topicOf, type PageText, type SentenceInput, type TextBlock } from './page';
