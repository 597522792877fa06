/**
 * The engine as it was before the relation-frames rewrite (issue 7), kept as a same-run baseline:
 * its src/core and bundled pack are read out of git at BEFORE_COMMIT into test-results/ and loaded
 * from there, so "no more than 1.5x slower than before" is measured on one machine in one run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Check from '../../src/core/check';
import type * as ClaimsValidate from '../../src/core/claims/validate';
import type * as MatchIndex from '../../src/core/match/index';
import { benchLoader, bundle } from './build';
import { ROOT } from './fixtures';

/** main when the "before" figures of docs/PERFORMANCE.md were taken. */
export const BEFORE_COMMIT = '28df02ba4db86dc69d650235ab2f908ee8724499';

export interface BaselineEngine {
  readonly commit: string;
  readonly check: typeof Check;
  readonly index: MatchIndex.ClaimIndex;
}

/** The old engine with its own bundled pack, or why it could not be had. */
export async function loadBaselineEngine(): Promise<BaselineEngine | string> {
  const dir = join(ROOT, 'test-results', 'bench-baseline', BEFORE_COMMIT.slice(0, 12));
  if (!existsSync(join(dir, 'src', 'core', 'check.ts'))) {
    try {
      mkdirSync(dir, { recursive: true });
      const archive = execFileSync(
        'git',
        ['-C', ROOT, 'archive', BEFORE_COMMIT, 'src/core', 'assets/claims'],
        { maxBuffer: 64 * 1024 * 1024 },
      );
      execFileSync('tar', ['-x', '-C', dir], { input: archive });
    } catch (error) {
      return `commit ${BEFORE_COMMIT.slice(0, 12)} is not in this clone (${(error as Error).message.split('\n')[0]})`;
    }
  }
  // Loaded the way today's engine is (see build.ts), so that the two are compared alike.
  let check: typeof Check;
  let validatePack: typeof ClaimsValidate.validatePack;
  let buildIndex: typeof MatchIndex.buildIndex;
  if (benchLoader() === 'bundle') {
    const entry = join(dir, 'engine.ts');
    writeFileSync(
      entry,
      [
        "export * as check from './src/core/check';",
        "export { validatePack } from './src/core/claims/validate';",
        "export { buildIndex } from './src/core/match/index';",
      ].join('\n'),
    );
    const engine = (await import(await bundle(entry, dir, dir))) as {
      check: typeof Check;
      validatePack: typeof validatePack;
      buildIndex: typeof buildIndex;
    };
    ({ check, validatePack, buildIndex } = engine);
  } else {
    const load = async <T>(path: string): Promise<T> => (await import(join(dir, path))) as T;
    check = await load<typeof Check>('src/core/check.ts');
    ({ validatePack } = await load<typeof ClaimsValidate>('src/core/claims/validate.ts'));
    ({ buildIndex } = await load<typeof MatchIndex>('src/core/match/index.ts'));
  }
  const parsed = validatePack(
    JSON.parse(readFileSync(join(dir, 'assets/claims/bhutan-foreign-relations.json'), 'utf8')),
  );
  if (!parsed.ok) return `the pack at ${BEFORE_COMMIT.slice(0, 12)} does not validate`;
  return { commit: BEFORE_COMMIT, check, index: buildIndex([parsed.pack]) };
}
