import { useState } from 'preact/hooks';
import type { Settings } from '../messages';
import type { StatusMessage } from '../ui/Status';
import type { SettingsState } from '../ui/useSettings';

/** Saves a settings change and keeps the message to show for it ("Saved." or the worker's error). */
export function useSave(state: SettingsState): {
  readonly status: StatusMessage | null;
  readonly save: (change: Partial<Settings>, done?: string) => Promise<boolean>;
} {
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const save = async (change: Partial<Settings>, done = 'Saved.'): Promise<boolean> => {
    const error = await state.save(change);
    setStatus(error ? { text: `Couldn't save: ${error}`, error: true } : { text: done });
    return !error;
  };
  return { status, save };
}
