/** The popup's few direct browser calls (everything else goes through the typed messages). */
import browser from 'webextension-polyfill';

export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
  window.close();
}

export async function openInNewTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId);
  window.close();
}

export const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);
