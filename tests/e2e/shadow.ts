/**
 * The extension's card, keyboard stand-in and live region sit in closed shadow roots that page
 * scripts (and Playwright's locators) cannot enter. The DevTools protocol can: these helpers find a
 * host by id, resolve its closed root through CDP and run a function on it in the page's world.
 * Clicks still go through the real mouse, so the extension sees trusted events.
 */
import type { Page } from 'playwright-core';

export const CARD_HOST = 'bhutan-fact-flags-card-host';
export const STAND_IN = 'bhutan-fact-flags-focus';
export const LIVE_REGION = 'bhutan-fact-flags-live';

/** Runs `fn(root, arg)` on the closed shadow root of `#hostId`; null when there is no such host. */
export async function inShadow<T, A = undefined>(
  page: Page,
  hostId: string,
  fn: (root: ShadowRoot, arg: A) => T,
  arg?: A,
): Promise<Awaited<T> | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `#${hostId}`,
    });
    if (!nodeId) return null;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (!object.objectId) return null;
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(
        `in #${hostId}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    return result.value as Awaited<T>;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface CardState {
  readonly text: string;
  readonly verdict: string;
  readonly heading: string;
  readonly links: readonly { readonly text: string; readonly href: string }[];
  readonly buttons: readonly string[];
  /** The label or text of the focused control inside the card, or null when focus is elsewhere. */
  readonly focused: string | null;
  /** The dialog's box and the "Not a match" button's, in viewport coordinates. */
  readonly box: Box;
  readonly notAMatch: Box | null;
  readonly sources: readonly string[];
}

/** What the open card shows; null when no card is open. */
export function cardState(page: Page): Promise<CardState | null> {
  return inShadow(page, CARD_HOST, (root) => {
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog) return null;
    const boxOf = (element: Element | null) => {
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      return { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
    };
    const labelOf = (element: Element) =>
      (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const buttons = Array.from(dialog.querySelectorAll('button'));
    const active = root.activeElement;
    return {
      text: (dialog.textContent ?? '').replace(/\s+/g, ' ').trim(),
      verdict: (dialog.querySelector('.verdict')?.textContent ?? '').trim(),
      heading: (dialog.querySelector('h2')?.textContent ?? '').trim(),
      links: Array.from(dialog.querySelectorAll('a[href]')).map((a) => ({
        text: (a.textContent ?? '').trim(),
        href: a.getAttribute('href') ?? '',
      })),
      buttons: buttons.map(labelOf),
      focused: active && dialog.contains(active) ? labelOf(active) : null,
      box: boxOf(dialog) as { top: number; left: number; bottom: number; right: number },
      notAMatch: boxOf(buttons.find((button) => /Not a match/.test(labelOf(button))) ?? null),
      sources: Array.from(dialog.querySelectorAll('li')).map((li) =>
        (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    };
  }).then((state) => state ?? null);
}

/** Waits for a card to be open (or, with `open` false, for none to be). */
export async function waitForCard(page: Page, open = true, timeout = 5000): Promise<CardState> {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await cardState(page);
    if (open ? state : !state) return state as CardState;
    if (Date.now() > end) throw new Error(open ? 'no card opened' : 'the card did not close');
    await page.waitForTimeout(50);
  }
}

/** Clicks a control of the open card with the real mouse (a trusted click). */
export async function clickInCard(page: Page, name: RegExp): Promise<void> {
  const box = await inShadow(
    page,
    CARD_HOST,
    (root, source) => {
      const pattern = new RegExp(source);
      const target = Array.from(root.querySelectorAll<HTMLElement>('button, a[href]')).find(
        (element) => pattern.test(element.getAttribute('aria-label') ?? element.textContent ?? ''),
      );
      if (!target) return null;
      target.scrollIntoView({ block: 'nearest' });
      const rect = target.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    name.source,
  );
  if (!box) throw new Error(`no control named ${name} in the card`);
  await page.mouse.click(box.x, box.y);
}

/** The live region's current announcement. */
export async function announcement(page: Page): Promise<string> {
  return (
    (await inShadow(page, LIVE_REGION, (root) =>
      (root.querySelector('[role="status"]')?.textContent ?? '').trim(),
    )) ?? ''
  );
}

/** True when the keyboard's stand-in for a flag has focus. */
export function standInFocused(page: Page): Promise<boolean> {
  return page.evaluate((id) => document.activeElement?.id === id, STAND_IN);
}

/** The card's markup and style, copied into an open shadow root (for tools that cannot enter a closed one). */
export async function copyCardForAudit(page: Page, copyId: string): Promise<boolean> {
  const html = await inShadow(page, CARD_HOST, (root) => root.innerHTML);
  if (!html) return false;
  await page.evaluate(
    ({ id, markup }) => {
      const host = document.createElement('div');
      host.id = id;
      host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;';
      host.attachShadow({ mode: 'open' }).innerHTML = markup;
      document.documentElement.append(host);
    },
    { id: copyId, markup: html },
  );
  return true;
}
