import { z } from 'zod';

/** The pack format this build writes; it also reads the first format (claims without relations). */
export const PACK_FORMAT = 'bhutan-fact-flags/pack@2';
export const PACK_FORMAT_V1 = 'bhutan-fact-flags/pack@1';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, single hyphens)');
const isoDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
// A source must be a public web page: http(s), a host name with a registrable domain (no IP
// address, localhost or single-label name; no user name before the host), and nothing hidden in the
// text (bidi overrides can make "gpj.exe" read as "exe.jpg"). The first problem found is reported.
const BIDI_OR_CONTROL =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
const HTTP_URL = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
const REGISTRABLE_HOST =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})\.?(?::\d{1,5})?(?:[/?#]|$)/i;
// Special-use names (RFC 6761, 6762, 8375) that never name a public site.
const SPECIAL_USE_HOST =
  /^https?:\/\/[^/?#]*\.(?:localhost|local|internal|intranet|lan|home\.arpa|test|invalid)\.?(?::\d+)?(?:[/?#]|$)/i;
const httpUrl = z
  .string({ error: 'is required' })
  .min(1, 'is required')
  .superRefine((value, ctx) => {
    const problem =
      value.length > 2_048
        ? 'must be at most 2,048 characters'
        : BIDI_OR_CONTROL.test(value)
          ? 'must not hold bidi or control characters'
          : !HTTP_URL.test(value)
            ? 'must be an http(s) URL'
            : !REGISTRABLE_HOST.test(value) || SPECIAL_USE_HOST.test(value)
              ? 'must name a registrable domain (no IP address or localhost)'
              : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const sourceSchema = z.strictObject({
  url: httpUrl,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: isoDate.optional(),
  /** What the source says, in our own words. */
  note: z.string().min(1),
  stance: z.enum(['supports', 'contradicts']),
});

export const entitySchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  kind: z.enum([
    'country',
    'organisation',
    'place',
    'person',
    'event',
    'document',
    'group',
    'thing',
  ]),
  /** Phrases that name the entity anywhere, matched on normalised words; `*` ends a prefix. */
  aliases: z.array(z.string().min(1)).min(1),
  /** Phrases that name it only on a page already about Bhutan (e.g. "the kingdom"). */
  contextualAliases: z.array(z.string().min(1)).optional(),
  /** Acronyms that are also ordinary words ("WHO"): they name the entity only in capitals. */
  acronyms: z
    .array(z.string().regex(/^[A-Z][A-Z0-9.&-]*$/, 'must be written in capitals'))
    .optional(),
  /** Entity ids this one implies (Thimphu's government implies Bhutan). */
  implies: z.array(slug).optional(),
});

const slotBase = {
  /** Stable name within the claim, e.g. "signed". */
  name: slug,
  /**
   * How the reason words it: "signed in 1949, not 1972" uses label "signed". Defaults to the
   * label of the claim's relation ("established relations", "joined").
   */
  label: z.string().min(1).optional(),
  /** A claim only matches a sentence that states a value of this kind. */
  required: z.boolean().optional(),
};

const timelineEntry = z.strictObject({
  from: isoDate.optional(),
  until: isoDate.optional(),
  value: z.number(),
});

export const slotSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...slotBase,
    kind: z.literal('year'),
    value: z.number().int().min(1000).max(2100).optional(),
    also: z.array(z.number().int()).optional(),
  }),
  z.strictObject({
    ...slotBase,
    kind: z.literal('date'),
    /** The correct date; precision is taken from its form (YYYY, YYYY-MM, YYYY-MM-DD). */
    value: isoDate,
    /** The last day of a span (e.g. a visit of 15–16 June). */
    until: isoDate.optional(),
  }),
  z.strictObject({
    ...slotBase,
    kind: z.literal('number'),
    value: z.number().optional(),
    /** Units the number must carry to count, singular and normalised ("day", "mw", "vote"). */
    units: z.array(z.string().min(1)).min(1),
    /** For counts that change: which value held when. The page's date picks the entry. */
    timeline: z.array(timelineEntry).optional(),
  }),
  z.strictObject({
    ...slotBase,
    kind: z.literal('ordinal'),
    value: z.number().int().positive(),
    /** Words the ordinal must qualify ("member", "round"). */
    units: z.array(z.string().min(1)).min(1),
  }),
  z.strictObject({
    ...slotBase,
    kind: z.literal('place'),
    /** Entity id of the correct place. */
    value: slug,
    /** Entity ids of places that are known wrong answers. */
    wrong: z.array(slug).min(1),
  }),
]);

export const claimSchema = z.strictObject({
  id: slug,
  /** Ids of the facts in the claims brief this claim rests on (F01…F40). */
  facts: z.array(z.string().regex(/^F\d{2}$/, 'must be a brief id such as F01')),
  /** The canonical statement, in our own words. */
  text: z.string().min(1),
  /** The verdict on the statement itself. `unverified` claims never flag. */
  verdict: z.enum(['true', 'false', 'misleading', 'unverified']),
  /** For false or misleading claims: what is true instead. */
  correction: z.string().min(1).optional(),
  topics: z.array(z.string().min(1)).min(1),
  match: z.strictObject({
    /**
     * The relation the claim states (a frame of assets/lexicon/relations.json: "membership",
     * "relations-established", …). Its lexicon supplies the wordings every claim of the relation
     * shares: verbal, nominal and passive forms, negative forms and exclusions.
     */
    relation: z.string().min(1).optional(),
    /** Each group must be named in the sentence (any one entity id of the group). */
    entities: z.array(z.array(slug).min(1)).min(1),
    /**
     * Wordings only this claim uses, on top of its relation's; required when it has no relation.
     * `*` ends a prefix; `…` allows a short gap.
     */
    predicates: z.array(z.string().min(1)).optional(),
    /** Phrases that, when present, mean the sentence is about something else. */
    exclude: z.array(z.string().min(1)).optional(),
    /** True when the statement denies its predicate ("has no relations with …"). */
    negative: z.boolean().optional(),
  }),
  slots: z.array(slotSchema),
  /** The date this state of affairs was last confirmed. */
  asOf: isoDate.optional(),
  /** The date it became true; an article older than this is not called wrong. */
  since: isoDate.optional(),
  /**
   * How far the record reaches: a later event it does not cover (the 2023 Belt and Road Forum)
   * means an article dated after this, or undated, is checked against it only where it names a
   * time the record covers.
   */
  until: isoDate.optional(),
  /**
   * "past": the claim describes how things were (the 1949 treaty's "guided by" clause); only a
   * sentence in the past tense asserts it; one in the present speaks of today.
   */
  tense: z.literal('past').optional(),
  explanation: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
  reviewed: isoDate,
});

export const packSchema = z.strictObject({
  format: z.enum([PACK_FORMAT, PACK_FORMAT_V1]),
  id: slug,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0'),
  title: z.string().min(1),
  published: isoDate,
  entities: z.array(entitySchema),
  claims: z.array(claimSchema).min(1),
});

export type Source = z.infer<typeof sourceSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Slot = z.infer<typeof slotSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Pack = z.infer<typeof packSchema>;
export type ClaimVerdict = Claim['verdict'];
