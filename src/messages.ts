/**
 * The one typed protocol between the extension's contexts. Each message is named by its direction
 * (`cs-bg` content script → worker, `ui-bg` popup or options page → worker, `ui-cs` popup → content
 * script, `bg-cs` worker → content script) and declares its request and its response. A failure
 * crosses the boundary as a value (`{ ok: false, error }`), never as a silent `undefined`.
 */
import type { Flag, Sensitivity, TextBlock } from './core/check';
import type { FlagVerdict } from './core/match/verify';

/** A flag as the page and the popup see it: the engine's flag plus an id stable on this page. */
export interface PageFlag extends Omit<Flag, 'facts'> {
  readonly id: string;
}

/** Enough to find a sentence again later (W3C Web Annotation TextQuoteSelector). */
export interface TextQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface HistoryFlag {
  readonly claimId: string;
  readonly verdict: FlagVerdict;
  readonly reason: string;
  readonly quote: TextQuote;
}

export interface HistoryEntry {
  readonly url: string;
  readonly title: string;
  readonly site: string;
  /** ISO timestamp of the last check. */
  readonly checkedAt: string;
  readonly counts: { readonly supported: number; readonly contradicted: number };
  readonly flags: readonly HistoryFlag[];
}

export interface Settings {
  readonly pausedEverywhere: boolean;
  readonly pausedSites: readonly string[];
  readonly sensitivity: Sensitivity;
  readonly keepHistory: boolean;
  /** Days to keep history; 0 keeps it until cleared. */
  readonly retentionDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  pausedEverywhere: false,
  pausedSites: [],
  sensitivity: 'balanced',
  keepHistory: true,
  retentionDays: 90,
};

export interface PackSummary {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly claims: number;
  readonly published: string;
  readonly installedAt: string;
  readonly bundled: boolean;
}

/** A block of page text as the content script extracted it; `index` is its place on the page. */
export interface BlockPayload extends TextBlock {
  readonly index: number;
}

/**
 * Blocks as they cross to the worker: parallel arrays, because the browser copies an array of
 * strings several times faster than as many small objects (1 MB of text: about 6 ms against 44 ms,
 * on the page's main thread). The few blocks with more (headings, table rows, definitions) carry it
 * in `extra`.
 */
export interface WireBlocks {
  readonly index: readonly number[];
  readonly text: readonly string[];
  readonly kind: readonly TextBlock['kind'][];
  readonly extra: readonly ({ readonly at: number } & Pick<
    TextBlock,
    'level' | 'cells' | 'lead'
  >)[];
}

export function packBlocks(blocks: readonly BlockPayload[]): WireBlocks {
  const extra: WireBlocks['extra'][number][] = [];
  blocks.forEach(({ level, cells, lead }, at) => {
    if (level || cells || lead)
      extra.push({
        at,
        ...(level ? { level } : {}),
        ...(cells ? { cells } : {}),
        ...(lead ? { lead } : {}),
      });
  });
  return {
    index: blocks.map((block) => block.index),
    text: blocks.map((block) => block.text),
    kind: blocks.map((block) => block.kind),
    extra,
  };
}

export function unpackBlocks(wire: WireBlocks): BlockPayload[] {
  const blocks: BlockPayload[] = wire.text.map((text, i) => ({
    index: wire.index[i] ?? i,
    text,
    kind: wire.kind[i] ?? 'paragraph',
  }));
  for (const { at, ...more } of wire.extra) {
    const block = blocks[at];
    if (block) blocks[at] = { ...block, ...more };
  }
  return blocks;
}

export type Result<T> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly error: string; readonly errors?: readonly string[] };

/** Every message: its request payload and the response it gets. */
export interface Protocol {
  /**
   * A page that names Bhutan: run the topic gate and check its blocks (the same `checkPage` as the
   * command line, so both give one answer; the page's main thread never scores the topic), update
   * badge and history. `append` adds late text to a relevant page's flags, without the gate again.
   */
  'cs-bg/check-page': {
    request: {
      url: string;
      title: string;
      publishedAt?: string;
      /** Description and keywords from the page's metadata (topic evidence). */
      meta?: readonly string[];
      blocks: WireBlocks;
      append: boolean;
    };
    response: Result<{ paused: boolean; relevant: boolean; flags: readonly PageFlag[] }>;
  };
  /** "Not a match" on a card: hide this flag on this page for good. */
  'cs-bg/hide-flag': {
    request: { url: string; claimId: string; sentence: string };
    response: Result<{ remaining: number }>;
  };
  /** The page's flags changed (hidden, or the page went away). */
  'cs-bg/page-count': {
    request: { count: number; contradicted: number };
    response: Result<object>;
  };
  'ui-bg/get-settings': { request: object; response: Result<{ settings: Settings }> };
  'ui-bg/set-settings': {
    request: { settings: Partial<Settings> };
    response: Result<{ settings: Settings }>;
  };
  'ui-bg/history': { request: object; response: Result<{ entries: readonly HistoryEntry[] }> };
  'ui-bg/history-forget': { request: { url: string }; response: Result<object> };
  'ui-bg/history-clear': { request: object; response: Result<object> };
  'ui-bg/packs': { request: object; response: Result<{ packs: readonly PackSummary[] }> };
  /** Import a pack from our JSON or ClaimReview JSON-LD; nothing changes unless all of it is valid. */
  'ui-bg/pack-import': {
    request: { text: string; fileName: string };
    response: Result<{ pack: PackSummary }>;
  };
  'ui-bg/pack-export': {
    request: { id: string; as: 'pack' | 'claimreview' };
    response: Result<{ text: string; fileName: string }>;
  };
  'ui-bg/pack-remove': { request: { id: string }; response: Result<object> };
  'ui-bg/packs-reset': { request: object; response: Result<{ packs: readonly PackSummary[] }> };
  /** The popup asks the page for its flags. */
  'ui-cs/list-flags': {
    request: object;
    response: Result<{
      url: string;
      title: string;
      relevant: boolean;
      paused: boolean;
      flags: readonly PageFlag[];
    }>;
  };
  /** The popup asks the page to scroll to a flag and open its card. */
  'ui-cs/reveal-flag': { request: { id: string }; response: Result<object> };
  /** A keyboard command: step to the next or previous flag. */
  'bg-cs/step-flag': { request: { direction: 1 | -1 }; response: Result<object> };
  /** Settings changed: pause or resume, recheck with a new sensitivity. */
  'bg-cs/settings-changed': { request: { settings: Settings }; response: Result<object> };
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType> = Protocol[T]['request'];
export type Response<T extends MessageType> = Protocol[T]['response'];
export interface Envelope<T extends MessageType = MessageType> {
  readonly type: T;
  readonly payload: Request<T>;
}

export type Handlers<Prefix extends string> = {
  [T in MessageType as T extends `${Prefix}${string}` ? T : never]: (
    payload: Request<T>,
    sender: { tabId?: number; url?: string },
  ) => Promise<Response<T>>;
};

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    'payload' in value
  );
}

export const fail = (
  error: unknown,
  errors?: readonly string[],
): { ok: false; error: string; errors?: readonly string[] } => ({
  ok: false,
  error: error instanceof Error ? error.message : String(error),
  ...(errors ? { errors } : {}),
});

/** The site a pause applies to: the host name without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
