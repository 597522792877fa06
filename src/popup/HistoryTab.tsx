import { useMemo, useRef, useState } from 'preact/hooks';
import type { HistoryEntry } from '../messages';
import { plural } from '../ui/format';
import { ErrorNotice, Loading, Status, type StatusMessage } from '../ui/Status';
import { useSettings } from '../ui/useSettings';
import { openInNewTab, openOptions } from './actions';
import { HistoryActions } from './HistoryActions';
import { HistoryFilters } from './HistoryFilters';
import { filterHistory, isFiltered, NO_FILTERS } from './history-filter';
import { HistoryItem } from './HistoryItem';
import { useHistory } from './useHistory';

function HistoryOff() {
  return (
    <div class="notice notice-info" data-testid="history-off">
      <p class="notice-title">History is off</p>
      <p>
        Flagged pages are not being recorded.{' '}
        <button
          type="button"
          class="btn-link"
          onClick={() => {
            openOptions().catch((error: unknown) => console.error('openOptionsPage', error));
          }}
        >
          Turn it on in Options
        </button>
      </p>
    </div>
  );
}

/** The "History" tab: flagged pages, searchable and filterable; open, forget, export, clear. */
export function HistoryTab() {
  const { entries, loadError, reload, forget, clear } = useHistory();
  const { settings } = useSettings();
  const [filters, setFilters] = useState(NO_FILTERS);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const visible = useMemo(() => filterHistory(entries ?? [], filters), [entries, filters]);

  const onForget = async (entry: HistoryEntry, index: number): Promise<void> => {
    const error = await forget(entry.url);
    if (error) {
      setStatus({ text: `Couldn't forget that page: ${error}`, error: true });
      return;
    }
    setStatus({ text: `Forgot “${entry.title || entry.url}”.` });
    // Keep the keyboard in the list: the next entry's × (or the previous one's, or the search box).
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.forget');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? document.querySelector<HTMLInputElement>('input[type="search"]'))?.focus();
    });
  };

  const onClear = async (): Promise<void> => {
    const error = await clear();
    // The list and its buttons are gone: keep the keyboard in the panel.
    if (!error)
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')?.focus(),
      );
    setStatus(
      error
        ? { text: `Couldn't clear the history: ${error}`, error: true }
        : { text: 'History cleared.' },
    );
  };

  let body;
  if (loadError)
    body = (
      <>
        <ErrorNotice title="Couldn't load the history" detail={loadError} />
        <button type="button" class="btn" onClick={() => void reload()}>
          Try again
        </button>
      </>
    );
  else if (!entries) body = <Loading label="Loading history…" />;
  else if (!entries.length)
    body = (
      <p class="empty" data-testid="history-empty">
        No flagged pages yet. Pages where a sentence matches a vetted claim appear here.
      </p>
    );
  else
    body = (
      <>
        <HistoryFilters entries={entries} filters={filters} onChange={setFilters} />
        <p class="result-count muted" role="status" aria-live="polite" data-testid="history-count">
          {isFiltered(filters)
            ? `Showing ${visible.length} of ${plural(entries.length, 'page')}`
            : plural(entries.length, 'flagged page')}
        </p>
        {visible.length ? (
          <ul class="entries" ref={listRef} aria-label="Flagged pages">
            {visible.map((entry, index) => (
              <HistoryItem
                key={entry.url}
                entry={entry}
                onOpen={(url) => {
                  openInNewTab(url).catch((error: unknown) =>
                    setStatus({ text: `Couldn't open the page: ${String(error)}`, error: true }),
                  );
                }}
                onForget={(item) => void onForget(item, index)}
              />
            ))}
          </ul>
        ) : (
          <p class="empty">
            No pages match these filters.{' '}
            <button type="button" class="btn-link" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </button>
          </p>
        )}
      </>
    );

  return (
    <div class="panel-body">
      {settings && !settings.keepHistory ? <HistoryOff /> : null}
      {body}
      {entries?.length ? (
        <HistoryActions
          visible={visible}
          total={entries.length}
          onClear={onClear}
          onStatus={(text) => setStatus({ text })}
        />
      ) : null}
      <Status message={status} testId="history-status" />
    </div>
  );
}
