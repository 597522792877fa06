import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PageFlag } from '../messages';
import { CARD_STYLE } from './card-style';
import { PREFIX } from './highlights';

const VERDICT = {
  supported: { icon: '✔', words: 'Supported by vetted sources' },
  contradicted: { icon: '✘', words: 'Contradicted by vetted sources' },
} as const;

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = m
    ? d
      ? { day: 'numeric', month: 'short', year: 'numeric' }
      : { month: 'long', year: 'numeric' }
    : { year: 'numeric' };
  return date.toLocaleDateString(undefined, { ...options, timeZone: 'UTC' });
}

interface CardProps {
  readonly flag: PageFlag;
  readonly onClose: () => void;
  readonly onNotAMatch: () => void;
}

function Card({ flag, onClose, onNotAMatch }: CardProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), [flag.id]);
  const verdict = VERDICT[flag.verdict];
  const headingId = `${PREFIX}-card-title`;
  // An imported pack's flag is never "vetted": it names its pack and wears another badge.
  const imported = flag.origin.trust === 'imported';
  const words = imported
    ? `${verdict.words.split(' ')[0]} by ${flag.origin.title} (imported)`
    : verdict.words;
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="head">
        <span class={`verdict ${flag.verdict}${imported ? ' imported' : ''}`}>
          <span aria-hidden="true">{verdict.icon}</span>
          {words}
        </span>
        <button ref={closeButton} class="close" type="button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <h2 id={headingId}>{flag.reason}</h2>
      <p class="label">{imported ? 'Imported claim' : 'Vetted claim'}</p>
      <p>{flag.claimText}</p>
      {flag.origin.overruled?.length ? (
        <p class="asof">
          The vetted record wins here over {flag.origin.overruled.join(', ')} (imported), which
          disagrees.
        </p>
      ) : null}
      {flag.asOf ? (
        <p class="asof">Last confirmed {formatDate(flag.asOf)}; facts like this can change.</p>
      ) : null}
      <p class="label">Sources</p>
      <ul>
        {flag.sources.map((source) => (
          <li key={source.url}>
            <span class="publisher">{source.publisher}</span>
            {source.date ? <span class="date"> · {formatDate(source.date)}</span> : null}
            <br />
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
            <br />
            <span class="note">{source.note}</span>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" onClick={onNotAMatch}>
          Not a match — hide on this page
        </button>
      </div>
    </div>
  );
}

/** One card at a time, in a shadow root so page styles cannot reach it (open, so tests can). */
export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private returnFocus: HTMLElement | null = null;
  private openFlagId: string | null = null;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.close(false));
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (this.host && !event.composedPath().includes(this.host)) this.close(false);
      },
      { capture: true, signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.host) this.close(true);
      },
      { signal },
    );
  }

  get currentFlagId(): string | null {
    return this.openFlagId;
  }

  open(flag: PageFlag, anchor: Range, onNotAMatch: () => void): void {
    if (!this.host) {
      this.returnFocus =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      this.host = document.createElement('div');
      this.host.id = `${PREFIX}-card-host`;
      // At the document's origin, so the card's absolute position is in document coordinates.
      this.host.style.cssText =
        'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;';
      this.shadow = this.host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = CARD_STYLE;
      this.shadow.append(style);
      document.documentElement.append(this.host);
    }
    this.openFlagId = flag.id;
    const rect = anchor.getBoundingClientRect();
    const width = Math.min(380, window.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8)) + window.scrollX;
    const top = rect.bottom + window.scrollY + 8;
    if (!this.shadow) return;
    let mount = this.shadow.querySelector('[data-mount]');
    if (!mount) {
      mount = document.createElement('div');
      mount.setAttribute('data-mount', '');
      this.shadow.append(mount);
    }
    render(
      <Card
        flag={flag}
        onClose={() => this.close(true)}
        onNotAMatch={() => {
          this.close(true);
          onNotAMatch();
        }}
      />,
      mount,
    );
    const card = this.shadow?.querySelector<HTMLElement>('.card');
    if (card) Object.assign(card.style, { left: `${left}px`, top: `${top}px` });
  }

  close(restoreFocus: boolean): void {
    if (!this.host) return;
    const mount = this.shadow?.querySelector('[data-mount]');
    if (mount) render(null, mount);
    this.host.remove();
    this.host = null;
    this.shadow = null;
    this.openFlagId = null;
    if (restoreFocus && !this.signal.aborted) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
  }
}
