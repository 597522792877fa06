import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageFlag } from '../messages';
import { sendToTab } from '../messaging';

export type PageView =
  | { readonly kind: 'loading' }
  /** No content script answered: a browser page, a file, or a tab open since before install. */
  | {
      readonly kind: 'unavailable';
      readonly tabId: number | null;
      readonly url: string;
      readonly detail: string;
    }
  | {
      readonly kind: 'ready';
      readonly tabId: number;
      readonly url: string;
      readonly title: string;
      readonly relevant: boolean;
      readonly paused: boolean;
      readonly flags: readonly PageFlag[];
      /** Why the check is incomplete (cut short, or sentences left out), if it is. */
      readonly note?: string;
    };

async function loadPage(): Promise<PageView> {
  let tab: browser.Tabs.Tab | undefined;
  try {
    [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  } catch (error) {
    return { kind: 'unavailable', tabId: null, url: '', detail: String(error) };
  }
  if (tab?.id === undefined)
    return { kind: 'unavailable', tabId: null, url: '', detail: 'no active tab' };
  const response = await sendToTab(tab.id, 'ui-cs/list-flags', {});
  if (!response.ok)
    return { kind: 'unavailable', tabId: tab.id, url: tab.url ?? '', detail: response.error };
  const { url, title, relevant, paused, flags, note } = response;
  return {
    kind: 'ready',
    tabId: tab.id,
    url,
    title,
    relevant,
    paused,
    flags,
    ...(note ? { note } : {}),
  };
}

/** The active tab's flags as its content script reports them; `refresh` asks again quietly. */
export function usePage(): { readonly page: PageView; readonly refresh: () => Promise<void> } {
  const [page, setPage] = useState<PageView>({ kind: 'loading' });
  const refresh = useCallback(async () => setPage(await loadPage()), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { page, refresh };
}
