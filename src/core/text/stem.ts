/**
 * Word stems, so that one lexicon entry covers every inflection: "join" matches joined, joining and
 * joins; "admission" matches admissions. The Porter2 stemmer does the regular forms and the
 * irregular-verb table maps forms it cannot see ("took", "began", "rewrote") to their base first.
 * See docs/lemmatiser.md for why this pair was chosen over full lemmatisers.
 */
import porter2 from 'wink-porter2-stemmer';
import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js';

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The stem of a normalised (lower-case, folded) word. */
export function stemOf(norm: string): string {
  const cached = cache.get(norm);
  if (cached !== undefined) return cached;
  // Numbers, abbreviations with dots and very short words stem to themselves.
  const stem =
    /^[a-z][a-z-]*$/.test(norm) && norm.length > 2 ? porter2(irregularVerbs[norm] ?? norm) : norm;
  if (cache.size < CACHE_LIMIT) cache.set(norm, stem);
  return stem;
}
