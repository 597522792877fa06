/**
 * The worker: owns the claim packs (IndexedDB), matches the sentences pages send, keeps the badge,
 * the history and the settings. It may stop at any time: everything it needs is in IndexedDB.
 */
import browser from 'webextension-polyfill';
import { checkPage } from '../core/check';
import { fail, unpackBlocks, type PageFlag } from '../messages';
import { listen, sendToTab } from '../messaging';
import { showCount } from './badge';
import { hiddenKey, hiddenKeys, hideFlag } from './hidden';
import { clearHistory, forgetPage, listHistory, recordPage } from './history';
import { HistoryLimiter } from './history-limit';
import {
  claimIndex,
  exportPack,
  importPack,
  installBundledPack,
  listPacks,
  removePack,
  resetPacks,
} from './packs';
import { getSettings, isPaused, updateSettings } from './settings';

const today = (): string => new Date().toISOString().slice(0, 10);
const historyLimiter = new HistoryLimiter();

browser.runtime.onInstalled.addListener(() => {
  void installBundledPack();
});

browser.tabs.onRemoved.addListener((tabId) => historyLimiter.forget(tabId));

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void showCount(tabId, 0, false);
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'next-flag' && command !== 'previous-flag') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined)
    await sendToTab(tab.id, 'bg-cs/step-flag', { direction: command === 'next-flag' ? 1 : -1 });
});

async function broadcastSettings(): Promise<void> {
  const settings = await getSettings();
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) void sendToTab(tab.id, 'bg-cs/settings-changed', { settings });
  }
}

listen(['cs-bg/', 'ui-bg/'], {
  async 'cs-bg/check-page'(request, sender) {
    const settings = await getSettings();
    if (isPaused(settings, request.url))
      return { ok: true, paused: true, relevant: false, flags: [] };
    const [index, hidden] = await Promise.all([claimIndex(), hiddenKeys(request.url)]);
    const blocks = unpackBlocks(request.blocks);
    const page = {
      title: request.title,
      blocks,
      ...(request.meta ? { meta: request.meta } : {}),
      ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
    };
    // The topic gate runs here, as in the CLI; text added to a relevant page is not gated again.
    const result = checkPage(page, index, {
      sensitivity: settings.sensitivity,
      today: today(),
      gated: request.append,
    });
    if (!result.relevant) return { ok: true, paused: false, relevant: false, flags: [] };
    const flags: PageFlag[] = result.flags
      .filter((flag) => !hidden.has(hiddenKey(flag.claimId, flag.sentence)))
      .map(({ facts, ...flag }) => {
        void facts;
        // The engine numbers the blocks it was given; the page knows them by their own index.
        const block = blocks[flag.block]?.index ?? flag.block;
        return { ...flag, block, id: `${block}:${flag.start}:${flag.claimId}` };
      });
    // A page that keeps rewriting its URL gets a few history entries a minute, not one per URL.
    if (sender.tabId === undefined || historyLimiter.allow(sender.tabId, request.url))
      await recordPage(request.url, request.title, flags, blocks, settings, request.append);
    return { ok: true, paused: false, relevant: true, flags };
  },
  async 'cs-bg/hide-flag'(request) {
    await hideFlag(request.url, request.claimId, request.sentence);
    return { ok: true, remaining: 0 };
  },
  async 'cs-bg/page-count'(request, sender) {
    if (sender.tabId !== undefined)
      await showCount(sender.tabId, request.count, request.contradicted > 0);
    return { ok: true };
  },
  async 'ui-bg/get-settings'() {
    return { ok: true, settings: await getSettings() };
  },
  async 'ui-bg/set-settings'(request) {
    const settings = await updateSettings(request.settings);
    await broadcastSettings();
    return { ok: true, settings };
  },
  async 'ui-bg/history'() {
    return { ok: true, entries: await listHistory(await getSettings()) };
  },
  async 'ui-bg/history-forget'(request) {
    await forgetPage(request.url);
    return { ok: true };
  },
  async 'ui-bg/history-clear'() {
    await clearHistory();
    return { ok: true };
  },
  async 'ui-bg/packs'() {
    await claimIndex();
    return { ok: true, packs: await listPacks() };
  },
  async 'ui-bg/pack-import'(request) {
    const result = await importPack(request.text, request.fileName);
    if (!result.ok)
      return fail(`${request.fileName} was not imported: nothing changed.`, result.errors);
    await broadcastSettings();
    return {
      ok: true,
      pack: result.summary ?? {
        id: result.pack.id,
        title: result.pack.title,
        version: result.pack.version,
        claims: result.pack.claims.length,
        published: result.pack.published,
        installedAt: '',
        bundled: false,
      },
    };
  },
  async 'ui-bg/pack-export'(request) {
    return { ok: true, ...(await exportPack(request.id, request.as)) };
  },
  async 'ui-bg/pack-remove'(request) {
    await removePack(request.id);
    await broadcastSettings();
    return { ok: true };
  },
  async 'ui-bg/packs-reset'() {
    const packs = await resetPacks();
    await broadcastSettings();
    return { ok: true, packs };
  },
});
