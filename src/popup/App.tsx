import { BrandMark } from '../ui/BrandMark';
import { Tabs } from '../ui/Tabs';
import { useSettings } from '../ui/useSettings';
import { openOptions } from './actions';
import { HistoryTab } from './HistoryTab';
import { PageTab } from './PageTab';
import { SiteBar } from './SiteBar';
import { usePage } from './usePage';

function GearIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 0a8.2 8.2 0 0 1 .7.03l.4 1.93a6 6 0 0 1 1.63.68l1.65-1.08a8 8 0 0 1 1 1l-1.08 1.66c.3.5.53 1.05.67 1.63l1.94.4a8.2 8.2 0 0 1 0 1.5l-1.94.4a6 6 0 0 1-.67 1.63l1.08 1.65a8 8 0 0 1-1 1l-1.65-1.08a6 6 0 0 1-1.63.67l-.4 1.94a8.2 8.2 0 0 1-1.5 0l-.4-1.94a6 6 0 0 1-1.63-.67l-1.66 1.08a8 8 0 0 1-1-1l1.08-1.65a6 6 0 0 1-.68-1.63L.03 8.7a8.2 8.2 0 0 1 0-1.4l1.93-.4a6 6 0 0 1 .68-1.63L1.56 3.6a8 8 0 0 1 1-1l1.66 1.07a6 6 0 0 1 1.63-.68L6.3.03A8.2 8.2 0 0 1 8 0Zm0 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z"
      />
    </svg>
  );
}

/** Header, site bar and tab list stay put; only the selected tab's panel scrolls. */
export function App() {
  const { page, refresh } = usePage();
  const settingsState = useSettings();
  return (
    <div class="popup">
      <header class="popup-header">
        <div class="brand">
          <BrandMark size={22} />
          <h1 class="popup-title">Bhutan Fact Flags</h1>
        </div>
        <button
          type="button"
          class="btn"
          data-testid="open-options"
          onClick={() => {
            openOptions().catch((error: unknown) => console.error('openOptionsPage', error));
          }}
        >
          <GearIcon />
          Options
        </button>
      </header>
      <SiteBar page={page} refresh={refresh} settingsState={settingsState} />
      <main class="popup-main">
        <Tabs
          label="Views"
          tabs={[
            {
              id: 'page',
              label: 'This page',
              render: () => (
                <PageTab page={page} refresh={refresh} settings={settingsState.settings} />
              ),
            },
            { id: 'history', label: 'History', render: () => <HistoryTab /> },
          ]}
        />
      </main>
    </div>
  );
}
