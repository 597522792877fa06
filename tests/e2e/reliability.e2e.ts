/**
 * The worker never stalls: a hostile page in one tab (a 128 KB sentence, then a long run of
 * sentences just under the length cap) delays another tab's flags by less than a second, and a
 * page over its time budget gets the flags found by then with a note.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, RESULTS, waitForHighlights, type Harness } from './harness';

/** Figures for docs/RELIABILITY.md, written as the tests measure them. */
const figures: Record<string, number> = {};

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
  writeFileSync(join(RESULTS, 'reliability-e2e.json'), `${JSON.stringify(figures, null, 2)}\n`);
});

const NORMAL = 'druk-nato-nexus.html';

/** Milliseconds from navigation to the first drawn flag. */
async function timeToFlags(page: Page, path: string): Promise<number> {
  const started = Date.now();
  await page.goto(`${harness.origin}/${path}`);
  const drawn = await waitForHighlights(page, 1, 30_000);
  expect(drawn.contradicted.length + drawn.supported.length, `${path} shows flags`).toBeGreaterThan(
    0,
  );
  return Date.now() - started;
}

describe('one tab’s hostile page and another tab’s flags', () => {
  it('a 128 KB hostile sentence in one tab delays another tab’s flags by less than a second', async () => {
    const alone: number[] = [];
    for (let run = 0; run < 2; run++) {
      const page = await harness.context.newPage();
      alone.push(await timeToFlags(page, NORMAL));
      await page.close();
    }
    const hostile = await harness.context.newPage();
    await hostile.goto(`${harness.origin}/hostile-sentence.html`);
    // Give its content script time to read the page and hand it to the worker, whose check of it
    // then runs to its 4 s budget.
    await hostile.waitForTimeout(1_500);
    const other = await harness.context.newPage();
    const beside = await timeToFlags(other, NORMAL);
    const besideDone = Date.now();
    Object.assign(figures, { tabAloneMs: Math.min(...alone), tabBesideHostileMs: beside });
    expect(beside - Math.min(...alone)).toBeLessThan(1_000);

    const hostileFlags = await waitForHighlights(hostile, 1, 30_000);
    expect(Date.now(), 'the hostile page was still being checked').toBeGreaterThan(
      besideDone + 200,
    );
    expect(hostileFlags.contradicted.map((text) => text.trim())).toContain(
      'Bhutan joined the United Nations in 1972.',
    );
    await Promise.all([hostile.close(), other.close()]);
  });
});

describe('the worker, asked directly', () => {
  const unit = 'Bhutan joined the UN if not may claim "a b c d" in 1,000,000,000,0 and ';

  it('answers a short page while a long one is being checked, and cuts the long one at its budget with a note', async () => {
    const options = await openExtensionPage(harness, 'src/options/index.html');
    const result = await options.evaluate(async (hostileUnit) => {
      const send = (blocks: { index: number; kind: string; text: string }[], url: string) =>
        chrome.runtime.sendMessage({
          type: 'cs-bg/check-page',
          // The wire form of blocks (messages.ts packBlocks); `append` skips the topic gate.
          payload: {
            url,
            title: 'Bhutan and the United Nations',
            blocks: {
              index: blocks.map((block) => block.index),
              text: blocks.map((block) => block.text),
              kind: blocks.map((block) => block.kind),
              extra: [],
            },
            append: true,
          },
        }) as Promise<{ ok: boolean; flags: { sentence: string; block: number }[]; note?: string }>;
      const short = [
        { index: 0, kind: 'paragraph', text: 'Bhutan joined the United Nations in 1972.' },
      ];
      // Sentences just under the cap that name many claims' entities, predicates and values.
      const busy = 'it joined the UN in 1972 and it signed the treaty with India in 1950 while ';
      const capped = `${busy.repeat(Math.floor(1990 / busy.length))}so on.`;
      const long = [
        ...short,
        {
          index: 1,
          kind: 'paragraph',
          text: `${hostileUnit.repeat(Math.ceil((128 * 1024) / hostileUnit.length))}so on.`,
        },
        ...Array.from({ length: 8_000 }, (_, i) => ({
          index: i + 2,
          kind: 'paragraph',
          text: capped,
        })),
      ];
      const t0 = performance.now();
      await send(short, 'http://127.0.0.1/short-alone');
      const aloneMs = performance.now() - t0;
      const order: string[] = [];
      const t1 = performance.now();
      const longAnswer = send(long, 'http://127.0.0.1/long').then((answer) => {
        order.push('long');
        return answer;
      });
      const shortAnswer = await send(short, 'http://127.0.0.1/short-beside').then((answer) => {
        order.push('short');
        return answer;
      });
      const besideMs = performance.now() - t1;
      const longResult = await longAnswer;
      return { aloneMs, besideMs, order, shortAnswer, longResult };
    }, unit);
    Object.assign(figures, {
      workerShortAloneMs: Math.round(result.aloneMs),
      workerShortBesideLongMs: Math.round(result.besideMs),
    });
    expect(result.order).toEqual(['short', 'long']);
    expect(result.shortAnswer.flags.map((flag) => flag.sentence)).toEqual([
      'Bhutan joined the United Nations in 1972.',
    ]);
    expect(result.besideMs - result.aloneMs).toBeLessThan(1_000);
    // Over its budget: the flags found by then, and a note for the popup.
    expect(result.longResult.ok).toBe(true);
    const note =
      /^Checked (\d+) of 8002 sentences: this page needed more than 4 s, so the rest was not checked\.$/.exec(
        result.longResult.note ?? '',
      );
    expect(note, result.longResult.note).not.toBeNull();
    const checked = Number(note?.[1]);
    expect(checked).toBeLessThan(8_002);
    const { flags } = result.longResult;
    expect(flags[0]?.sentence).toBe('Bhutan joined the United Nations in 1972.');
    // Flags from the sentences checked in time, none from the rest (one sentence per block).
    expect(flags.every((flag) => flag.block < checked)).toBe(true);
    await options.close();
  });
});
