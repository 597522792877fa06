import { fold } from '../text/fold';

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

const ZONE_WEIGHT: Record<Zone, number> = { title: 4, heading: 2, meta: 2, body: 1 };
const BHUTAN = /\b(?:bhutan(?:ese)?|thimphu|druk (?:yul|gyalpo)|wangchuck)\b/g;
const FOREIGN_RELATIONS =
  /\b(?:diplomat(?:ic|s|y)?|foreign (?:polic(?:y|ies)|minist(?:er|ry)|affairs|relations)|bilateral|treat(?:y|ies)|embass(?:y|ies)|ambassadors?|envoys?|relations|ties|allian(?:ce|ces)|sovereignty|border talks|boundary|united nations|security council|saarc|bimstec|non-aligned|nato|recogni[sz]ed|communiqu[ée]|geopolitic(?:s|al)|strategic|neighbou?r(?:s|hood)?|summit|accession|membership|standoff|doklam|partners?(?:hip)?s?)\b/g;
const COUNTERPARTS =
  /\b(?:india|china|beijing|new delhi|nepal|bangladesh|qatar|israel|germany|japan|thailand|kuwait|eu|european union|united states|russia|france)\b/g;
const TRAVEL =
  /\b(?:trek(?:s|king)?|hik(?:e|es|ing)|itinerar(?:y|ies)|hotels?|homestays?|tsechu|festivals?|sightseeing|tourists?|tourism|backpack(?:ing)?|guesthouses?|flights?|packing|trail(?:head)?s?|camp(?:ing|site)s?|monaster(?:y|ies)|temples?|dzongs?|visa fees?|sustainable development fee|sdf|tiger'?s nest)\b/g;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * Scores a page in one linear pass over its text. Bhutan must be central (title, headings or
 * sustained mention), and the vocabulary must be that of foreign relations rather than travel.
 */
export function scoreTopic(input: TopicInput): TopicResult {
  const zones: [Zone, string][] = [
    ['title', input.title ?? ''],
    ['heading', (input.headings ?? []).join(' \n ')],
    ['meta', (input.meta ?? []).join(' \n ')],
    ['body', input.body],
  ];
  const evidence: string[] = [];
  let bhutanWeight = 0;
  let bodyBhutan = 0;
  let relations = 0;
  let counterparts = 0;
  let travel = 0;
  for (const [zone, raw] of zones) {
    if (!raw) continue;
    const text = fold(raw);
    const mentions = count(BHUTAN, text);
    bhutanWeight += mentions * ZONE_WEIGHT[zone];
    if (zone === 'body') bodyBhutan = mentions;
    if (mentions) evidence.push(`${zone}: Bhutan named ×${mentions}`);
    const zoneRelations = count(FOREIGN_RELATIONS, text);
    relations += zoneRelations * (zone === 'body' ? 1 : 2);
    if (zoneRelations) evidence.push(`${zone}: foreign-relations terms ×${zoneRelations}`);
    counterparts += count(COUNTERPARTS, text);
    travel += count(TRAVEL, text);
  }
  if (counterparts) evidence.push(`counterpart states or bodies named ×${counterparts}`);
  if (travel) evidence.push(`travel terms ×${travel}`);
  const words = Math.max(1, input.body.length / 6);
  // Bhutan is central when it is in the title or headings, or named often for the page's length.
  const centrality =
    Math.min(1, bhutanWeight / 8) * Math.min(1, (bodyBhutan + 1) / Math.min(6, 2 + words / 400));
  const relationsSignal = Math.min(1, (relations + counterparts / 2) / 10);
  const travelShare = travel / Math.max(1, travel + relations);
  const score = round(centrality * relationsSignal * (1 - 0.8 * travelShare));
  return { score, relevant: score >= RELEVANCE_THRESHOLD, evidence };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
