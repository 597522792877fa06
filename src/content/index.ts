/**
 * The content script. It costs one text read on pages that never name Bhutan and one extraction
 * pass on pages that are not about its foreign relations; only relevant pages go further.
 */
import { fail, siteOf } from '../messages';
import { listen } from '../messaging';
import { PageSession } from './session';

let session = new PageSession();
let lastUrl = location.href;

function restart(): void {
  session.stop();
  session = new PageSession();
  void session.start();
}

listen(['ui-cs/', 'bg-cs/'], {
  async 'ui-cs/list-flags'() {
    const { relevant, paused, flags } = session.state;
    return { ok: true, url: location.href, title: document.title, relevant, paused, flags };
  },
  async 'ui-cs/reveal-flag'(request) {
    return session.reveal(request.id) ? { ok: true } : fail('that flag is no longer on the page');
  },
  async 'bg-cs/step-flag'(request) {
    session.step(request.direction);
    return { ok: true };
  },
  async 'bg-cs/settings-changed'(request) {
    const paused =
      request.settings.pausedEverywhere ||
      request.settings.pausedSites.includes(siteOf(location.href));
    if (paused) session.stop();
    else restart();
    return { ok: true };
  },
});

// Single-page apps: a new URL is a new page view.
const onNavigate = (): void => {
  if (location.href === lastUrl) return;
  lastUrl = location.href;
  setTimeout(restart, 300);
};
const navigation = (globalThis as { navigation?: EventTarget }).navigation;
if (navigation) navigation.addEventListener('navigatesuccess', onNavigate);
else {
  addEventListener('popstate', onNavigate);
  addEventListener('hashchange', onNavigate);
}

void session.start();
