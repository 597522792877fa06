import { extensionApi } from '../messaging';
import type { StartSession } from './session-api';

/** Where the build puts the checker (vite.config.ts); listed in web_accessible_resources. */
export const CHECKER_FILE = 'assets/content-checker.js';

/**
 * Loads the checker on a page that passed the gate. Chrome hands out the module's dynamic URL (the
 * resource uses `use_dynamic_url`), so a page cannot fetch our files by the extension's id.
 */
export async function loadChecker(): Promise<StartSession> {
  const url = extensionApi().runtime.getURL(CHECKER_FILE);
  const module = (await import(/* @vite-ignore */ url)) as { startSession: StartSession };
  return module.startSession;
}
