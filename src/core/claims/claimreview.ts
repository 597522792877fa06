/**
 * schema.org ClaimReview JSON-LD, the fact-checking ecosystem's exchange format. Export writes each
 * claim as a ClaimReview and carries our full claim alongside, so a round trip loses nothing; import
 * reads our own exports exactly and derives a matchable claim from anyone else's.
 */
import { z } from 'zod';
import { analyseSentence } from '../match/analyse';
import { buildIndex } from '../match/index';
import { extractValues } from '../text/values';
import { PACK_FORMAT, type Claim, type Entity, type Pack, type Slot } from './schema';
import { validatePack, type PackResult } from './validate';

const CLAIM_KEY = 'bhutanFactFlags:claim';
const PACK_KEY = 'bhutanFactFlags:pack';
const RATING: Record<Claim['verdict'], { name: string; value: number }> = {
  true: { name: 'True', value: 5 },
  misleading: { name: 'Misleading', value: 2 },
  false: { name: 'False', value: 1 },
  unverified: { name: 'Unverified', value: 3 },
};

const named = z.union([
  z.string(),
  z.looseObject({ name: z.string().optional() }),
  z.array(z.looseObject({ name: z.string().optional() })),
]);
const reviewSchema = z.looseObject({
  '@type': z
    .union([z.string(), z.array(z.string())])
    .refine((type) => [type].flat().includes('ClaimReview'), 'must be ClaimReview'),
  claimReviewed: z.string({ error: 'is required' }).trim().min(1, 'is required'),
  reviewRating: z.looseObject({
    alternateName: z.string().optional(),
    ratingValue: z.union([z.number(), z.string()]).optional(),
    bestRating: z.union([z.number(), z.string()]).optional(),
    worstRating: z.union([z.number(), z.string()]).optional(),
    ratingExplanation: z.string().optional(),
  }),
  url: z.string().optional(),
  name: z.string().optional(),
  headline: z.string().optional(),
  reviewBody: z.string().optional(),
  datePublished: z.string().optional(),
  author: named.optional(),
  itemReviewed: z
    .looseObject({
      appearance: z
        .union([
          z.looseObject({ url: z.string().optional() }),
          z.array(z.looseObject({ url: z.string().optional() })),
        ])
        .optional(),
    })
    .optional(),
  [CLAIM_KEY]: z.unknown().optional(),
});
type Review = z.infer<typeof reviewSchema>;

const containerSchema = z.union([
  z.looseObject({
    '@graph': z.array(z.unknown()).min(1, 'has no ClaimReview'),
    [PACK_KEY]: z.unknown().optional(),
  }),
  z.array(z.unknown()).min(1, 'has no ClaimReview'),
  z.looseObject({ '@type': z.unknown() }),
]);

export function packToClaimReview(pack: Pack): object {
  return {
    '@context': 'https://schema.org',
    '@graph': pack.claims.map((claim) => ({
      '@type': 'ClaimReview',
      url: claim.sources[0]?.url,
      claimReviewed: claim.text,
      datePublished: claim.reviewed,
      author: { '@type': 'Organization', name: 'Bhutan Fact Flags' },
      reviewRating: {
        '@type': 'Rating',
        alternateName: RATING[claim.verdict].name,
        ratingValue: RATING[claim.verdict].value,
        bestRating: 5,
        worstRating: 1,
        ratingExplanation: claim.correction ?? claim.explanation,
      },
      itemReviewed: {
        '@type': 'Claim',
        appearance: claim.sources.map((source) => ({
          '@type': 'CreativeWork',
          url: source.url,
          headline: source.title,
          publisher: { '@type': 'Organization', name: source.publisher },
        })),
      },
      [CLAIM_KEY]: claim,
    })),
    [PACK_KEY]: {
      format: pack.format,
      id: pack.id,
      version: pack.version,
      title: pack.title,
      published: pack.published,
      entities: pack.entities,
    },
  };
}

/** True, false, misleading or unverified, from the rating's name or its place on its scale. */
export function verdictOfRating(rating: Review['reviewRating']): Claim['verdict'] {
  const name = (rating.alternateName ?? '').toLowerCase();
  if (
    /mislead|half|mixture|mixed|partly|partially|missing context|exaggerat|out of context|needs context/.test(
      name,
    )
  )
    return 'misleading';
  if (
    /false|fake|pants on fire|incorrect|wrong|untrue|fabricated|hoax|not true|baseless/.test(name)
  )
    return 'false';
  if (/true|correct|accurate|verified|fact/.test(name)) return 'true';
  const value = Number(rating.ratingValue);
  const best = Number(rating.bestRating ?? 5);
  const worst = Number(rating.worstRating ?? 1);
  if (Number.isFinite(value) && best > worst) {
    const share = (value - worst) / (best - worst);
    if (share >= 0.8) return 'true';
    if (share <= 0.2) return 'false';
    return 'misleading';
  }
  return 'unverified';
}

function nameOf(value: Review['author']): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return (
      value
        .map((item) => item.name)
        .filter(Boolean)
        .join(', ') || undefined
    );
  return value?.name;
}

const slugify = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '') || 'claim';

const STOPWORDS = new Set(
  'the a an and or of to in on at by for with from as is are was were be been has have had that this it its their his her which who whom not no into than then also only over under after before about since between during its'.split(
    ' ',
  ),
);

const pad = (n: number): string => String(n).padStart(2, '0');

/** Derives entities, predicates and slots for a claim text from the pack's entity vocabulary. */
function deriveMatch(
  text: string,
  vocabulary: readonly Entity[],
  verdict: Claim['verdict'],
): { match: Claim['match']; slots: Slot[] } | string {
  const index = buildIndex([
    {
      format: PACK_FORMAT,
      id: 'vocabulary',
      version: '0.0.0',
      title: 'vocabulary',
      published: '2000',
      entities: [...vocabulary],
      claims: [],
    },
  ]);
  const analysis = analyseSentence(text, index, true);
  const ids = [
    ...new Set(
      analysis.mentions
        .filter((mention) => mention.kind !== 'place' || analysis.mentions.length === 1)
        .map((mention) => mention.entity),
    ),
  ];
  if (!ids.length) return 'names no country, organisation, treaty or person the matcher knows';
  const inMention = new Set(
    analysis.mentions.flatMap((mention) =>
      Array.from({ length: mention.to - mention.from }, (_, k) => mention.from + k),
    ),
  );
  const valueText = new Set(
    extractValues(text).flatMap((value) =>
      text.slice(value.start, value.end).toLowerCase().split(/\W+/),
    ),
  );
  const predicates = [
    ...new Set(
      analysis.tokens
        .filter(
          (token, i) =>
            !inMention.has(i) &&
            token.norm.length >= 4 &&
            !STOPWORDS.has(token.norm) &&
            !/\d/.test(token.norm) &&
            !valueText.has(token.norm),
        )
        .map((token) => `${token.norm.slice(0, Math.max(4, token.norm.length - 2))}*`),
    ),
  ];
  if (!predicates.length) return 'has no word that states what happened';
  const required = verdict !== 'true';
  const slots: Slot[] = [];
  extractValues(text).forEach((value, k) => {
    const name = `value-${k + 1}`;
    if (value.kind === 'date' && value.year !== undefined && !value.approximate) {
      const iso = `${value.year}${value.month ? `-${pad(value.month)}${value.day ? `-${pad(value.day)}` : ''}` : ''}`;
      slots.push({
        name,
        label: 'dated',
        kind: 'date',
        value: iso,
        ...(required ? { required } : {}),
      });
    } else if (value.kind === 'number' && !value.approximate) {
      slots.push({
        name,
        label: 'stated as',
        kind: 'number',
        value: value.value,
        units: [value.unit],
        ...(required ? { required } : {}),
      });
    } else if (value.kind === 'ordinal' && value.units[0]) {
      slots.push({
        name,
        label: 'stated as',
        kind: 'ordinal',
        value: value.value,
        units: [value.units[0]],
        ...(required ? { required } : {}),
      });
    }
  });
  return { match: { entities: ids.map((id) => [id]), predicates }, slots };
}

function isoDay(value: string | undefined): string | undefined {
  return value?.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0];
}

export interface ClaimReviewImport {
  /** Pack id for derived packs (e.g. from the file name). */
  readonly packId: string;
  readonly title: string;
  /** Today's date, YYYY-MM-DD. */
  readonly today: string;
  /** Entities the derived claims may name (the installed packs' vocabulary). */
  readonly vocabulary: readonly Entity[];
  /** Pack ids a derived pack may not take (the vetted packs'): it gets "-imported" added. */
  readonly reservedIds?: ReadonlySet<string>;
}

/** One entity per id, the first given (the vetted pack's) winning: packs share entities. */
function uniqueEntities(entities: readonly Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const entity of entities) if (!byId.has(entity.id)) byId.set(entity.id, entity);
  return [...byId.values()];
}

/** Reads ClaimReview JSON-LD (one review, an array, or an @graph) into a validated pack. */
export function claimReviewToPack(json: unknown, given: ClaimReviewImport): PackResult {
  // Entities named again by a second import merge with those already known instead of clashing.
  const options = { ...given, vocabulary: uniqueEntities(given.vocabulary) };
  const container = containerSchema.safeParse(json);
  if (!container.success)
    return {
      ok: false,
      errors: ['not ClaimReview JSON-LD: expected a ClaimReview, an array of them, or an @graph'],
    };
  const data = container.data;
  const items = Array.isArray(data)
    ? data
    : Array.isArray((data as { '@graph'?: unknown })['@graph'])
      ? (data as { '@graph': unknown[] })['@graph']
      : [data];
  const errors: string[] = [];
  const reviews: Review[] = [];
  items.forEach((item, i) => {
    const parsed = reviewSchema.safeParse(item);
    if (parsed.success) reviews.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        errors.push(`review[${i}].${issue.path.join('.') || '(review)'}: ${issue.message}`);
  });
  if (errors.length) return { ok: false, errors };

  // Our own export: the full pack rides along and is validated as any pack is.
  const ours = !Array.isArray(data) ? (data as Record<string, unknown>)[PACK_KEY] : undefined;
  if (ours && typeof ours === 'object' && reviews.every((review) => review[CLAIM_KEY])) {
    return validatePack({
      ...(ours as object),
      claims: reviews.map((review) => review[CLAIM_KEY]),
    });
  }

  const claims: Claim[] = [];
  const ids = new Set<string>();
  reviews.forEach((review, i) => {
    const verdict = verdictOfRating(review.reviewRating);
    const derived = deriveMatch(review.claimReviewed, options.vocabulary, verdict);
    if (typeof derived === 'string') {
      errors.push(`review[${i}].claimReviewed: "${review.claimReviewed}" ${derived}`);
      return;
    }
    const appearance = [review.itemReviewed?.appearance ?? []].flat();
    const url = review.url ?? appearance.find((item) => item.url)?.url;
    const publisher = nameOf(review.author) ?? 'Unknown publisher';
    const rating =
      review.reviewRating.alternateName ?? String(review.reviewRating.ratingValue ?? 'unrated');
    let id = slugify(review.claimReviewed);
    while (ids.has(id)) id = `${id}-${i + 1}`;
    ids.add(id);
    const explanation =
      review.reviewRating.ratingExplanation ??
      review.reviewBody ??
      `${publisher} rated this claim "${rating}".`;
    const date = isoDay(review.datePublished);
    claims.push({
      id,
      facts: [],
      text: review.claimReviewed.trim(),
      verdict,
      ...(verdict === 'false' || verdict === 'misleading' ? { correction: explanation } : {}),
      topics: ['imported'],
      ...derived,
      explanation,
      sources: [
        {
          url: url ?? '',
          title: review.name ?? review.headline ?? `Review of: ${review.claimReviewed.trim()}`,
          publisher,
          ...(date ? { date } : {}),
          note: `Rated "${rating}" by ${publisher}.`,
          stance: verdict === 'true' ? 'supports' : 'contradicts',
        },
      ],
      reviewed: date ?? options.today,
    });
  });
  if (errors.length) return { ok: false, errors };
  const used = new Set(claims.flatMap((claim) => claim.match.entities.flat()));
  const id = slugify(options.packId);
  return validatePack({
    format: PACK_FORMAT,
    id: options.reservedIds?.has(id) ? `${id}-imported` : id,
    version: '1.0.0',
    title: options.title,
    published: options.today,
    entities: options.vocabulary.filter((entity) => used.has(entity.id)),
    claims,
  });
}
