/**
 * `npm run bench`: medians of the engine's hot paths, each next to a baseline measured in the same
 * run, so the ratios mean something on any machine. Results go to test-results/bench.json.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFromText } from '../../src/cli/load';
import { checkPage, sentencesOf, topicOf, type PageText } from '../../src/core/check';
import { PACK_FORMAT, type Claim, type Entity, type Pack } from '../../src/core/claims/schema';
import { validatePack } from '../../src/core/claims/validate';
import { buildIndex } from '../../src/core/match/index';
import { compilePhrase, findPhrase } from '../../src/core/match/phrase';
import { splitSentences } from '../../src/core/text/segment';
import { tokenize } from '../../src/core/text/tokens';

const ROOT = join(import.meta.dirname, '..', '..');
const TODAY = '2026-11-23';

function median(run: () => void, { minRuns = 15, minMs = 300 } = {}): number {
  for (let i = 0; i < 3; i++) run(); // warm-up
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < minMs) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
    if (times.length > 2000) break;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const parsed = validatePack(
  JSON.parse(readFileSync(join(ROOT, 'assets/claims/bhutan-foreign-relations.json'), 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const bundled = parsed.pack;
const index = buildIndex([bundled]);

const pagesDir = join(ROOT, 'tests', 'fixtures', 'pages');
const pages = readdirSync(pagesDir)
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map((file) => ({ file, page: pageFromText(file, readFileSync(join(pagesDir, file), 'utf8')) }));
const allText = (page: PageText): string => page.blocks.map((block) => block.text).join('\n');

const rows: {
  name: string;
  medianMs: number;
  baseline: string;
  baselineMs: number;
  ratio: number;
}[] = [];
const add = (name: string, medianMs: number, baseline: string, baselineMs: number): void => {
  rows.push({ name, medianMs, baseline, baselineMs, ratio: medianMs / baselineMs });
};

// 1. The whole check of each page against one tokenising pass over its text (the floor).
for (const { file, page } of pages) {
  const text = allText(page);
  add(
    `check ${file} (${(text.length / 1024).toFixed(1)} KB)`,
    median(() => checkPage(page, index, { today: TODAY })),
    'tokenise the page once',
    median(() => tokenize(text)),
  );
}

// 2. The topic gate on an off-topic page against the same single pass.
const offTopic = pages.find(({ file }) => /trekking|qatar-lng|nepal/.test(file)) ?? pages[0];
if (offTopic) {
  const text = allText(offTopic.page);
  add(
    `topic gate ${offTopic.file}`,
    median(() => topicOf(offTopic.page)),
    'tokenise the page once',
    median(() => tokenize(text)),
  );
}

// 3. Cost per sentence does not grow with the pack: 2,000 extra claims on entities no page names.
const extraEntities: Entity[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `synthetic-${i}`,
  name: `Synthetic ${i}`,
  kind: 'country',
  aliases: [`zorblatia ${i}`],
}));
const extraClaims: Claim[] = extraEntities.map((entity, i) => ({
  id: `synthetic-claim-${i}`,
  facts: [],
  text: `Synthetic claim ${i}`,
  verdict: 'true',
  topics: ['bench'],
  match: { entities: [[entity.id]], predicates: ['join*', 'sign*', 'establish* ... relation*'] },
  slots: [{ name: 'year', label: 'in', kind: 'year', value: 1900 + (i % 100) }],
  explanation: 'Synthetic.',
  sources: [
    { url: 'https://example.org/', title: 'x', publisher: 'x', note: 'x', stance: 'supports' },
  ],
  reviewed: '2025-01-01',
}));
const big: Pack = {
  format: PACK_FORMAT,
  id: 'big',
  version: '1.0.0',
  title: 'big',
  published: '2025-01-01',
  entities: [...bundled.entities, ...extraEntities],
  claims: [...bundled.claims, ...extraClaims],
};
const bigIndex = buildIndex([big]);
const sample =
  pages.find(({ file }) => file.startsWith('small-state'))?.page ?? (pages[0]?.page as PageText);
add(
  `check with ${big.claims.length} claims (small-state brief)`,
  median(() => checkPage(sample, bigIndex, { today: TODAY })),
  `same page, ${bundled.claims.length} claims`,
  median(() => checkPage(sample, index, { today: TODAY })),
);
// A linear scan (every claim's predicates against every sentence) shows what the index avoids.
const predicates = big.claims.flatMap((claim) =>
  (claim.match.predicates ?? []).map((source) => compilePhrase(source)),
);
const sentenceTokens = sentencesOf(sample.blocks).map((sentence) => tokenize(sentence.text));
add(
  `linear scan of ${big.claims.length} claims' predicates`,
  median(
    () => {
      for (const tokens of sentenceTokens)
        for (const phrase of predicates) findPhrase(tokens, phrase);
    },
    { minRuns: 5, minMs: 200 },
  ),
  'indexed check, same claims',
  median(() => checkPage(sample, bigIndex, { today: TODAY })),
);

// 4. Sentence splitting of a 300 KB paragraph: ours against Intl.Segmenter.
const long =
  'Bhutan joined the United Nations in 1971. Dr. Wangdi said the U.S. had no embassy there. '.repeat(
    3400,
  );
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
add(
  `split ${(long.length / 1024).toFixed(0)} KB into sentences`,
  median(() => splitSentences(long), { minRuns: 5, minMs: 200 }),
  'Intl.Segmenter, same text',
  median(() => [...segmenter.segment(long)].length, { minRuns: 3, minMs: 0 }),
);

const width = Math.max(...rows.map((row) => row.name.length));
console.log(
  `${'benchmark'.padEnd(width)}  median ms  baseline (median ms)                      ratio`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(width)}  ${row.medianMs.toFixed(3).padStart(9)}  ${`${row.baseline} (${row.baselineMs.toFixed(3)})`.padEnd(40)}  ${row.ratio.toFixed(2)}×`,
  );
}
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'test-results', 'bench.json'),
  `${JSON.stringify({ node: process.version, date: new Date().toISOString(), rows }, null, 2)}\n`,
);
