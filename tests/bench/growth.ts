/**
 * `npm run bench:growth`: how the time of each text function grows when its hostile input doubles.
 * Linear work doubles; each doubling may take at most 2.5× as long (the slack absorbs noise on a
 * shared machine), judged over the whole range of sizes. Prints median CPU milliseconds and the
 * ratios, writes test-results/bench-growth.json, and exits 1 when growth is over the limit.
 * Standalone: the main bench harness is tests/bench/run.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { checkPage, type PageText } from '../../src/core/check';
import type { Claim, Pack } from '../../src/core/claims/schema';
import { parsePackText } from '../../src/core/claims/validate';
import { analyseSentence } from '../../src/core/match/analyse';
import { buildIndex } from '../../src/core/match/index';
import { compilePhrase, findPhrase } from '../../src/core/match/phrase';
import { judgeSlots } from '../../src/core/match/slots';
import { readMarkers } from '../../src/core/text/markers';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../src/core/text/segment';
import { tokenize } from '../../src/core/text/tokens';
import { extractValues } from '../../src/core/text/values';
import { extractBlocks, MAX_DEPTH } from '../../src/dom/extract';

const ROOT = join(import.meta.dirname, '..', '..');
const LIMIT = 2.5;
const pack = JSON.parse(
  readFileSync(join(ROOT, 'assets/claims/bhutan-foreign-relations.json'), 'utf8'),
) as Pack;
const index = buildIndex([pack]);

// Collect garbage before each timed run (npm run bench:growth passes --expose-gc): a collection
// that the previous run left due would otherwise land in this one. The script also gives V8 a
// larger young generation (--max-semi-space-size=64), so that copying the objects a large input
// keeps alive does not show up as growth of the code's own.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * CPU milliseconds of each run in interleaved rounds (every size once per round). CPU time, not the
 * wall clock: on a shared machine a longer run is preempted more often, and waiting for the CPU
 * would show up as growth that is not in the code. Returns times[size][round].
 */
function interleavedTimes(runs: readonly (() => void)[]): number[][] {
  for (const run of runs) run(); // warm-up
  const times: number[][] = runs.map(() => []);
  const started = performance.now();
  for (let round = 0; round < 11 || (performance.now() - started < 2_000 && round < 60); round++) {
    runs.forEach((run, i) => {
      gc();
      const t0 = process.cpuUsage();
      run();
      const spent = process.cpuUsage(t0);
      times[i]?.push(Math.max((spent.user + spent.system) / 1000, 0.001));
    });
  }
  return times;
}

const repeat = (unit: string, length: number): string =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

interface Case {
  readonly name: string;
  /** Input sizes, each double the one before. */
  readonly sizes: readonly number[];
  readonly unit: string;
  /** Builds the input of size n (untimed) and returns the work to time. */
  readonly prepare: (n: number) => () => void;
}

const markers = (label: string, unit: string): Case => ({
  name: `markers: ${label} repeated`,
  sizes: [32_768, 65_536, 131_072],
  unit: 'chars',
  prepare: (n) => {
    const text = `${repeat(unit, n)}.`;
    const tokens = tokenize(text);
    return () => readMarkers(text, tokens);
  },
});

const values = (label: string, make: (n: number) => string): Case => ({
  name: `values: ${label}`,
  sizes: [32_768, 65_536, 131_072],
  unit: 'chars',
  prepare: (n) => {
    const text = make(n);
    return () => extractValues(text);
  },
});

const treaty = pack.claims.find((claim) => claim.id === 'f01-treaty-1949-signed') as Claim;

const cases: Case[] = [
  markers('quoted spans', '"a b c d" '),
  markers('"if "', 'if '),
  markers('"may "', 'may '),
  markers('"not "', 'not '),
  markers('"claim "', 'claim '),
  values('1,000,000,…,0 (a run that is no number)', (n) => `1${repeat(',000', n)},0 crore`),
  values('1,00 repeated (Indian grouping)', (n) => repeat('1,00', n)),
  values('3.5, repeated', (n) => repeat('3.5,', n)),
  {
    name: 'judgePlace: unpunctuated line of "signed in New Delhi"',
    sizes: [131_072, 262_144, 524_288, 1_048_576],
    unit: 'chars',
    prepare: (n) => {
      const analysis = analyseSentence(
        repeat('the treaty was signed in New Delhi and ', n),
        index,
        true,
      );
      const predicates = findPhrase(analysis.tokens, compilePhrase('sign*'));
      const first = predicates[0];
      if (!first) throw new Error('no predicate');
      const slots = treaty.slots.map((slot) => ({ ...slot, label: slot.label ?? slot.name }));
      return () => judgeSlots(slots, analysis, first, '2020-01-01', predicates);
    },
  },
  {
    name: `checkPage: hostile sentences of ${MAX_SENTENCE_LENGTH} characters`,
    sizes: [16, 32, 64],
    unit: 'sentences',
    prepare: (n) => {
      const sentence = `${repeat('Bhutan joined the UN if not may claim "a b c d" in 1972 ', MAX_SENTENCE_LENGTH - 1)}.`;
      const page: PageText = {
        title: 'Bhutan and the United Nations',
        blocks: Array.from({ length: n }, () => ({ kind: 'paragraph', text: sentence })),
      };
      return () => checkPage(page, index, { today: '2026-01-01', gated: true });
    },
  },
  {
    name: 'checkPage: one unpunctuated line (skipped over the cap)',
    sizes: [262_144, 524_288, 1_048_576],
    unit: 'chars',
    prepare: (n) => {
      const page: PageText = {
        title: 'Bhutan',
        blocks: [{ kind: 'paragraph', text: repeat('Bhutan joined the UN in 1972 and ', n) }],
      };
      return () => checkPage(page, index, { today: '2026-01-01', gated: true });
    },
  },
  {
    name: 'pack validation: bad claims',
    sizes: [500, 1_000, 2_000],
    unit: 'claims',
    prepare: (n) => {
      const text = JSON.stringify(
        {
          ...pack,
          claims: Array.from({ length: n }, (_, i) => ({ id: `bad-${i}`, verdict: 'x' })),
        },
        null,
        2,
      );
      return () => parsePackText(text);
    },
  },
  {
    name: 'splitSentences: one paragraph',
    sizes: [262_144, 524_288, 1_048_576],
    unit: 'chars',
    prepare: (n) => {
      const text = repeat('Bhutan joined the UN in 1971. Dr. Wangdi agreed. ', n);
      return () => splitSentences(text);
    },
  },
  {
    name: `extractBlocks: nested <div>s (read to ${MAX_DEPTH} levels)`,
    sizes: [25_000, 50_000, 100_000],
    unit: 'levels',
    prepare: (n) => {
      const { document } = parseHTML('<html><body><main><p>Top.</p></main></body></html>');
      const root = document.querySelector('main') as unknown as Element;
      let at = root;
      for (let level = 0; level < n; level++) {
        const div = document.createElement('div') as unknown as Element;
        at.appendChild(div);
        at = div;
      }
      return () => extractBlocks(root);
    },
  },
];

interface Row {
  name: string;
  unit: string;
  sizes: number[];
  /** Median CPU milliseconds at each size. */
  medianMs: number[];
  /** Each step's growth: the median over rounds of the ratio within a round. */
  ratios: number[];
  /**
   * Growth per doubling over the whole range: per round, (last / first) ^ (1 / doublings); the
   * median over rounds. Ratios within a round share that round's load: the gated figure.
   */
  perDoubling: number;
  ok: boolean;
}

const rows: Row[] = [];
for (const benchCase of cases) {
  const times = interleavedTimes(benchCase.sizes.map((n) => benchCase.prepare(n)));
  const rounds = (times[0] ?? []).map((_, round) => times.map((list) => list[round] as number));
  const doublings = benchCase.sizes.length - 1;
  const ratios = Array.from({ length: doublings }, (_, i) =>
    median(rounds.map((round) => (round[i + 1] as number) / (round[i] as number))),
  );
  const perDoubling = median(
    rounds.map((round) => ((round[doublings] as number) / (round[0] as number)) ** (1 / doublings)),
  );
  const row: Row = {
    name: benchCase.name,
    unit: benchCase.unit,
    sizes: [...benchCase.sizes],
    medianMs: times.map(median),
    ratios,
    perDoubling,
    ok: perDoubling <= LIMIT,
  };
  rows.push(row);
  const steps = row.sizes
    .map(
      (size, i) =>
        `${size.toLocaleString('en-US')} ${row.unit}: ${(row.medianMs[i] as number).toFixed(2)} ms`,
    )
    .join(' → ');
  console.log(
    `${row.ok ? 'ok  ' : 'SLOW'} ${row.name}: ×${perDoubling.toFixed(2)} per doubling (limit ×${LIMIT})\n     ${steps} (steps ×${ratios.map((ratio) => ratio.toFixed(2)).join(', ×')})`,
  );
}

mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'test-results', 'bench-growth.json'),
  `${JSON.stringify({ node: process.version, date: new Date().toISOString(), limit: LIMIT, rows }, null, 2)}\n`,
);
const slow = rows.filter((row) => !row.ok);
console.log(
  slow.length
    ? `${slow.length} of ${rows.length} grow faster than ×${LIMIT} per doubling`
    : `all ${rows.length} grow at most ×${LIMIT} per doubling`,
);
process.exitCode = slow.length ? 1 : 0;
