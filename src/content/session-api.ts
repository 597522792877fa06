/**
 * What the every-page script and the lazily loaded checker share: the page it extracted, and the
 * session the checker runs on it. Types only, so importing this file costs the small script nothing.
 */
import type { ExtractedBlock } from '../dom/extract';
import type { PageFlag } from '../messages';

export interface LivePage {
  readonly root: Element;
  readonly blocks: ExtractedBlock[];
  readonly publishedAt?: string;
  /** A discussion page: text added to its comment thread is read too. */
  readonly readComments?: boolean;
}

export interface SessionState {
  readonly paused: boolean;
  readonly flags: readonly PageFlag[];
  /** The worker's note on a later check of added text (cut short, or sentences left out). */
  readonly note?: string;
}

export interface Session {
  readonly state: SessionState;
  /** Scrolls to a flag and opens its card; false when it is no longer on the page. */
  reveal(id: string): boolean;
  /** Moves the keyboard to the next (1) or previous (-1) flag. */
  step(direction: 1 | -1): void;
}

/** The lazily loaded module's one export: draws `flags` (the worker's answer) and listens. */
export type StartSession = (
  page: LivePage,
  flags: readonly PageFlag[],
  signal: AbortSignal,
) => Session;
