/**
 * The budgets of issue 10 (and issue 7's cost limit), each read off the suites' results. They are
 * reported beside the figures, never asserted: a benchmark on a shared machine is not a test.
 */

export interface ScaleRow {
  readonly claims: number;
  readonly perSentenceMedianUs: number;
  readonly perSentenceP95Us: number;
  readonly candidatesPerSentence: number;
  readonly indexHeapBytes: number;
  readonly heapPerClaimBytes: number;
  readonly buildMs: number;
  readonly miniSearchMedianUs: number;
  readonly speedupOverMiniSearch: number;
  readonly recallAt5: number | null;
  readonly miniSearchRecallAt5: number | null;
  readonly flagRecall: number | null;
}

export interface Results {
  readonly scale: readonly ScaleRow[];
  readonly suites: Readonly<Record<string, Record<string, unknown> | undefined>>;
}

export interface SummaryRow {
  readonly figure: string;
  readonly value: string;
  readonly budget: string;
  /** Undefined when the figure was not measured in this run. */
  readonly pass?: boolean;
  /** Timings on a shared machine move with other people's work. */
  readonly noisy?: boolean;
}

const at = (results: Results, claims: number): ScaleRow | undefined =>
  results.scale.find((row) => row.claims === claims);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const fixed = (value: number | undefined, digits: number, unit = ''): string =>
  value === undefined ? 'not measured' : `${value.toFixed(digits)}${unit}`;

function row(
  figure: string,
  value: number | undefined,
  show: (value: number) => string,
  budget: string,
  pass: (value: number) => boolean,
  noisy = true,
): SummaryRow {
  return {
    figure,
    value: value === undefined ? 'not measured' : show(value),
    budget,
    ...(value === undefined ? {} : { pass: pass(value) }),
    noisy,
  };
}

export function summarise(results: Results): SummaryRow[] {
  const k1 = at(results, 1000);
  const k10 = at(results, 10000);
  const k50 = at(results, 50000);
  const article = results.suites.article;
  const gate = results.suites.gate;
  const bundle = results.suites.bundle;
  const growth = k1 && k50 ? k50.perSentenceMedianUs / k1.perSentenceMedianUs : undefined;
  const candidates = results.scale.length
    ? Math.max(...results.scale.map((scale) => scale.candidatesPerSentence))
    : undefined;
  const recallGap =
    k10?.recallAt5 != null && k10.miniSearchRecallAt5 != null
      ? k10.recallAt5 - k10.miniSearchRecallAt5
      : undefined;
  const rows: SummaryRow[] = [
    row(
      'per sentence at 10k claims, median',
      k10?.perSentenceMedianUs,
      (v) => `${v.toFixed(1)} µs`,
      '≤ 30 µs',
      (v) => v <= 30,
    ),
    row(
      'growth of the median, 1k → 50k claims',
      growth,
      (v) => `${v.toFixed(2)}×`,
      '≤ 1.5×',
      (v) => v <= 1.5,
    ),
    row(
      'candidates verified per sentence, worst size',
      candidates,
      (v) => v.toFixed(1),
      '≤ 10',
      (v) => v <= 10,
      false,
    ),
    row(
      'speed-up over MiniSearch top-5 at 10k',
      k10?.speedupOverMiniSearch,
      (v) => `${v.toFixed(2)}×`,
      '≥ 40×',
      (v) => v >= 40,
    ),
    row(
      'candidate recall@5 at 10k, engine − MiniSearch',
      recallGap,
      () =>
        `${fixed(k10?.recallAt5 ?? undefined, 3)} vs ${fixed(k10?.miniSearchRecallAt5 ?? undefined, 3)}`,
      '≥ MiniSearch',
      (v) => v >= 0,
      false,
    ),
    // At 10k, as the budget is put (15 MB): at 1k the index's fixed part (lexicons) weighs per claim.
    row(
      'index heap per claim at 10k claims',
      k10?.heapPerClaimBytes,
      (v) => `${(v / 1000).toFixed(2)} KB (${((k10?.indexHeapBytes ?? 0) / 1e6).toFixed(1)} MB)`,
      '≤ 1.5 KB (15 MB)',
      (v) => v <= 1500,
      false,
    ),
    row(
      'index build, 50k claims',
      k50?.buildMs,
      (v) => `${v.toFixed(0)} ms`,
      '≤ 500 ms',
      (v) => v <= 500,
    ),
    row(
      '5,000-word article, bundled pack',
      num(article?.bundledMs),
      (v) => `${v.toFixed(2)} ms`,
      '≤ 10 ms',
      (v) => v <= 10,
    ),
    row(
      '5,000-word article, 10k claims',
      num(article?.tenKMs),
      (v) => `${v.toFixed(1)} ms`,
      '≤ 20 ms',
      (v) => v <= 20,
    ),
    row(
      '5,000-word article, now / before issue 7',
      num(article?.slowdownSinceBefore),
      (v) => `${v.toFixed(2)}×`,
      '≤ 1.5× (issue 7)',
      (v) => v <= 1.5,
    ),
    row(
      'topic gate, 100 KB off-topic',
      num(gate?.gateMs),
      (v) => `${v.toFixed(3)} ms`,
      '≤ 0.5 ms',
      (v) => v <= 0.5,
    ),
    bundle?.missing
      ? { figure: 'every-page script, gzip', value: String(bundle.missing), budget: '≤ 10 KB' }
      : row(
          'every-page script, gzip',
          num(bundle?.everyPageGzipBytes),
          (v) => `${(v / 1000).toFixed(1)} KB`,
          '≤ 10 KB',
          (v) => v <= 10000,
          false,
        ),
  ];
  const chromium = results.suites.chromium;
  if (chromium) {
    const from = (key: 'warm' | 'cold'): number | undefined =>
      num((chromium[key] as Record<string, unknown> | undefined)?.fromLoadMedianMs);
    rows.push(
      row(
        'Chromium load → highlights, warm worker (bench:chromium)',
        from('warm'),
        (v) => `${v.toFixed(0)} ms`,
        '≤ 100 ms',
        (v) => v <= 100,
      ),
      row(
        'Chromium load → highlights, cold worker (bench:chromium)',
        from('cold'),
        (v) => `${v.toFixed(0)} ms`,
        '≤ 200 ms',
        (v) => v <= 200,
      ),
    );
  }
  // Suites added by others (growth.ts, chromium.ts) may report rows of their own.
  for (const [name, result] of Object.entries(results.suites)) {
    const extra = result?.summary;
    if (!Array.isArray(extra)) continue;
    for (const item of extra as Partial<SummaryRow>[])
      rows.push({
        figure: `${name}: ${item.figure ?? '?'}`,
        value: item.value ?? 'not measured',
        budget: item.budget ?? '',
        ...(typeof item.pass === 'boolean' ? { pass: item.pass } : {}),
        noisy: item.noisy ?? true,
      });
  }
  return rows;
}
