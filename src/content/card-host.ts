/**
 * One card at a time, in a closed shadow root: page styles cannot reach it and page scripts cannot
 * read or press it. It is placed inside the viewport (see placement.ts) and moves with the page.
 */
import { h, render } from 'preact';
import type { PageFlag } from '../messages';
import { Card } from './card';
import { CARD_STYLE } from './card-style';
import { PREFIX } from './names';
import { placeCard, EDGE } from './placement';

export const CARD_HOST_ID = `${PREFIX}-card-host`;
const CARD_WIDTH = 380;

export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private anchor: Range | null = null;
  private openFlagId: string | null = null;
  private onClosed: (() => void) | null = null;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.close(false));
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (this.host && event.isTrusted && !event.composedPath().includes(this.host))
          this.close(false);
      },
      { capture: true, signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && event.isTrusted && this.host) this.close(true);
      },
      { signal },
    );
    window.addEventListener('resize', () => this.place(), { signal });
  }

  get currentFlagId(): string | null {
    return this.openFlagId;
  }

  /** Opens the card for `flag` beside `anchor`; `onClosed` runs when Esc or Close shuts it. */
  open(flag: PageFlag, anchor: Range, onNotAMatch: () => void, onClosed: () => void): void {
    const shadow = this.shadow ?? this.attach();
    this.anchor = anchor;
    this.openFlagId = flag.id;
    this.onClosed = onClosed;
    let mount = shadow.querySelector('[data-mount]');
    if (!mount) {
      mount = document.createElement('div');
      mount.setAttribute('data-mount', '');
      shadow.append(mount);
    }
    render(
      h(Card, {
        flag,
        onClose: () => this.close(true),
        onNotAMatch: () => {
          this.close(false);
          onNotAMatch();
        },
      }),
      mount,
    );
    this.place();
  }

  private attach(): ShadowRoot {
    const host = (this.host = document.createElement('div'));
    host.id = CARD_HOST_ID;
    // At the document's origin, so the card's absolute position is in document coordinates.
    host.style.cssText =
      'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;z-index:2147483647;';
    const shadow = (this.shadow = host.attachShadow({ mode: 'closed' }));
    const style = document.createElement('style');
    style.textContent = CARD_STYLE;
    shadow.append(style);
    document.documentElement.append(host);
    return shadow;
  }

  /** Measures the card at full height, then puts it below or above the sentence, inside the viewport. */
  private place(): void {
    const card = this.shadow?.querySelector<HTMLElement>('.card');
    if (!card || !this.anchor) return;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const width = Math.min(CARD_WIDTH, viewport.width - 2 * EDGE);
    Object.assign(card.style, {
      width: `${width}px`,
      maxHeight: `${viewport.height - 2 * EDGE}px`,
      visibility: 'hidden',
      left: '0px',
      top: '0px',
    });
    const height = card.offsetHeight;
    const rect = this.anchor.getBoundingClientRect();
    const spot = placeCard(rect, { width, height }, viewport);
    Object.assign(card.style, {
      left: `${spot.left + window.scrollX}px`,
      top: `${spot.top + window.scrollY}px`,
      maxHeight: `${spot.maxHeight}px`,
      visibility: '',
    });
    card.dataset.side = spot.side;
  }

  close(restoreFocus: boolean): void {
    if (!this.host) return;
    const mount = this.shadow?.querySelector('[data-mount]');
    if (mount) render(null, mount);
    this.host.remove();
    this.host = null;
    this.shadow = null;
    this.anchor = null;
    this.openFlagId = null;
    const onClosed = this.onClosed;
    this.onClosed = null;
    if (restoreFocus && !this.signal.aborted) onClosed?.();
  }
}
