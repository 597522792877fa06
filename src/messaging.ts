/**
 * Thin typed wrappers over `runtime` and `tabs` messaging (edge code). No polyfill: MV3 Chrome and
 * Firefox both return promises from sendMessage and both accept `sendResponse` from a listener, so
 * this stays small enough for the script that runs on every page.
 */
import {
  fail,
  isEnvelope,
  type Handlers,
  type MessageType,
  type Request,
  type Response,
} from './messages';

/** Firefox's `browser`, or Chrome's `chrome` (same shape for what is used here). */
export const extensionApi = (): typeof chrome =>
  ((globalThis as { browser?: typeof chrome }).browser ?? globalThis.chrome) as typeof chrome;

export async function sendToWorker<T extends MessageType>(
  type: T,
  payload: Request<T>,
): Promise<Response<T>> {
  try {
    const response = (await extensionApi().runtime.sendMessage({ type, payload })) as
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
    const response = (await extensionApi().tabs.sendMessage(tabId, { type, payload })) as
      Response<T> | undefined;
    return response ?? (fail(`no answer to ${type}`) as Response<T>);
  } catch (error) {
    return fail(error) as Response<T>;
  }
}

type AnyHandler = (payload: unknown, from: { tabId?: number; url?: string }) => Promise<unknown>;

/** Routes messages whose type starts with one of `prefixes` to `handlers`; others are left alone. */
export function listen<P extends string>(
  prefixes: readonly P[],
  handlers: Handlers<P>,
  signal?: AbortSignal,
): void {
  const listener = (
    message: unknown,
    sender: chrome.runtime.MessageSender,
    sendResponse: (response: unknown) => void,
  ): boolean => {
    if (!isEnvelope(message) || !prefixes.some((prefix) => message.type.startsWith(prefix)))
      return false;
    const handler = (handlers as Record<string, AnyHandler | undefined>)[message.type];
    if (!handler) return false;
    const from = {
      ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
      ...(sender.url ? { url: sender.url } : {}),
    };
    handler(message.payload, from)
      .catch((error: unknown) => fail(error))
      .then(sendResponse, () => sendResponse(fail('the handler failed')));
    return true;
  };
  const { onMessage } = extensionApi().runtime;
  onMessage.addListener(listener);
  signal?.addEventListener('abort', () => onMessage.removeListener(listener));
}
