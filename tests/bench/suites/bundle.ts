/**
 * The script that runs on every page: the manifest's content scripts, what a loader among them
 * imports through chrome.runtime.getURL, and their static imports, each gzipped (level 9) as built
 * in dist/. Chunks they only import dynamically load later, on relevant pages, and are listed apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../fixtures';
import { writeResult } from '../harness';

const DIST = join(ROOT, 'dist');
const manifestPath = join(DIST, 'manifest.json');

interface Manifest {
  readonly content_scripts?: readonly { readonly js?: readonly string[] }[];
}

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

function resolve(from: string, specifier: string): string {
  const base = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.') base.push(part);
  }
  return base.join('/');
}

if (!existsSync(manifestPath)) {
  writeResult({ missing: 'no build in dist/: run npm run build first' });
} else {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entries = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  const everyPage = new Set<string>();
  const later = new Set<string>();
  const visit = (file: string): void => {
    if (everyPage.has(file) || !existsSync(join(DIST, file))) return;
    everyPage.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const [, url] of code.matchAll(/runtime\.getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g))
      if (url && entries.includes(file)) visit(url);
    for (const [, spec] of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
    ))
      if (spec) visit(resolve(file, spec));
    for (const [, spec] of code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g))
      if (spec) later.add(resolve(file, spec));
  };
  entries.forEach(visit);
  const sizes = (files: Iterable<string>): Record<string, number> =>
    Object.fromEntries([...files].map((file) => [file, gzipBytes(file)]));
  const files = sizes(everyPage);
  const deferred = sizes(
    [...later].filter((file) => !everyPage.has(file) && existsSync(join(DIST, file))),
  );
  writeResult({
    everyPageGzipBytes: Object.values(files).reduce((a, b) => a + b, 0),
    files,
    deferred,
  });
}
