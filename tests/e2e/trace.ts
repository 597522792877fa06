/**
 * When the extension first started work on a page, in the page's own clock (performance.now()),
 * read from a DevTools trace of the navigation: the trace has the page's navigationStart and the
 * content script's `console.timeStamp` marker (invisible to the page) on one clock.
 */
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  readonly name: string;
  readonly ts: number;
  readonly args?: {
    readonly data?: { readonly message?: string; readonly documentLoaderURL?: string };
  };
}

export class NavigationTrace {
  private readonly events: TraceEvent[] = [];
  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Tracing.dataCollected', (event) =>
      this.events.push(...(event.value as unknown as TraceEvent[])),
    );
  }

  static async start(page: Page): Promise<NavigationTrace> {
    const cdp = await page.context().newCDPSession(page);
    const trace = new NavigationTrace(cdp);
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing'] },
      transferMode: 'ReportEvents',
    });
    return trace;
  }

  /** Stops tracing; returns ms from `url`'s navigation start to the first `mark`, or null. */
  async markAt(url: string, mark: string): Promise<number | null> {
    const done = new Promise((resolve) => this.cdp.once('Tracing.tracingComplete', resolve));
    await this.cdp.send('Tracing.end');
    await done;
    await this.cdp.detach().catch(() => undefined);
    const navigation = this.events.find(
      (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url,
    );
    const marked = this.events
      .filter((event) => event.name === 'TimeStamp' && event.args?.data?.message === mark)
      .sort((a, b) => a.ts - b.ts)[0];
    if (!navigation || !marked) return null;
    return (marked.ts - navigation.ts) / 1000;
  }
}
