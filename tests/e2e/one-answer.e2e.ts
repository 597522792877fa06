/**
 * One answer everywhere: on every fixture page, the browser shows the same flags as the
 * command-line checker — the same sentence, verdict, claim id, reason and sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/cli/check-file';
import { BUNDLED_PACK, loadPack } from '../../src/cli/load';
import {
  launch,
  listFlags,
  readHighlights,
  ROOT,
  squash,
  waitForHighlights,
  type Harness,
} from './harness';

const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const GOLDEN = join(ROOT, 'tests', 'fixtures', 'golden');
const pages = readdirSync(PAGES).filter((file) => file.endsWith('.html'));
const goldenPages = new Set(
  readdirSync(GOLDEN).map(
    (file) => (JSON.parse(readFileSync(join(GOLDEN, file), 'utf8')) as { page: string }).page,
  ),
);
const pack = loadPack(BUNDLED_PACK);

interface Comparable {
  sentence: string;
  verdict: string;
  claimId: string;
  reason: string;
  sources: string[];
}
const comparable = (flag: Comparable): string =>
  JSON.stringify({ ...flag, sentence: squash(flag.sentence) });

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe('the browser and the command-line checker agree', () => {
  it('covers every golden page', () => {
    for (const page of goldenPages) expect(pages, page).toContain(page.replace(/^.*\//, ''));
  });

  it.each(pages)('%s: same sentences, verdicts, claim ids, reasons and sources', async (file) => {
    const cli = checkFile(file, readFileSync(join(PAGES, file), 'utf8'), {
      packs: [pack],
    }).result.flags.map((flag) => ({
      sentence: flag.sentence,
      verdict: flag.verdict,
      claimId: flag.claimId,
      reason: flag.reason,
      sources: flag.sources.map((source) => source.url),
    }));
    const page = await harness.context.newPage();
    await page.goto(`${harness.origin}/${file}`);
    const drawn = cli.length
      ? await waitForHighlights(page, cli.length)
      : (await page.waitForTimeout(600), await readHighlights(page));
    // What is drawn is what the checker reports, verdict by verdict (spacing aside: a table row's
    // text puts a space between cells that no text node holds).
    const bare = (text: string): string => text.replace(/\s+/g, '');
    for (const verdict of ['supported', 'contradicted'] as const)
      expect([...new Set(drawn[verdict].map(bare))].sort(), verdict).toEqual(
        [
          ...new Set(
            cli.filter((flag) => flag.verdict === verdict).map((flag) => bare(flag.sentence)),
          ),
        ].sort(),
      );
    const listed = await listFlags(harness, page);
    expect(listed, 'the content script answers').not.toBeNull();
    const browser = (listed?.flags ?? []).map((flag) => ({
      sentence: flag.sentence,
      verdict: flag.verdict,
      claimId: flag.claimId,
      reason: flag.reason,
      sources: flag.sources.map((source) => source.url),
    }));
    expect(browser.map(comparable).sort()).toEqual(cli.map(comparable).sort());
    await page.close();
  });
});
