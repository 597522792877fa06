import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../messages';
import { sendToWorker } from '../messaging';

export interface SettingsState {
  /** The settings as shown: the worker's copy with changes still on their way laid over it. */
  readonly settings: Settings | null;
  readonly loadError: string | null;
  /** Saves a change; resolves to an error message, or null when the worker stored it. */
  readonly save: (change: Partial<Settings>) => Promise<string | null>;
  readonly reload: () => Promise<void>;
}

/**
 * The worker's settings, loaded on mount and again whenever the page becomes visible (another view
 * may have changed them). Changes show at once and are rolled back if the worker refuses them.
 */
export function useSettings(): SettingsState {
  const [saved, setSaved] = useState<Settings | null>(null);
  const [pending, setPending] = useState<Partial<Settings> | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async (): Promise<void> => {
    const response = await sendToWorker('ui-bg/get-settings', {});
    if (response.ok) {
      setSaved(response.settings);
      setLoadError(null);
    } else setLoadError(response.error);
  }, []);

  useEffect(() => {
    void reload();
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  const save = useCallback(async (change: Partial<Settings>): Promise<string | null> => {
    setPending((previous) => ({ ...previous, ...change }));
    const response = await sendToWorker('ui-bg/set-settings', { settings: change });
    setPending((previous) => {
      if (!previous) return null;
      const rest = Object.fromEntries(
        Object.entries(previous).filter(([key]) => !(key in change)),
      ) as Partial<Settings>;
      return Object.keys(rest).length ? rest : null;
    });
    if (!response.ok) return response.error;
    setSaved(response.settings);
    return null;
  }, []);

  return { settings: saved ? { ...saved, ...pending } : null, loadError, save, reload };
}
