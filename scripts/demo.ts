/**
 * `npm run demo`: builds the extension, serves the demo pages on 127.0.0.1 and opens Chromium with
 * the extension loaded. With a display the window stays open, and the pages are served, until you
 * close it or press Ctrl+C. Without one it regenerates the README's screenshots (the card at
 * 1280×800 and 390×844, the popup, the options page) and the annotated HTML report in docs/, then
 * stops the server and says so.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { checkFile } from '../src/cli/check-file';
import { htmlReport } from '../src/cli/html-report';
import { BUNDLED_PACK, loadPack } from '../src/cli/load';
import {
  activate,
  flagPoint,
  launch,
  openExtensionPage,
  ROOT,
  waitForCard,
  waitForHighlights,
} from '../tests/e2e/harness';

const SHOTS = join(ROOT, 'docs', 'screenshots');
const REPORT = join(ROOT, 'docs', 'report-demo.html');
const REPORT_SOURCE = 'oped-thimphu-balancing.html';
const PAGES = [
  'druk-nato-nexus.html',
  'small-state-agency-brief.html',
  'bhutan-qatar-alliance.html',
  'indo-bhutan-digital-diplomacy.html',
];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const harness = await launch({ headed });

if (headed) {
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}/${PAGES[0]}`);
  for (const page of PAGES.slice(1))
    await (await harness.context.newPage()).goto(`${harness.origin}/${page}`);
  await article.bringToFront();
  console.log(
    `\nDemo pages are served at ${harness.origin}/ — try ${PAGES.map((page) => `${harness.origin}/${page}`).join(', ')}`,
  );
  console.log(
    'Chromium is open with Bhutan Fact Flags loaded. The pages are served until you close the window or press Ctrl+C.',
  );
  await new Promise<void>((resolve) => {
    harness.context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
  await harness.close();
  console.log('The demo server has stopped.');
} else {
  mkdirSync(SHOTS, { recursive: true });
  const written: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false): Promise<void> => {
    const path = join(SHOTS, name);
    await page.screenshot({ path, fullPage });
    written.push(path);
  };

  const openCard = async (viewport: { width: number; height: number }, name: string) => {
    const article = await harness.context.newPage();
    await article.setViewportSize(viewport);
    await article.goto(`${harness.origin}/${PAGES[0]}`);
    await waitForHighlights(article);
    // The sentence near the top, so the card opens below it at its full height.
    const first = await flagPoint(article, 'contradicted');
    if (first) await article.mouse.wheel(0, first.y - 140);
    await article.waitForTimeout(200);
    const target = await flagPoint(article, 'contradicted');
    if (target) {
      await article.mouse.click(target.x, target.y);
      await waitForCard(article);
      await shot(article, name);
      await article.keyboard.press('Escape');
    }
    return article;
  };
  await (await openCard({ width: 390, height: 844 }, 'card-mobile.png')).close();
  const article = await openCard({ width: 1280, height: 800 }, 'card.png');

  const popup = await openExtensionPage(harness, 'src/popup/index.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  await activate(harness, article);
  await popup.reload();
  await popup.getByTestId('flag-item').first().waitFor();
  await shot(popup, 'popup.png');

  const options = await openExtensionPage(harness, 'src/options/index.html');
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.getByTestId('pack-row').first().waitFor();
  await shot(options, 'options.png', true);
  await harness.close();

  // The annotated report the CLI writes with --html, and how it looks in a browser.
  const file = join('tests', 'fixtures', 'pages', REPORT_SOURCE);
  const today = new Date().toISOString().slice(0, 10);
  const check = checkFile(file, readFileSync(join(ROOT, file), 'utf8'), {
    packs: [loadPack(BUNDLED_PACK)],
    today,
  });
  writeFileSync(REPORT, htmlReport(check, { file, checkedOn: today }));
  written.push(REPORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const report = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await report.goto(`file://${REPORT}`);
  await shot(report, 'report.png');
  await browser.close();

  console.log(
    `\nNo display here, so the demo ran headless; the demo server has stopped. It wrote:\n${written
      .map((path) => `  ${relative(ROOT, path)}`)
      .join('\n')}`,
  );
  console.log(
    `To try it yourself, load ${relative(ROOT, join(ROOT, 'dist'))}/ in Chrome (chrome://extensions → Developer mode → Load unpacked) and run \`npm run demo\` where a display exists.`,
  );
}
