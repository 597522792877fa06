/**
 * Common nouns that change what a name beside them means (assets/lexicon/nouns.json): knowledge is
 * data; this module checks its shape once and hands the groups out.
 */
import { z } from 'zod';
import data from '../../../assets/lexicon/nouns.json';

const group = z.strictObject({
  why: z.string().min(1),
  words: z.array(z.string().regex(/^[a-z]+$/)).min(1),
});

const parsed = z
  .strictObject({
    format: z.literal('bhutan-fact-flags/nouns@1'),
    about: z.string(),
    qualified: group,
    places: group,
    dated: group,
  })
  .safeParse(data);
if (!parsed.success)
  throw new Error(`assets/lexicon/nouns.json is invalid: ${parsed.error.issues[0]?.message}`);

/** Nouns a body's name qualifies without being joined or founded itself ("the UN office"). */
export const QUALIFIED_NOUNS: ReadonlySet<string> = new Set(parsed.data.qualified.words);

/** Nouns that make a country's name before them a place ("the Indian capital"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(parsed.data.places.words);

/** Nouns naming a relation itself, which a relative clause after them dates ("membership …, which dates from"). */
export const DATED_NOUNS: ReadonlySet<string> = new Set(parsed.data.dated.words);
