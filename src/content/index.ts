/**
 * The script that runs on every page, kept small: no UI framework and no polyfill. It answers the
 * popup and runs the gate (see gate.ts); only a page about Bhutan's foreign relations loads the
 * checker (highlights, the card, messaging with the worker).
 */
import { fail, siteOf } from '../messages';
import { listen } from '../messaging';
import { passGate } from './gate';
import { loadChecker } from './load-checker';
import type { Session } from './session-api';

/** A single-page app's new URL counts as a new page once it has held this long. */
const NAVIGATION_SETTLE_MS = 1000;

interface View {
  readonly controller: AbortController;
  relevant: boolean;
  stopped: boolean;
  session: Session | null;
}

const newView = (): View => ({
  controller: new AbortController(),
  relevant: false,
  stopped: false,
  session: null,
});

let view = newView();

async function run(current: View): Promise<void> {
  const page = await passGate(current.controller.signal);
  if (!page || current.controller.signal.aborted) return;
  current.relevant = true;
  const startSession = await loadChecker();
  if (current.controller.signal.aborted) return;
  current.session = startSession(page, current.controller.signal);
}

function stop(): void {
  view.controller.abort();
  view.stopped = true;
}

function restart(): void {
  view.controller.abort();
  view = newView();
  const current = view;
  run(current).catch((error: unknown) => console.warn('[bhutan-fact-flags]', error));
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
if (navigation) navigation.addEventListener('navigatesuccess', onNavigate);
else {
  addEventListener('popstate', onNavigate);
  addEventListener('hashchange', onNavigate);
}

restart();
