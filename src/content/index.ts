/**
 * The script that runs on every page, kept small: no UI framework and no polyfill. It answers the
 * popup; on a page that names Bhutan it extracts the text and asks the worker, which runs the topic
 * gate and the check. Only a page about Bhutan's foreign relations loads the checker (highlights,
 * the card, the keyboard).
 */
import { fail, siteOf } from '../messages';
import { listen, sendToWorker } from '../messaging';
import { metaText, payload, readPage } from './gate';
import { loadChecker } from './load-checker';
import { TRACE_MARK } from './names';
import { yieldToPage } from './slices';
import type { Session } from './session-api';

/** A single-page app's new URL counts as a new page once it has held this long. */
const NAVIGATION_SETTLE_MS = 1000;

interface View {
  readonly controller: AbortController;
  relevant: boolean;
  /** Paused by the settings: stopped here, or refused by the worker. */
  stopped: boolean;
  session: Session | null;
  /** The worker's note on the first check (cut short, or sentences left out), for the popup. */
  note?: string;
}

const newView = (): View => ({
  controller: new AbortController(),
  relevant: false,
  stopped: false,
  session: null,
});
const PREFIX = '[bhutan-fact-flags]';

let view = newView();

async function run(current: View): Promise<void> {
  const { signal } = current.controller;
  console.timeStamp(TRACE_MARK);
  const page = await readPage(signal);
  if (!page || signal.aborted) return;
  // Building the message and handing it over are each a task of their own on a large page.
  await yieldToPage();
  const blocks = payload(
    page,
    page.blocks.map((_, i) => i),
  );
  await yieldToPage();
  if (signal.aborted) return;
  const response = await sendToWorker('cs-bg/check-page', {
    url: location.href,
    title: document.title,
    ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
    meta: metaText(),
    blocks,
    append: false,
  });
  if (signal.aborted) return;
  if (!response.ok) {
    console.warn(`${PREFIX} the check failed: ${response.error}`);
    return;
  }
  current.stopped = response.paused;
  current.relevant = response.relevant;
  if (response.note) current.note = response.note;
  if (response.paused || !response.relevant) return;
  const startSession = await loadChecker();
  if (signal.aborted) return;
  current.session = startSession(page, response.flags, signal);
}

/** The latest note: a later check's (added text) over the first one's. */
const noteOf = (current: View): string | undefined => current.session?.state.note ?? current.note;

/** Set once anything has started or stopped a check, so the first run does not undo it. */
let started = false;

function stop(): void {
  started = true;
  view.controller.abort();
  view.stopped = true;
}

function restart(): void {
  started = true;
  view.controller.abort();
  view = newView();
  const current = view;
  run(current).catch((error: unknown) => console.warn(PREFIX, error));
}

listen(['ui-cs/', 'bg-cs/'], {
  async 'ui-cs/list-flags'() {
    const state = view.session?.state;
    return {
      ok: true,
      url: location.href,
      title: document.title,
      relevant: view.relevant,
      paused: view.stopped || (state?.paused ?? false),
      flags: view.stopped ? [] : (state?.flags ?? []),
      ...(noteOf(view) ? { note: noteOf(view) } : {}),
    };
  },
  async 'ui-cs/reveal-flag'(request) {
    return view.session?.reveal(request.id)
      ? { ok: true }
      : fail('that flag is no longer on the page');
  },
  async 'bg-cs/step-flag'(request) {
    view.session?.step(request.direction);
    return { ok: true };
  },
  async 'bg-cs/settings-changed'(request) {
    const paused =
      request.settings.pausedEverywhere ||
      request.settings.pausedSites.includes(siteOf(location.href));
    if (paused) stop();
    else restart();
    return { ok: true };
  },
});

// Single-page apps: a new URL is a new page view once it settles; a page that rewrites its URL
// every few hundred milliseconds is checked once it stops, not on every change.
let lastUrl = location.href;
let settle: ReturnType<typeof setTimeout> | undefined;
const onNavigate = (): void => {
  if (location.href === lastUrl) return;
  lastUrl = location.href;
  clearTimeout(settle);
  settle = setTimeout(restart, NAVIGATION_SETTLE_MS);
};
const navigation = (globalThis as { navigation?: EventTarget }).navigation;
if (navigation) {
  navigation.addEventListener('navigatesuccess', onNavigate);
} else {
  addEventListener('popstate', onNavigate);
  addEventListener('hashchange', onNavigate);
}

/**
 * The first check waits until two frames after the script is injected have been rendered: the
 * page's own first render comes first, and the extension's work never lands in the same task (nor
 * forces a style pass the page had pending). Background tabs get no frames, so a timer stands in.
 */
const afterTwoFrames = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
    setTimeout(resolve, 500);
  });

void afterTwoFrames().then(() => {
  if (!started) restart();
});
