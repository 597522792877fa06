import { useEffect, useRef, useState } from 'preact/hooks';
import { siteOf, type Settings } from '../messages';
import { Status, type StatusMessage } from '../ui/Status';
import type { SettingsState } from '../ui/useSettings';
import { isWebUrl } from './actions';
import { PauseControl } from './PauseControl';
import type { PageView } from './usePage';

/** The content script restarts after a settings change: ask it again once it has had time. */
const RECHECK_AFTER_MS = [700, 2000];

/**
 * The bar under the popup's header: pause this site (or resume everywhere), always in view above
 * the scrolling list, with the outcome of the last change.
 */
export function SiteBar({
  page,
  refresh,
  settingsState,
}: {
  readonly page: PageView;
  readonly refresh: () => Promise<void>;
  readonly settingsState: SettingsState;
}) {
  const { settings, loadError, save } = settingsState;
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

  if (!site && !loadError) return null;
  return (
    <div class="site-bar">
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
