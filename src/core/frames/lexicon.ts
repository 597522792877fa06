/**
 * The relation frames: one entry per relation a claim can state, with the wordings every claim of
 * that relation shares. The data lives in assets/lexicon/relations.json (knowledge is data); this
 * module checks its shape once and hands it out.
 */
import { z } from 'zod';
import data from '../../../assets/lexicon/relations.json';

const phrases = z.array(z.string().min(1));

const relationSchema = z.strictObject({
  /** How a reason words the relation's value: "established relations in 1983, not 1985". */
  label: z.string().min(1),
  about: z.string().min(1),
  /** Wordings that state the relation: verbal, nominal and passive forms. */
  triggers: phrases.min(1),
  /** Wordings that state that the relation does not hold ("remains outside", "stayed away"). */
  negative: phrases.optional(),
  /** Wordings that mean the sentence is about something else. */
  exclude: phrases,
  /** `first`: only the claim's first entity group acts (who recognised whom, who visited). */
  agent: z.enum(['first', 'any']).optional(),
  /** Wordings that point at the first or the last day of a span ("began", "ended"). */
  starts: phrases.optional(),
  /** Words that state the relation only as a column or list heading ("Date", "Signed"). */
  headers: phrases.optional(),
  /**
   * Triggers that also name a looser bond ("relations with China" may mean dealings): alone, with
   * no value, they do not contradict a state of affairs.
   */
  loose: phrases.optional(),
  /** A bare denial (no value) of the relation contradicts a claim that it holds. */
  deniable: z.boolean().optional(),
  ends: phrases.optional(),
});

const lexiconSchema = z.strictObject({
  format: z.literal('bhutan-fact-flags/lexicon@1'),
  about: z.string(),
  /**
   * Words that put a state of affairs in the past ("until this week", "at the time"): a count or
   * a "has no relations" said of then is not compared with what holds at the page's date.
   */
  formerly: z.array(z.string().min(1)),
  /** Words that say a state of affairs holds now ("still", "to this day"). */
  still: z.array(z.string().min(1)),
  /** Words that leave the relation to the sentence before ("Denmark followed on 13 August"). */
  ellipsis: z.array(z.string().min(1)),
  relations: z.record(z.string().regex(/^[a-z]+(?:-[a-z]+)*$/), relationSchema),
});

export type Relation = z.infer<typeof relationSchema>;

const parsed = lexiconSchema.safeParse(data);
if (!parsed.success)
  throw new Error(`assets/lexicon/relations.json is invalid: ${parsed.error.issues[0]?.message}`);

export const RELATIONS: ReadonlyMap<string, Relation> = new Map(
  Object.entries(parsed.data.relations),
);

/** Wordings that put a state of affairs in the past (see the lexicon's `formerly`). */
export const FORMERLY: readonly string[] = parsed.data.formerly;

/** Words that carry over the previous sentence's relation (see the lexicon's `ellipsis`). */
export const ELLIPSIS: readonly string[] = parsed.data.ellipsis;

/** Wordings that say a state of affairs holds now (see the lexicon's `still`). */
export const STILL: readonly string[] = parsed.data.still;
