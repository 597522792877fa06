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
  /** A unique substring of the flagged sentence… */
  readonly sentence?: string;
  /** …or, for a table row, a substring of each cell that matters, in order. */
  readonly cells?: readonly string[];
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
  /** What the engine read: a row with its headings, a definition with its term. */
  readonly reading?: string;
  readonly verdict: string;
  readonly facts: readonly string[];
}

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/**
 * `golden`: our own pages. `heldout`: pages written blind to the engine in the first session. Both
 * keep their labels in their own folder and their pages in fixtures/pages.
 */
export function loadGoldenPages(set: 'golden' | 'heldout' = 'golden'): GoldenPage[] {
  return loadLabelled(join(FIXTURES, set), join(FIXTURES, 'pages'));
}

/** Blind batches keep each page beside its labels: fixtures/blind/batch-N/<name>.{html,json}. */
export function loadBlindBatches(): { readonly batch: string; readonly pages: GoldenPage[] }[] {
  const root = join(FIXTURES, 'blind');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^batch-\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
    .map((batch) => ({ batch, pages: loadLabelled(join(root, batch), join(root, batch)) }));
}

function loadLabelled(labels: string, pages: string): GoldenPage[] {
  return readdirSync(labels)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const golden = JSON.parse(readFileSync(join(labels, file), 'utf8')) as Omit<
        GoldenPage,
        'name' | 'html'
      >;
      return {
        ...golden,
        name: file.replace(/\.json$/, ''),
        html: readFileSync(join(pages, golden.page), 'utf8'),
      };
    });
}

/**
 * Whether a flag is on the sentence (or table row) an expected entry points at. Cells are looked
 * for in what the engine read, so a definition's term counts as its first cell ("1984" over "First
 * round of boundary talks"), as a row's cells do.
 */
function pointsAt(expected: ExpectedFlag, flag: { text: string; reading: string }): boolean {
  // A definition's term is part of the line a reader sees ("UN member: 1971 (admitted …)"), and of
  // what the engine reads with the definition (the term's colon left out).
  if (expected.sentence !== undefined) {
    const sentence = squash(expected.sentence);
    const unpunctuated = (text: string): string => text.replace(/:/g, '');
    return (
      flag.text.includes(sentence) || unpunctuated(flag.reading).includes(unpunctuated(sentence))
    );
  }
  let from = 0;
  for (const cell of expected.cells ?? []) {
    const at = flag.reading.indexOf(squash(cell), from);
    if (at < 0) return false;
    from = at + squash(cell).length;
  }
  return (expected.cells ?? []).length > 0;
}

const describeExpected = (expected: ExpectedFlag): string =>
  `${expected.fact} ${expected.verdict}: ${expected.sentence ?? (expected.cells ?? []).join(' | ')}`;

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

/** Scores observed flags against a golden page: each expected entry needs a flag of its own fact. */
export function scorePage(golden: GoldenPage, observed: readonly ObservedFlag[]): PageScore {
  // A flag resting on several facts may satisfy one expected entry per fact.
  const flags = observed.map((flag) => ({
    ...flag,
    text: squash(flag.sentence),
    reading: squash(flag.reading ?? flag.sentence),
    used: new Set<string>(),
  }));
  let truePositives = 0;
  const falseNegatives: string[] = [];
  const wrongVerdicts: string[] = [];
  for (const expected of golden.expected) {
    const onSentence = flags.filter((flag) => pointsAt(expected, flag));
    const hit = onSentence.find(
      (flag) =>
        !flag.used.has(expected.fact) &&
        flag.verdict === expected.verdict &&
        flag.facts.includes(expected.fact),
    );
    if (hit) {
      hit.used.add(expected.fact);
      truePositives++;
    } else {
      falseNegatives.push(describeExpected(expected));
    }
  }
  // Wrong verdicts once every entry has taken its flag: a flag that is right for another entry
  // (a prose sentence that also holds a table row's cells) is not wrong for this one.
  for (const expected of golden.expected) {
    const onSentence = flags.filter((flag) => pointsAt(expected, flag));
    for (const flag of onSentence) {
      if (
        !flag.used.size &&
        flag.verdict !== expected.verdict &&
        flag.facts.includes(expected.fact)
      )
        wrongVerdicts.push(`${flag.verdict} instead of ${describeExpected(expected)}`);
    }
  }
  const falsePositives = flags
    .filter((flag) => !flag.used.size)
    .map((flag) => `${flag.facts.join('+')} ${flag.verdict}: ${flag.text}`);
  const mustNotFlagHits = golden.mustNotFlag.filter((needle) =>
    flags.some((flag) => flag.text.includes(squash(needle))),
  );
  return { truePositives, falsePositives, falseNegatives, wrongVerdicts, mustNotFlagHits };
}

export interface Totals {
  readonly pages: number;
  readonly found: number;
  readonly unexpected: number;
  readonly missed: number;
  readonly wrong: number;
  readonly precision: number;
  readonly recall: number;
}

/** Precision and recall over many pages: every unexpected flag counts against precision. */
export function totalsOf(scores: Iterable<PageScore>): Totals {
  let pages = 0;
  let found = 0;
  let unexpected = 0;
  let missed = 0;
  let wrong = 0;
  for (const score of scores) {
    pages++;
    found += score.truePositives;
    unexpected += score.falsePositives.length;
    missed += score.falseNegatives.length;
    wrong += score.wrongVerdicts.length;
  }
  return {
    pages,
    found,
    unexpected,
    missed,
    wrong,
    precision: found + unexpected ? found / (found + unexpected) : 1,
    recall: found + missed ? found / (found + missed) : 1,
  };
}

/** One summary line, then every unexpected flag and wrong verdict (misses with `verbose`). */
export function formatTotals(
  label: string,
  scores: ReadonlyMap<string, PageScore>,
  verbose = false,
): string {
  const t = totalsOf(scores.values());
  const lines = [
    `${label}: ${t.pages} pages; found ${t.found}, unexpected ${t.unexpected}, missed ${t.missed}, wrong verdicts ${t.wrong}; precision ${t.precision.toFixed(3)}, recall ${t.recall.toFixed(3)}`,
  ];
  for (const [name, score] of scores) {
    lines.push(
      ...score.wrongVerdicts.map((line) => `  WRONG ${name}: ${line}`),
      ...score.falsePositives.map((line) => `  unexpected ${name}: ${line}`),
      ...(verbose ? score.falseNegatives.map((line) => `  missed ${name}: ${line}`) : []),
    );
  }
  return lines.join('\n');
}
