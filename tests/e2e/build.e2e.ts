import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launch, waitForHighlights, type Harness } from './harness';

interface Manifest {
  permissions?: string[];
  content_scripts?: { js: string[]; matches: string[] }[];
  host_permissions?: string[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  content_security_policy?: unknown;
  background?: { service_worker?: string };
}
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest;

let harness: Harness;
const errors: string[] = [];
beforeAll(async () => {
  harness = await launch();
  harness.context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      errors.push(`${message.type()}: ${message.text()}`);
  });
  harness.context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
  harness.worker.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      errors.push(`worker ${message.type()}: ${message.text()}`);
  });
});
afterAll(async () => {
  await harness?.close();
});

describe('the production build', () => {
  it('asks only for the permission it uses and opens no dev-server resources', () => {
    expect(manifest.permissions).toEqual(['activeTab']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const resources = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
    // Only the checker the content script loads on relevant pages; a dev build opens "**/*".
    for (const resource of resources) expect(resource).toMatch(/^assets\/[\w.-]+\.js$/);
    expect(resources).toHaveLength(1);
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1|\*\*\/\*/);
  });
  it('runs a small script on every page: under 10 KB gzip, one file, no UI framework in it', () => {
    const scripts = (manifest.content_scripts ?? []).flatMap((entry) => entry.js);
    expect(scripts).toHaveLength(1);
    const code = readFileSync(join(DIST, scripts[0] as string));
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`every-page script: ${code.length} bytes, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(10 * 1024);
    const text = code.toString('utf8');
    // A classic script: no static import; the checker (with Preact) comes only through import().
    expect(text).not.toMatch(/^\s*import\s|\bimport\s*\{[^}]*\}\s*from/m);
    expect(text).not.toMatch(/__PREACT|preact|webextension-polyfill|createElement\(\s*["'`]svg/);
    const checker = readFileSync(
      join(DIST, manifest.web_accessible_resources?.[0]?.resources[0] ?? ''),
      'utf8',
    );
    // The checker is one self-contained module (its own imports would load by the fixed id).
    expect(checker).not.toMatch(/\bfrom\s*["'`]\.\.?\//);
  });
  it('loads without errors in the worker or the page console', async () => {
    const page = await harness.context.newPage();
    await page.goto(`${harness.origin}/druk-nato-nexus.html`);
    await waitForHighlights(page);
    await page.goto(`${harness.origin}/no-bhutan.html`);
    await page.waitForTimeout(500);
    // The worker answered the page (it drew flags) and logged nothing wrong; neither did the pages.
    expect(await harness.worker.evaluate(() => chrome.runtime.id)).toBe(harness.extensionId);
    expect(errors).toEqual([]);
    await page.close();
  });
});
