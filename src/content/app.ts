/**
 * The checker, loaded only once a page has passed the topic gate: messaging with the worker,
 * highlights, the card (Preact) and the keyboard. Built as one self-contained module.
 */
import { PageSession } from './session';
import type { StartSession } from './session-api';

export const startSession: StartSession = (page, flags, signal) => {
  const session = new PageSession(page, signal);
  void session.start(flags);
  return session;
};
