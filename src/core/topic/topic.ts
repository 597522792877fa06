import { fold } from '../text/fold';
import { vocabularyMatcher } from './vocabulary';

/** Where a piece of page text sits; titles and headings say more about a page than its body. */
export type Zone = 'title' | 'heading' | 'body' | 'meta';

export interface TopicInput {
  readonly title?: string;
  readonly headings?: readonly string[];
  readonly body: string;
  readonly meta?: readonly string[];
}

export interface TopicResult {
  /** 0 = not about Bhutan's foreign relations, 1 = plainly about them. */
  readonly score: number;
  readonly relevant: boolean;
  /** Human-readable reasons, e.g. "title: bhutan ×1", "body: diplomatic terms ×14". */
  readonly evidence: readonly string[];
}

export const RELEVANCE_THRESHOLD = 0.5;

/** Relations terms (and half the counterparts) that make a page's subject plain: three times the 10 that saturate the signal. */
const DENSE_RELATIONS = 30;

const ZONE_WEIGHT: Record<Zone, number> = { title: 4, heading: 2, meta: 2, body: 1 };
// The four vocabularies, as alternations of whole words. No word of one list is, or stands inside,
// a phrase of another, so one pass with them side by side counts what four passes would.
const BHUTAN = String.raw`bhutan(?:ese)?|thimphu|druk (?:yul|gyalpo)|wangchuck`;
const FOREIGN_RELATIONS = String.raw`diplomat(?:ic|s|y)?|foreign (?:polic(?:y|ies)|minist(?:er|ry)|affairs|relations)|bilateral|treat(?:y|ies)|embass(?:y|ies)|ambassadors?|envoys?|relations|ties|allian(?:ce|ces)|sovereignty|border talks|boundary|united nations|security council|saarc|bimstec|non-aligned|nato|recogni[sz]ed|communiqu[ée]|geopolitic(?:s|al)|strategic|neighbou?r(?:s|hood)?|summit|accession|membership|standoff|doklam|partners?(?:hip)?s?|external affairs|state visits?|official visits?|(?:trips?|visits?) abroad|first (?:foreign|overseas) (?:trips?|visits?)`;
const COUNTERPARTS = String.raw`india|china|beijing|new delhi|nepal|bangladesh|qatar|israel|germany|japan|thailand|kuwait|eu|european union|united states|russia|france`;
const TRAVEL = String.raw`trek(?:s|king)?|hik(?:e|es|ing)|itinerar(?:y|ies)|hotels?|homestays?|tsechu|festivals?|sightseeing|tourists?|tourism|backpack(?:ing)?|guesthouses?|flights?|packing|trail(?:head)?s?|camp(?:ing|site)s?|monaster(?:y|ies)|temples?|dzongs?|visa fees?|sustainable development fee|sdf|tiger'?s nest`;
const VOCABULARIES = [BHUTAN, FOREIGN_RELATIONS, COUNTERPARTS, TRAVEL];
const VOCABULARY = vocabularyMatcher(VOCABULARIES);
// On ASCII text, folding is lower-casing, which the `i` flag does without copying the text.
const VOCABULARY_ANY_CASE = vocabularyMatcher(VOCABULARIES, 'i');
const NON_ASCII = /[^\t\n\r -~]/;

/** How many words of each vocabulary a text holds: Bhutan, relations, counterparts, travel. */
export type Counts = readonly [
  bhutan: number,
  relations: number,
  counterparts: number,
  travel: number,
];

export const NO_COUNTS: Counts = [0, 0, 0, 0];

/** One pass over the folded text. Counts of texts joined by line breaks add up. */
export function vocabularyCounts(raw: string): Counts {
  if (!raw) return NO_COUNTS;
  const ascii = !NON_ASCII.test(raw);
  const text = ascii ? raw : fold(raw);
  const { re, vocabularyOf } = ascii ? VOCABULARY_ANY_CASE : VOCABULARY;
  const found: [number, number, number, number] = [0, 0, 0, 0];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const vocabulary = vocabularyOf(m[0]);
    found[vocabulary] = (found[vocabulary] ?? 0) + 1;
  }
  return found;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]];
}

/** A page's counts by zone, and the length of its body text. */
export interface ZoneCounts {
  readonly title: Counts;
  readonly heading: Counts;
  readonly meta: Counts;
  readonly body: Counts;
  readonly bodyLength: number;
}

/**
 * Scores a page in one linear pass over its text. Bhutan must be central (title, headings or
 * sustained mention), and the vocabulary must be that of foreign relations rather than travel.
 */
export function scoreTopic(input: TopicInput): TopicResult {
  return scoreCounts({
    title: vocabularyCounts(input.title ?? ''),
    heading: vocabularyCounts((input.headings ?? []).join(' \n ')),
    meta: vocabularyCounts((input.meta ?? []).join(' \n ')),
    body: vocabularyCounts(input.body),
    bodyLength: input.body.length,
  });
}

const ZONES: readonly Zone[] = ['title', 'heading', 'meta', 'body'];

/** The score of counts already taken (see `vocabularyCounts`). */
export function scoreCounts(counted: ZoneCounts): TopicResult {
  const evidence: string[] = [];
  let bhutanWeight = 0;
  let relations = 0;
  let counterparts = 0;
  let travel = 0;
  for (const zone of ZONES) {
    const [mentions, zoneRelations, zoneCounterparts, zoneTravel] = counted[zone];
    bhutanWeight += mentions * ZONE_WEIGHT[zone];
    if (mentions) evidence.push(`${zone}: Bhutan named ×${mentions}`);
    relations += zoneRelations * (zone === 'body' ? 1 : 2);
    if (zoneRelations) evidence.push(`${zone}: foreign-relations terms ×${zoneRelations}`);
    counterparts += zoneCounterparts;
    travel += zoneTravel;
  }
  const bodyBhutan = counted.body[0];
  if (counterparts) evidence.push(`counterpart states or bodies named ×${counterparts}`);
  if (travel) evidence.push(`travel terms ×${travel}`);
  const words = Math.max(1, counted.bodyLength / 6);
  // Bhutan is central when it is in the title or headings, or named often for the page's length.
  const named =
    Math.min(1, bhutanWeight / 8) * Math.min(1, (bodyBhutan + 1) / Math.min(6, 2 + words / 400));
  const relationsWeight = relations + counterparts / 2;
  // A page thick with the talk of foreign relations that names Bhutan a few times is about it even
  // when it mostly says "we" or "our country" (an interview with a Bhutanese diplomat).
  const centrality =
    relationsWeight >= DENSE_RELATIONS
      ? Math.max(named, Math.min(1, bhutanWeight / 4) * 0.6)
      : named;
  const relationsSignal = Math.min(1, relationsWeight / 10);
  const travelShare = travel / Math.max(1, travel + relations);
  const score = round(centrality * relationsSignal * (1 - 0.8 * travelShare));
  return { score, relevant: score >= RELEVANCE_THRESHOLD, evidence };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
