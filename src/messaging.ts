/** Thin typed wrappers over `browser.runtime` and `browser.tabs` messaging (edge code). */
import browser from 'webextension-polyfill';
import {
  fail,
  isEnvelope,
  type Handlers,
  type MessageType,
  type Request,
  type Response,
} from './messages';

export async function sendToWorker<T extends MessageType>(
  type: T,
  payload: Request<T>,
): Promise<Response<T>> {
  try {
    const response = (await browser.runtime.sendMessage({ type, payload })) as
      Response<T> | undefined;
    return response ?? (fail(`no answer to ${type}`) as Response<T>);
  } catch (error) {
    return fail(error) as Response<T>;
  }
}

export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: Request<T>,
): Promise<Response<T>> {
  try {
    const response = (await browser.tabs.sendMessage(tabId, { type, payload })) as
      Response<T> | undefined;
    return response ?? (fail(`no answer to ${type}`) as Response<T>);
  } catch (error) {
    return fail(error) as Response<T>;
  }
}

/** Routes messages whose type starts with one of `prefixes` to `handlers`; others are left alone. */
export function listen<P extends string>(
  prefixes: readonly P[],
  handlers: Handlers<P>,
  signal?: AbortSignal,
): void {
  const listener = (
    message: unknown,
    sender: browser.Runtime.MessageSender,
  ): Promise<unknown> | undefined => {
    if (!isEnvelope(message) || !prefixes.some((prefix) => message.type.startsWith(prefix)))
      return undefined;
    const handler = (
      handlers as Record<
        string,
        ((payload: unknown, from: { tabId?: number; url?: string }) => Promise<unknown>) | undefined
      >
    )[message.type];
    if (!handler) return undefined;
    const from = {
      ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
      ...(sender.url ? { url: sender.url } : {}),
    };
    return handler(message.payload, from).catch((error: unknown) => fail(error));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
