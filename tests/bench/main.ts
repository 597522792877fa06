/**
 * `npm run bench [-- suite ...]`: runs each suite in a process of its own (node --expose-gc, so
 * heap figures are retained sizes after full collections), gathers their results into
 * test-results/bench.json and prints the scale table and every figure against its budget.
 *
 * A suite is a script that writes one JSON object to the path in BENCH_RESULT (see
 * harness.ts `writeResult`); an optional `summary: [{figure, value, budget, pass}]` in it is
 * printed with the rest. Benchmarks with scripts of their own (`npm run bench:chromium` writes
 * test-results/bench-chromium.json) are not run here; their last results are read and reported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchLoader, bundle } from './build';
import { summarise, type Results, type ScaleRow } from './budgets';
import { ROOT } from './fixtures';

const HERE = join(ROOT, 'tests', 'bench');
const OUT = join(ROOT, 'test-results');

interface Suite {
  readonly name: string;
  readonly file: string;
  readonly args?: readonly string[];
}

const SUITES: readonly Suite[] = [
  { name: 'pages', file: 'suites/pages.ts' },
  ...[1000, 10000, 50000].map((claims) => ({
    name: `scale-${claims}`,
    file: 'suites/scale.ts',
    args: [String(claims)],
  })),
  { name: 'article', file: 'suites/article.ts' },
  { name: 'gate', file: 'suites/gate.ts' },
  { name: 'bundle', file: 'suites/bundle.ts' },
];
/** Results other scripts write: test-results/bench-<name>.json. */
const EXTERNAL = ['chromium', 'growth'];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !SUITES.some((suite) => suite.name === name));
if (unknown.length) {
  console.error(
    `unknown suite ${unknown.join(', ')}; suites: ${SUITES.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
const chosen = wanted.length ? SUITES.filter((suite) => wanted.includes(suite.name)) : SUITES;

const previous = existsSync(join(OUT, 'bench.json'))
  ? (JSON.parse(readFileSync(join(OUT, 'bench.json'), 'utf8')) as {
      suites?: Record<string, unknown>;
    })
  : {};
const suites: Record<string, Record<string, unknown> | undefined> = wanted.length
  ? { ...(previous.suites as Record<string, Record<string, unknown>> | undefined) }
  : {};

const loader = benchLoader();
// Each suite's script, bundled once as the extension's build compiles the engine (see build.ts).
const scripts = new Map<string, string>();
for (const suite of chosen)
  if (!scripts.has(suite.file))
    scripts.set(
      suite.file,
      loader === 'bundle'
        ? await bundle(join(HERE, suite.file), join(OUT, 'bench-build'), ROOT)
        : join(HERE, suite.file),
    );

const loadBefore = loadavg();
const started = performance.now();
for (const suite of chosen) {
  const resultPath = join(OUT, 'bench', `${suite.name}.json`);
  const t0 = performance.now();
  process.stdout.write(`${suite.name} … `);
  const run = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      scripts.get(suite.file) as string,
      ...(suite.args ?? []),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, BENCH_RESULT: resultPath, BENCH_LOADER: loader },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (run.status !== 0 || !existsSync(resultPath)) {
    console.log(`failed after ${seconds} s (exit ${run.status})`);
    process.stdout.write(run.stdout);
    suites[suite.name] = { failed: `exit ${run.status}` };
    continue;
  }
  console.log(`${seconds} s`);
  suites[suite.name] = {
    ...(JSON.parse(readFileSync(resultPath, 'utf8')) as Record<string, unknown>),
    seconds: Number(seconds),
    date: new Date().toISOString(),
  };
}

for (const name of EXTERNAL) {
  const path = join(OUT, `bench-${name}.json`);
  if (!existsSync(path)) continue;
  suites[name] = {
    ...(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>),
    external: `test-results/bench-${name}.json`,
    date: statSync(path).mtime.toISOString(),
  };
}

const scale = Object.entries(suites)
  .filter(([name, result]) => name.startsWith('scale-') && result && !result.failed)
  .map(([, result]) => result as unknown as ScaleRow)
  .sort((a, b) => a.claims - b.claims);
const results: Results = { scale, suites };
const summary = summarise(results);
const machine = {
  nproc: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  loader,
  loadAverageBefore: loadBefore.map((load) => Number(load.toFixed(2))),
  loadAverageAfter: loadavg().map((load) => Number(load.toFixed(2))),
};
mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, 'bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, scale, suites, summary }, null, 2)}\n`,
);

const table = (head: readonly string[], rows: readonly (readonly string[])[]): void => {
  const widths = head.map((cell, i) =>
    Math.max(cell.length, ...rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
};
const share = (value: number | null): string => (value === null ? '—' : value.toFixed(3));
console.log();
table(
  [
    'claims',
    'median µs',
    'p95 µs',
    'candidates',
    'heap MB',
    'build ms',
    'MiniSearch µs',
    'speed-up',
    'recall@5',
    'MiniSearch r@5',
    'flag recall',
  ],
  scale.map((row) => [
    String(row.claims),
    row.perSentenceMedianUs.toFixed(1),
    row.perSentenceP95Us.toFixed(0),
    row.candidatesPerSentence.toFixed(1),
    (row.indexHeapBytes / 1e6).toFixed(1),
    row.buildMs.toFixed(0),
    row.miniSearchMedianUs.toFixed(1),
    `${row.speedupOverMiniSearch.toFixed(2)}×`,
    share(row.recallAt5),
    share(row.miniSearchRecallAt5),
    share(row.flagRecall),
  ]),
);
console.log();
table(
  ['figure', 'measured', 'budget', ''],
  summary.map((row) => [
    row.figure,
    row.value,
    row.budget,
    `${row.pass === undefined ? '—' : row.pass ? 'pass' : 'OVER'}${row.noisy ? '  (timing; shared machine, noisy)' : ''}`,
  ]),
);
console.log(
  `\n${machine.nproc} × ${machine.cpu}, node ${machine.node}; load average ${machine.loadAverageBefore.join(' ')} before, ${machine.loadAverageAfter.join(' ')} after (other people's tests share these cores). ${((performance.now() - started) / 1000).toFixed(0)} s in all. Results: test-results/bench.json`,
);
