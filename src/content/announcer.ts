import { PREFIX } from './names';

export const LIVE_REGION_ID = `${PREFIX}-live`;

/** A polite live region for keyboard navigation, in its own closed shadow root. */
export class Announcer {
  private region: HTMLElement | null = null;
  private host: HTMLElement | null = null;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.host?.remove());
  }

  say(message: string): void {
    if (this.signal.aborted) return;
    if (!this.region) {
      const host = (this.host = document.createElement('div'));
      host.id = LIVE_REGION_ID;
      host.style.cssText =
        'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;';
      const shadow = host.attachShadow({ mode: 'closed' });
      this.region = document.createElement('div');
      this.region.setAttribute('role', 'status');
      this.region.setAttribute('aria-live', 'polite');
      shadow.append(this.region);
      document.documentElement.append(host);
    }
    // Clearing first makes screen readers repeat an identical message.
    this.region.textContent = '';
    const region = this.region;
    requestAnimationFrame(() => {
      region.textContent = message;
    });
  }
}
