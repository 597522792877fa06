import { useEffect, useRef, useState } from 'preact/hooks';
import { siteOf, type Settings } from '../messages';
import { sendToTab } from '../messaging';
import { Loading, Status, type StatusMessage } from '../ui/Status';
import { useSettings } from '../ui/useSettings';
import { isWebUrl } from './actions';
import { CannotCheck } from './CannotCheck';
import { FlagList } from './FlagList';
import { PauseControl } from './PauseControl';
import { usePage, type PageView } from './usePage';

/** The content script restarts after a settings change: ask it again once it has had time. */
const RECHECK_AFTER_MS = [700, 2000];

function Message({ title, text, testId }: { title: string; text?: string; testId: string }) {
  return (
    <div class="notice" data-testid={testId}>
      <p class="notice-title">{title}</p>
      {text ? <p class="muted">{text}</p> : null}
    </div>
  );
}

function PageBody({
  page,
  settings,
  onReveal,
}: {
  page: PageView;
  settings: Settings | null;
  onReveal: (id: string) => void;
}) {
  if (page.kind === 'loading') return <Loading label="Looking at this page…" />;
  if (page.kind === 'unavailable') return <CannotCheck tabId={page.tabId} url={page.url} />;
  const site = siteOf(page.url);
  if (settings?.pausedEverywhere)
    return <Message testId="page-paused" title="Paused everywhere" text="No page is checked." />;
  if (page.paused || settings?.pausedSites.includes(site))
    return (
      <Message
        testId="page-paused"
        title="Paused on this site"
        text={`Pages on ${site} are not checked until you resume.`}
      />
    );
  if (!page.relevant)
    return (
      <Message
        testId="page-not-relevant"
        title="This page isn't about Bhutan's foreign relations — nothing to check."
      />
    );
  if (!page.flags.length)
    return (
      <Message
        testId="page-no-flags"
        title="No sentence here matches a vetted claim."
        text="Flags appear where a sentence is supported or contradicted by vetted sources."
      />
    );
  return <FlagList flags={page.flags} onReveal={onReveal} />;
}

/** The "This page" tab: the active tab's flags and the pause switch for its site. */
export function PageTab() {
  const { page, refresh } = usePage();
  const { settings, loadError, save } = useSettings();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const timers = useRef<number[]>([]);
  useEffect(() => () => timers.current.forEach((timer) => clearTimeout(timer)), []);

  const url = page.kind === 'loading' ? '' : page.url;
  const site = isWebUrl(url) ? siteOf(url) : '';

  const change = async (patch: Partial<Settings>, done: string): Promise<void> => {
    const error = await save(patch);
    setStatus(error ? { text: `Couldn't save: ${error}`, error: true } : { text: done });
    if (error) return;
    timers.current.forEach((timer) => clearTimeout(timer));
    timers.current = RECHECK_AFTER_MS.map((ms) => window.setTimeout(() => void refresh(), ms));
  };

  const reveal = async (id: string): Promise<void> => {
    if (page.kind !== 'ready') return;
    const response = await sendToTab(page.tabId, 'ui-cs/reveal-flag', { id });
    if (response.ok) {
      window.close();
      return;
    }
    setStatus({ text: `Couldn't show that flag: ${response.error}`, error: true });
    void refresh();
  };

  return (
    <div class="panel-body">
      <PageBody page={page} settings={settings} onReveal={(id) => void reveal(id)} />
      {site && settings ? (
        <PauseControl
          site={site}
          settings={settings}
          onToggleSite={(paused) =>
            void change(
              {
                pausedSites: paused
                  ? [...settings.pausedSites, site]
                  : settings.pausedSites.filter((entry) => entry !== site),
              },
              paused ? `Paused on ${site}.` : `Checking ${site} again.`,
            )
          }
          onResumeEverywhere={() =>
            void change({ pausedEverywhere: false }, 'Checking resumed everywhere.')
          }
        />
      ) : null}
      {loadError ? (
        <p class="status status-error" role="alert">
          Couldn't read the settings: {loadError}
        </p>
      ) : null}
      <Status message={status} testId="page-status" />
    </div>
  );
}
