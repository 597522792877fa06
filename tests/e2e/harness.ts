/**
 * End-to-end harness: the built extension (dist/) in Debian's Chromium, driven by playwright-core,
 * against pages served from 127.0.0.1. Every request the browser makes is recorded so a test can
 * prove the extension makes none of its own.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const RESULTS = join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGE_DIRS = [join(ROOT, 'tests', 'e2e', 'pages'), join(ROOT, 'tests', 'fixtures', 'pages')];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.js': 'text/javascript',
};

export interface Harness {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  readonly origin: string;
  readonly requests: string[];
  close(): Promise<void>;
}

function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const path = normalize(
      decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    const file = PAGE_DIRS.map((dir) => join(dir, path)).find(
      (candidate) => existsSync(candidate) && !candidate.endsWith('/'),
    );
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

export interface LaunchOptions {
  /** Show the browser window (the demo does when a display exists). */
  readonly headed?: boolean;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium)`,
    );
  if (!existsSync(join(DIST, 'manifest.json')))
    throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(RESULTS, { recursive: true });
  const { server, origin } = await serve();
  const profile = mkdtempSync(join(tmpdir(), 'bff-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !options.headed,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  // Scripts run through tsx carry esbuild's __name helper into page functions; give it a home.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    origin,
    requests,
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface DrawnHighlights {
  readonly supported: string[];
  readonly contradicted: string[];
  readonly current: string[];
}

/**
 * The extension's highlight names on `page`: `bhutan-fact-flags-<look>-<random suffix>`, new for
 * each page view. Read from the page's own world, as any page script could.
 */
export function highlightNames(page: Page): Promise<Record<keyof DrawnHighlights, string[]>> {
  return page.evaluate(() => {
    const names = {
      supported: [] as string[],
      contradicted: [] as string[],
      current: [] as string[],
    };
    for (const name of CSS.highlights.keys()) {
      const match = /^bhutan-fact-flags-(supported|contradicted|current)-[a-z0-9]+$/.exec(name);
      if (match) names[match[1] as keyof typeof names].push(name);
    }
    return names;
  });
}

/** Reads the highlight registry from the page's own world, as any page script could. */
export function readHighlights(page: Page): Promise<DrawnHighlights> {
  return page.evaluate(() => {
    const read = (look: string): string[] =>
      [...CSS.highlights.entries()]
        .filter(([name]) => new RegExp(`^bhutan-fact-flags-${look}-[a-z0-9]+$`).test(name))
        .flatMap(([, highlight]) => [...highlight].map((range) => range.toString()));
    return {
      supported: read('supported'),
      contradicted: read('contradicted'),
      current: read('current'),
    };
  });
}

/** Waits until the page's flags are drawn (or a timeout says there are none). */
export async function waitForHighlights(
  page: Page,
  atLeast = 1,
  timeout = 10_000,
): Promise<DrawnHighlights> {
  await page
    .waitForFunction(
      (n) =>
        [...CSS.highlights.entries()]
          .filter(([name]) => /^bhutan-fact-flags-(?:supported|contradicted)-[a-z0-9]+$/.test(name))
          .reduce((sum, [, highlight]) => sum + highlight.size, 0) >= n,
      atLeast,
      { timeout },
    )
    .catch(() => undefined);
  return readHighlights(page);
}

/** The badge text of the active tab, read in the worker. */
export function badgeText(harness: Harness): Promise<string> {
  return harness.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

export async function openExtensionPage(harness: Harness, path: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/${path}`);
  return page;
}

/** Makes `page`'s tab the active one, as a user switching to it would. Tabs are told apart by
 * asking each one's content script for its URL (the extension has no "tabs" permission). */
export async function activate(harness: Harness, page: Page): Promise<void> {
  const url = page.url();
  const found = await harness.worker.evaluate(async (target) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const answer = (await chrome.tabs.sendMessage(tab.id, {
          type: 'ui-cs/list-flags',
          payload: {},
        })) as { url?: string } | undefined;
        if (answer?.url === target) {
          await chrome.tabs.update(tab.id, { active: true });
          return true;
        }
      } catch {
        // no content script in this tab
      }
    }
    return false;
  }, url);
  if (!found) throw new Error(`no tab shows ${url}`);
}

export { squash } from '../golden';

export const cleanup = (): void => rmSync(join(RESULTS, 'tmp'), { recursive: true, force: true });

/** A point inside the first drawn range of a verdict, to click on; null when there is none. */
export function flagPoint(
  page: Page,
  verdict: 'supported' | 'contradicted',
  which = 0,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ look, index }) => {
      const ranges = [...CSS.highlights.entries()]
        .filter(([name]) => new RegExp(`^bhutan-fact-flags-${look}-[a-z0-9]+$`).test(name))
        .flatMap(([, highlight]) => [...highlight] as Range[]);
      const rect = ranges[index]?.getClientRects()[0];
      return rect
        ? { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 }
        : null;
    },
    { look: verdict, index: which },
  );
}

/** The drawn ranges of a verdict, read in the page: their text and first line's box. */
export function flagRanges(
  page: Page,
  verdict: 'supported' | 'contradicted',
): Promise<{ text: string; x: number; y: number; top: number; bottom: number }[]> {
  return page.evaluate((look) => {
    return [...CSS.highlights.entries()]
      .filter(([name]) => new RegExp(`^bhutan-fact-flags-${look}-[a-z0-9]+$`).test(name))
      .flatMap(([, highlight]) => [...highlight] as Range[])
      .map((range) => {
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        const whole = range.getBoundingClientRect();
        return {
          text: range.toString(),
          x: rect.left + Math.min(30, rect.width / 2),
          y: rect.top + rect.height / 2,
          top: whole.top + window.scrollY,
          bottom: whole.bottom + window.scrollY,
        };
      });
  }, verdict);
}

export {
  announcement,
  cardState,
  clickInCard,
  copyCardForAudit,
  inShadow,
  standInFocused,
  waitForCard,
  CARD_HOST,
  LIVE_REGION,
  STAND_IN,
  type CardState,
} from './shadow';

/** A flag as the page's content script reports it to the popup. */
export interface ListedFlag {
  readonly sentence: string;
  readonly verdict: 'supported' | 'contradicted';
  readonly claimId: string;
  readonly reason: string;
  readonly sources: readonly { readonly url: string }[];
}

/** What `page`'s content script answers the popup ('ui-cs/list-flags'), asked from the worker. */
export function listFlags(
  harness: Harness,
  page: Page,
): Promise<{ relevant: boolean; paused: boolean; flags: ListedFlag[] } | null> {
  return harness.worker.evaluate(async (target) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const answer = (await chrome.tabs.sendMessage(tab.id, {
          type: 'ui-cs/list-flags',
          payload: {},
        })) as
          { url?: string; relevant: boolean; paused: boolean; flags: ListedFlag[] } | undefined;
        if (answer?.url === target)
          return { relevant: answer.relevant, paused: answer.paused, flags: answer.flags };
      } catch {
        // no content script in this tab
      }
    }
    return null;
  }, page.url());
}

/** The URLs in the extension's history store, read in the worker. */
export function historyUrls(harness: Harness): Promise<string[]> {
  return harness.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bhutan-fact-flags');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const urls = await new Promise<string[]>((resolve) => {
      const request = db.transaction('history').objectStore('history').getAllKeys();
      request.onsuccess = () => resolve(request.result.map(String));
    });
    db.close();
    return urls;
  });
}
