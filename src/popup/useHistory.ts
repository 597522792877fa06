import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../messages';
import { sendToWorker } from '../messaging';

export interface HistoryState {
  readonly entries: readonly HistoryEntry[] | null;
  readonly loadError: string | null;
  readonly reload: () => Promise<void>;
  /** Each resolves to an error message, or null when the worker did it. */
  readonly forget: (url: string) => Promise<string | null>;
  readonly clear: () => Promise<string | null>;
}

/** The worker's history of flagged pages (newest first) and the two ways to delete from it. */
export function useHistory(): HistoryState {
  const [entries, setEntries] = useState<readonly HistoryEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async (): Promise<void> => {
    setLoadError(null);
    const response = await sendToWorker('ui-bg/history', {});
    if (response.ok) setEntries(response.entries);
    else setLoadError(response.error);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const forget = useCallback(async (url: string): Promise<string | null> => {
    const response = await sendToWorker('ui-bg/history-forget', { url });
    if (!response.ok) return response.error;
    setEntries((previous) => previous?.filter((entry) => entry.url !== url) ?? null);
    return null;
  }, []);

  const clear = useCallback(async (): Promise<string | null> => {
    const response = await sendToWorker('ui-bg/history-clear', {});
    if (!response.ok) return response.error;
    setEntries([]);
    return null;
  }, []);

  return { entries, loadError, reload, forget, clear };
}
