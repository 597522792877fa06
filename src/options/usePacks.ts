import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PackSummary } from '../messages';
import { sendToWorker } from '../messaging';

export interface PacksState {
  readonly packs: readonly PackSummary[] | null;
  readonly loadError: string | null;
  readonly reload: () => Promise<void>;
  readonly setPacks: (packs: readonly PackSummary[]) => void;
}

/** The installed claim packs as the worker lists them. */
export function usePacks(): PacksState {
  const [packs, setPacks] = useState<readonly PackSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const reload = useCallback(async (): Promise<void> => {
    const response = await sendToWorker('ui-bg/packs', {});
    if (response.ok) {
      setPacks(response.packs);
      setLoadError(null);
    } else setLoadError(response.error);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { packs, loadError, reload, setPacks };
}
