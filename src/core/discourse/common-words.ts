/** Capitalised words that are not names (assets/lexicon/common-words.json), plus weekdays. */
import { z } from 'zod';
import data from '../../../assets/lexicon/common-words.json';

const parsed = z
  .strictObject({
    format: z.literal('bhutan-fact-flags/common-words@1'),
    about: z.string(),
    words: z.array(z.string().regex(/^[a-z]+$/)),
  })
  .parse(data);

export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...parsed.words,
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
]);
