/**
 * `npm test`: what CI runs, in order, stopping at the first failure — format, lint, types, unit
 * tests, the Firefox build and its lint, the Chrome build, end-to-end tests — and then one line
 * with the unit and end-to-end counts together: "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'test-results');
const STEPS = [
  'format:check',
  'lint',
  'typecheck',
  'test:unit',
  'build:firefox',
  'lint:firefox',
  'build',
  'test:e2e',
] as const;
const COUNTED: Partial<Record<(typeof STEPS)[number], string>> = {
  'test:unit': join(RESULTS, 'unit-results.json'),
  'test:e2e': join(RESULTS, 'e2e-results.json'),
};

const totals = { passed: 0, failed: 0 };
function count(file: string): void {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests?: number;
    numFailedTests?: number;
  };
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
}

mkdirSync(RESULTS, { recursive: true });
let code = 0;
for (const step of STEPS) {
  const results = COUNTED[step];
  if (results) rmSync(results, { force: true });
  const extra = results
    ? ['--', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`]
    : [];
  const run = spawnSync('npm', ['run', step, ...extra], { cwd: ROOT, stdio: 'inherit' });
  if (results) count(results);
  if (run.status !== 0) {
    code = run.status ?? 1;
    console.error(`\nnpm test: "${step}" failed; the steps after it did not run.`);
    break;
  }
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = code;
