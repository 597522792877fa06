import { describe, expect, it } from 'vitest';
import {
  HistoryLimiter,
  historyKey,
  NEW_PAGES_PER_MINUTE,
} from '../../src/background/history-limit';

describe('history writes per tab', () => {
  it('lets a tab add only a few new URLs a minute, however fast its page rewrites the URL', () => {
    const limiter = new HistoryLimiter();
    let allowed = 0;
    // history.pushState every 400 ms for 24 s, each to a new URL.
    for (let i = 0; i < 60; i++)
      if (limiter.allow(7, `https://x.test/a?view=${i}`, i * 400)) allowed++;
    expect(allowed).toBe(NEW_PAGES_PER_MINUTE);
    // Another tab is not held back by this one; a minute later the tab may write again.
    expect(limiter.allow(8, 'https://x.test/b', 1000)).toBe(true);
    expect(limiter.allow(7, 'https://x.test/a?view=99', 61_000)).toBe(true);
  });
  it('always lets a URL it wrote lately be written again (a recheck updates the same entry)', () => {
    const limiter = new HistoryLimiter();
    for (let i = 0; i < NEW_PAGES_PER_MINUTE; i++)
      expect(limiter.allow(1, `https://x.test/${i}`, 0)).toBe(true);
    expect(limiter.allow(1, 'https://x.test/0', 10)).toBe(true);
    expect(limiter.allow(1, 'https://x.test/0#part-2', 20)).toBe(true);
    expect(limiter.allow(1, 'https://x.test/new', 30)).toBe(false);
  });
  it('keys history by the URL without its fragment', () => {
    expect(historyKey('https://x.test/a?b=1#c')).toBe('https://x.test/a?b=1');
    expect(historyKey('https://x.test/a')).toBe('https://x.test/a');
  });
});
