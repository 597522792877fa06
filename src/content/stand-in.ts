/**
 * The keyboard's place on the page: a button of ours, in a closed shadow root, laid over the
 * current flag. Stepping to a flag focuses it, so Enter opens that flag's card and never a link the
 * page had focused; closing a card brings focus back here. It ignores the pointer (clicks reach the
 * sentence beneath) and acts only on a real user's keys.
 */
import { PREFIX } from './names';

export const STAND_IN_ID = `${PREFIX}-focus`;

const STYLE = `
:host { all: initial; }
button {
  position: absolute; margin: 0; padding: 0; border: 0; background: transparent; color: transparent;
  pointer-events: none; border-radius: 3px; font: inherit;
}
button:focus-visible, button:focus { outline: 2px solid #0969da; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { button:focus-visible, button:focus { outline-color: #4493f8; } }
@media (forced-colors: active) { button:focus-visible, button:focus { outline-color: Highlight; } }
`;

export class StandIn {
  private host: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  private onActivate: (() => void) | null = null;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.remove());
  }

  private attach(): HTMLButtonElement {
    const host = (this.host = document.createElement('div'));
    host.id = STAND_IN_ID;
    host.style.cssText =
      'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;z-index:2147483646;';
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const button = (this.button = document.createElement('button'));
    button.type = 'button';
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      if (event.isTrusted) this.onActivate?.();
    });
    button.addEventListener('keydown', (event) => {
      // The page's own key handlers must not act on keys meant for the flag.
      if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
    });
    shadow.append(style, button);
    document.documentElement.append(host);
    return button;
  }

  /** Lays the stand-in over `range`, labels it, and focuses it without scrolling the page. */
  show(range: Range, label: string, onActivate: () => void): void {
    if (this.signal.aborted) return;
    const button = this.button?.isConnected ? this.button : this.attach();
    this.onActivate = onActivate;
    const rect = range.getBoundingClientRect();
    Object.assign(button.style, {
      left: `${rect.left + window.scrollX}px`,
      top: `${rect.top + window.scrollY}px`,
      width: `${Math.max(1, rect.width)}px`,
      height: `${Math.max(1, rect.height)}px`,
    });
    button.setAttribute('aria-label', label);
    button.focus({ preventScroll: true });
  }

  get focused(): boolean {
    return !!this.host && document.activeElement === this.host;
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
    this.button = null;
    this.onActivate = null;
  }
}
