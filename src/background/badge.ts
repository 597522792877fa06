import browser from 'webextension-polyfill';

/** The toolbar badge shows this tab's flag count; red when any flag contradicts. */
export async function showCount(
  tabId: number,
  count: number,
  contradicted: boolean,
): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
  if (count)
    await browser.action.setBadgeBackgroundColor({
      tabId,
      color: contradicted ? '#b3261e' : '#1b6e3a',
    });
  await browser.action.setTitle({
    tabId,
    title: count
      ? `Bhutan Fact Flags: ${count} flag${count === 1 ? '' : 's'} on this page`
      : 'Bhutan Fact Flags',
  });
}
