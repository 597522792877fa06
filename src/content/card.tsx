/**
 * The card for one flag: verdict, reason and actions stay in view; the claim and the sources sit in
 * a body that scrolls when the viewport is short. Only a real user's clicks and keys act on it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PageFlag } from '../messages';
import { formatDate } from '../ui/format';
import { sourceView } from '../ui/source-view';

const VERDICT = {
  supported: { icon: '✔', words: 'Supported by vetted sources' },
  contradicted: { icon: '✘', words: 'Contradicted by vetted sources' },
} as const;

export interface CardProps {
  readonly flag: PageFlag;
  readonly onClose: () => void;
  readonly onNotAMatch: () => void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex="0"]';

/** Tab and Shift+Tab cycle through the card's own controls and never leave it. */
function trapTab(event: KeyboardEvent, card: HTMLElement): void {
  const controls = Array.from(card.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const root = card.getRootNode() as ShadowRoot | Document;
  const active = root.activeElement;
  event.preventDefault();
  const at = active instanceof HTMLElement ? controls.indexOf(active) : -1;
  const next = event.shiftKey
    ? at <= 0
      ? last
      : controls[at - 1]
    : at < 0 || at === controls.length - 1
      ? first
      : controls[at + 1];
  next?.focus();
}

/** Runs `action` only for events a person caused, never for a page script's synthetic ones. */
const trusted =
  (action: () => void) =>
  (event: Event): void => {
    if (event.isTrusted) action();
  };

export function Card({ flag, onClose, onNotAMatch }: CardProps) {
  const card = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus({ preventScroll: true }), [flag.id]);
  const verdict = VERDICT[flag.verdict];
  return (
    <div
      ref={card}
      class="card"
      role="dialog"
      aria-modal="true"
      aria-labelledby="card-reason"
      aria-describedby="card-verdict"
      onKeyDown={(event) => {
        // Keys typed in the card are the card's: the page's own shortcuts must not see them.
        event.stopPropagation();
        if (!event.isTrusted) return;
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        } else if (event.key === 'Tab' && card.current) trapTab(event, card.current);
      }}
    >
      <div class="head">
        <span id="card-verdict" class={`verdict ${flag.verdict}`}>
          <span aria-hidden="true">{verdict.icon}</span>
          {verdict.words}
        </span>
        <button
          ref={closeButton}
          class="close"
          type="button"
          aria-label="Close"
          onClick={trusted(onClose)}
        >
          ×
        </button>
      </div>
      <h2 id="card-reason">{flag.reason}</h2>
      <div class="body" role="region" aria-label="Claim and sources" tabIndex={0}>
        <p class="label">Vetted claim</p>
        <p>{flag.claimText}</p>
        {flag.asOf ? (
          <p class="asof">Last confirmed {formatDate(flag.asOf)}; facts like this can change.</p>
        ) : null}
        <p class="label">Sources</p>
        <ul>
          {flag.sources.map((source) => {
            const view = sourceView(source);
            return (
              <li key={source.url}>
                <span class="publisher">{view.publisher}</span>
                {view.official ? <span class="official">Official</span> : null}
                <span class="date">
                  {' · '}
                  {view.date ? formatDate(view.date) : 'undated'}
                </span>
                <br />
                <a
                  class={view.described ? 'described' : undefined}
                  href={source.url}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {view.label}
                </a>{' '}
                <span class="domain">({view.domain})</span>
                <br />
                <span class="note">{view.note}</span>
              </li>
            );
          })}
        </ul>
      </div>
      <div class="actions">
        <button type="button" onClick={trusted(onNotAMatch)}>
          Not a match — hide on this page
        </button>
      </div>
    </div>
  );
}
