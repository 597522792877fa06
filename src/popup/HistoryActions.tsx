import type { HistoryEntry } from '../messages';
import { ConfirmButton } from '../ui/ConfirmButton';
import { downloadText } from '../ui/download';
import { plural } from '../ui/format';
import { HISTORY_FILE, historyCsv, historyJson } from './history-export';

interface HistoryActionsProps {
  /** What the exports contain: the entries the filters let through. */
  readonly visible: readonly HistoryEntry[];
  readonly total: number;
  readonly onClear: () => Promise<void>;
  readonly onStatus: (text: string) => void;
}

/** Export the shown entries (JSON or CSV) and clear the whole history (with a confirm step). */
export function HistoryActions({ visible, total, onClear, onStatus }: HistoryActionsProps) {
  const pages = plural(visible.length, 'page');
  const exportAs = (kind: 'json' | 'csv'): void => {
    if (kind === 'json')
      downloadText(historyJson(visible), `${HISTORY_FILE}.json`, 'application/json');
    else downloadText(historyCsv(visible), `${HISTORY_FILE}.csv`, 'text/csv');
    onStatus(`Exported ${pages} as ${kind.toUpperCase()}.`);
  };
  return (
    <div class="history-actions">
      <div class="history-exports" role="group" aria-label={`Export ${pages}`}>
        <button
          type="button"
          class="btn"
          disabled={!visible.length}
          data-testid="export-json"
          onClick={() => exportAs('json')}
        >
          Export JSON
        </button>
        <button
          type="button"
          class="btn"
          disabled={!visible.length}
          data-testid="export-csv"
          onClick={() => exportAs('csv')}
        >
          Export CSV
        </button>
      </div>
      <ConfirmButton
        label="Clear all"
        ariaLabel="Clear all history"
        question={`Forget all ${plural(total, 'page')}?`}
        confirmLabel="Clear all"
        disabled={!total}
        testId="history-clear"
        onConfirm={onClear}
      />
    </div>
  );
}
