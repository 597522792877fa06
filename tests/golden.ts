/**
 * Golden pages: an HTML page in tests/fixtures/pages/ and, in tests/fixtures/golden/, the flags a
 * careful fact-checker expects on it. To add one:
 *   1. save the page as tests/fixtures/pages/<name>.html (a copy: tests must not need ../shared);
 *   2. write tests/fixtures/golden/<name>.json with `expected` (a unique substring of each sentence
 *      that must flag, its verdict and the brief fact id) and `mustNotFlag` (substrings of sentences
 *      that must stay silent);
 *   3. run `npm test`: the golden test prints precision and recall over all pages.
 * Any flag that is not expected counts against precision, listed or not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ExpectedFlag {
  readonly sentence: string;
  readonly verdict: 'supported' | 'contradicted';
  readonly fact: string;
}

export interface GoldenPage {
  readonly name: string;
  readonly page: string;
  readonly html: string;
  readonly relevant: boolean;
  readonly publishedAt?: string;
  readonly expected: readonly ExpectedFlag[];
  readonly mustNotFlag: readonly string[];
}

export interface ObservedFlag {
  readonly sentence: string;
  readonly verdict: string;
  readonly facts: readonly string[];
}

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** `golden`: the thresholded set. `heldout`: pages written blind to the engine, measured and reported. */
export function loadGoldenPages(set: 'golden' | 'heldout' = 'golden'): GoldenPage[] {
  const dir = join(FIXTURES, set);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const golden = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<
        GoldenPage,
        'name' | 'html'
      >;
      return {
        ...golden,
        name: file.replace(/\.json$/, ''),
        html: readFileSync(join(FIXTURES, 'pages', golden.page), 'utf8'),
      };
    });
}

/** Whitespace (including no-break spaces) and quote styles do not matter when comparing sentences. */
export const squash = (text: string): string =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

export interface PageScore {
  readonly truePositives: number;
  readonly falsePositives: readonly string[];
  readonly falseNegatives: readonly string[];
  readonly wrongVerdicts: readonly string[];
  readonly mustNotFlagHits: readonly string[];
}

/** Scores observed flags against a golden page. One expected entry is satisfied by one flag. */
export function scorePage(golden: GoldenPage, observed: readonly ObservedFlag[]): PageScore {
  const flags = observed.map((flag) => ({ ...flag, text: squash(flag.sentence), used: false }));
  let truePositives = 0;
  const falseNegatives: string[] = [];
  const wrongVerdicts: string[] = [];
  for (const expected of golden.expected) {
    const needle = squash(expected.sentence);
    const onSentence = flags.filter((flag) => flag.text.includes(needle));
    const hit = onSentence.find(
      (flag) =>
        !flag.used && flag.verdict === expected.verdict && flag.facts.includes(expected.fact),
    );
    if (hit) {
      hit.used = true;
      truePositives++;
    } else {
      falseNegatives.push(`${expected.fact} ${expected.verdict}: ${expected.sentence}`);
    }
    for (const flag of onSentence) {
      if (!flag.used && flag.verdict !== expected.verdict && flag.facts.includes(expected.fact))
        wrongVerdicts.push(`${flag.verdict} instead of ${expected.verdict}: ${expected.sentence}`);
    }
  }
  const falsePositives = flags
    .filter((flag) => !flag.used)
    .map((flag) => `${flag.facts.join('+')} ${flag.verdict}: ${flag.text}`);
  const mustNotFlagHits = golden.mustNotFlag.filter((needle) =>
    flags.some((flag) => flag.text.includes(squash(needle))),
  );
  return { truePositives, falsePositives, falseNegatives, wrongVerdicts, mustNotFlagHits };
}
