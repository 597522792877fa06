import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activate,
  copyCardForAudit,
  flagPoint,
  launch,
  openExtensionPage,
  ROOT,
  waitForCard,
  waitForHighlights,
  type Harness,
} from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
/** An open copy of the card: axe cannot enter the card's own closed shadow root. */
const CARD_COPY = 'bhutan-fact-flags-card-audit-copy';

interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: readonly string[];
}
interface Audit {
  readonly violations: readonly Finding[];
  /** How many elements the audit checked and found fine (zero would mean it saw nothing). */
  readonly passed: number;
}

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** Runs axe-core in the page (on `selector` only when given) and keeps what it reports. */
async function audit(page: Page, selector?: string): Promise<Audit> {
  // Extension pages forbid inline scripts (CSP), so axe is evaluated there rather than injected.
  if (page.url().startsWith('chrome-extension://')) await page.evaluate(AXE);
  else await page.addScriptTag({ content: AXE });
  return page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const context = scope
      ? (document.querySelector(scope) ?? document.createElement('p'))
      : document;
    const results = await axe.run(context, { resultTypes: ['violations'] });
    return {
      violations: results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        nodes: violation.nodes.map(
          (node) => `${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`,
        ),
      })),
      passed: results.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
    };
  }, selector ?? null);
}

function expectNoSeriousViolations(where: string, result: Audit): void {
  const serious = result.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(serious, `${where}:\n${JSON.stringify(serious, null, 2)}`).toEqual([]);
  expect(result.passed, `${where}: axe checked nothing`).toBeGreaterThan(0);
}

async function openArticle(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/druk-nato-nexus.html`);
  const drawn = await waitForHighlights(page);
  expect(drawn.contradicted.length).toBeGreaterThan(0);
  return page;
}

describe('accessibility (axe-core: no serious or critical violation)', () => {
  it('the popup, on both tabs', async () => {
    const article = await openArticle();
    const popup = await openExtensionPage(harness, 'src/popup/index.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await activate(harness, article);
    await popup.reload();
    await popup.getByTestId('flag-item').first().waitFor();
    await popup.getByRole('switch', { name: /^Pause on / }).waitFor();
    expectNoSeriousViolations('popup, This page', await audit(popup));

    await popup.getByRole('tab', { name: 'History' }).click();
    await popup.getByTestId('history-entry').first().waitFor();
    expectNoSeriousViolations('popup, History', await audit(popup));
    await Promise.all([article.close(), popup.close()]);
  });

  it('the options page', async () => {
    const options = await openExtensionPage(harness, 'src/options/index.html');
    await options.getByTestId('pack-row').first().waitFor();
    await options.getByRole('switch', { name: 'Keep history' }).waitFor();
    expectNoSeriousViolations('options', await audit(options));
    await options.close();
  });

  it('the card on an article page', async () => {
    const article = await openArticle();
    const box = await flagPoint(article, 'contradicted');
    if (!box) throw new Error('no contradicted highlight to click');
    await article.mouse.click(box.x, box.y);
    await waitForCard(article);
    expect(await copyCardForAudit(article, CARD_COPY)).toBe(true);
    expectNoSeriousViolations('card', await audit(article, `#${CARD_COPY}`));
    await article.close();
  });
});
