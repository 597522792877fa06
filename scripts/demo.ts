/**
 * `npm run demo`: builds the extension, serves the demo pages on 127.0.0.1 and opens Chromium with
 * the extension loaded. With a display the window stays open until you close it; without one it
 * writes screenshots of a flagged page, an open card, the popup and the options page.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  activate,
  flagPoint,
  launch,
  openExtensionPage,
  ROOT,
  waitForCard,
  waitForHighlights,
} from '../tests/e2e/harness';

const OUT = join(ROOT, 'test-results', 'demo');
const PAGES = [
  'druk-nato-nexus.html',
  'small-state-agency-brief.html',
  'bhutan-qatar-alliance.html',
  'indo-bhutan-digital-diplomacy.html',
];

execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const harness = await launch({ headed });
console.log(
  `\nDemo pages are served at ${harness.origin}/ — try ${PAGES.map((page) => `${harness.origin}/${page}`).join(', ')}`,
);

const article = await harness.context.newPage();
await article.goto(`${harness.origin}/${PAGES[0]}`);
await waitForHighlights(article);

if (headed) {
  for (const page of PAGES.slice(1))
    await (await harness.context.newPage()).goto(`${harness.origin}/${page}`);
  await article.bringToFront();
  console.log(
    'Chromium is open with Bhutan Fact Flags loaded. Close the window (or press Ctrl+C) to end the demo.',
  );
  await new Promise<void>((resolve) => {
    harness.context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
} else {
  mkdirSync(OUT, { recursive: true });
  await article.screenshot({ path: join(OUT, '1-flagged-page.png') });
  const target = await flagPoint(article, 'contradicted');
  if (target) {
    await article.mouse.click(target.x, target.y);
    await waitForCard(article);
    await article.screenshot({ path: join(OUT, '2-card.png') });
    await article.keyboard.press('Escape');
  }
  const popup = await openExtensionPage(harness, 'src/popup/index.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await activate(harness, article);
  await popup.reload();
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: join(OUT, '3-popup.png') });
  const options = await openExtensionPage(harness, 'src/options/index.html');
  await options.waitForTimeout(800);
  await options.screenshot({ path: join(OUT, '4-options.png'), fullPage: true });
  const shots = ['1-flagged-page', '2-card', '3-popup', '4-options']
    .map((name) => join(OUT, `${name}.png`))
    .filter((path) => existsSync(path));
  console.log(
    `No display here, so the demo ran headless. Screenshots:\n${shots.map((path) => `  ${path}`).join('\n')}`,
  );
  console.log(
    `Load the extension yourself from ${join(ROOT, 'dist')} (chrome://extensions → Developer mode → Load unpacked).`,
  );
}
await harness.close();
