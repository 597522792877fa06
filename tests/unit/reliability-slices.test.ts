/**
 * The worker checks a page in slices (src/background/slices.ts). A fake clock that advances one
 * millisecond per checked sentence makes every assertion about slices and budgets exact.
 */
import { describe, expect, it } from 'vitest';
import { noteFor, runInSlices, type SliceClock } from '../../src/background/slices';
import { checkPageSteps, type CheckProgress, type Flag } from '../../src/core/check';
import { buildIndex } from '../../src/core/match/index';
import type { Pack } from '../../src/core/claims/schema';
import { bundledPackJson } from './helpers';

/** A clock shared by every check in a test: each step of any check costs one millisecond. */
function fakeClock(): SliceClock & { tick: () => void } {
  let now = 0;
  return {
    now: () => now,
    tick: () => {
      now += 1;
    },
    pause: () => new Promise((resolve) => setImmediate(resolve)),
  };
}

function* steps(
  name: string,
  count: number,
  clock: { tick: () => void },
  log: string[],
): Generator<CheckProgress, string> {
  const flags: Flag[] = [];
  for (let done = 1; done <= count; done++) {
    clock.tick();
    log.push(name);
    yield { done, total: count, flags };
  }
  return `${name} finished`;
}

describe('checking in slices', () => {
  it('pauses after each slice and finishes with the check’s result', async () => {
    const clock = fakeClock();
    const log: string[] = [];
    let pauses = 0;
    const counting: SliceClock = {
      now: clock.now,
      pause: () => {
        pauses++;
        log.push('pause');
        return clock.pause();
      },
    };
    const outcome = await runInSlices(steps('a', 100, clock, log), {
      sliceMs: 8,
      budgetMs: 1_000,
      clock: counting,
    });
    expect(outcome).toEqual({ finished: true, value: 'a finished' });
    expect(pauses).toBe(11);
    const slices = log
      .join(' ')
      .split('pause')
      .map((slice) => slice.trim().split(' ').length);
    expect(Math.max(...slices)).toBeLessThanOrEqual(9);
  });

  it('lets a short check in another tab finish within one slice of a long one', async () => {
    const clock = fakeClock();
    const log: string[] = [];
    const long = runInSlices(steps('long', 10_000, clock, log), {
      sliceMs: 8,
      budgetMs: 100_000,
      clock,
    });
    await new Promise((resolve) => setImmediate(resolve)); // the long check has begun
    const short = runInSlices(steps('short', 5, clock, log), { sliceMs: 8, budgetMs: 100, clock });
    expect(await short).toEqual({ finished: true, value: 'short finished' });
    expect(await long).toEqual({ finished: true, value: 'long finished' });
    const lastShort = log.lastIndexOf('short');
    const longBefore = log.slice(0, lastShort).filter((name) => name === 'long').length;
    expect(longBefore).toBeLessThanOrEqual(2 * 9); // the slice it was in, and at most one more
  });

  it('stops a check over its budget with the progress so far, and says so', async () => {
    const clock = fakeClock();
    const log: string[] = [];
    const outcome = await runInSlices(steps('slow', 1_000, clock, log), {
      sliceMs: 8,
      budgetMs: 50,
      clock,
    });
    expect(outcome.finished).toBe(false);
    if (outcome.finished) return;
    expect(outcome.progress?.done).toBe(51);
    expect(log).toHaveLength(51); // not a step more
    expect(noteFor(outcome, 4_000)).toBe(
      'Checked 51 of 1000 sentences: this page needed more than 4 s, so the rest was not checked.',
    );
  });

  it('counts only its own slices against its budget, not time spent waiting for other tabs', async () => {
    const clock = fakeClock();
    const log: string[] = [];
    const a = runInSlices(steps('a', 60, clock, log), { sliceMs: 8, budgetMs: 70, clock });
    const b = runInSlices(steps('b', 60, clock, log), { sliceMs: 8, budgetMs: 70, clock });
    expect((await a).finished).toBe(true);
    expect((await b).finished).toBe(true);
  });

  it('gives a real page its flags found before the budget ran out', async () => {
    const index = buildIndex([bundledPackJson() as Pack]);
    const sentence = 'Bhutan joined the United Nations in 1972.';
    const page = {
      title: 'Bhutan',
      blocks: Array.from({ length: 40 }, () => ({ kind: 'paragraph' as const, text: sentence })),
    };
    const clock = fakeClock();
    const ticking: SliceClock = {
      now: () => {
        clock.tick();
        return clock.now();
      },
      pause: clock.pause,
    };
    const outcome = await runInSlices(
      checkPageSteps(page, index, { today: '2026-01-01', gated: true }),
      { sliceMs: 4, budgetMs: 20, clock: ticking },
    );
    expect(outcome.finished).toBe(false);
    if (outcome.finished) return;
    const flags = outcome.progress?.flags ?? [];
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.length).toBeLessThan(40);
    expect(flags.every((flag) => flag.verdict === 'contradicted')).toBe(true);
  });

  it('notes sentences left out for their length', () => {
    const result = {
      relevant: true,
      topic: { score: 1, relevant: true, evidence: [] },
      flags: [],
      skipped: [
        { block: 3, start: 0, end: 5000, reason: 'longer than 2,000 characters: not checked' },
      ],
    };
    expect(noteFor({ finished: true, value: result })).toBe(
      'One sentence longer than 2,000 characters was not checked.',
    );
    expect(noteFor({ finished: true, value: { ...result, skipped: [] } })).toBeUndefined();
  });
});
