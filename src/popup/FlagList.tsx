import type { PageFlag } from '../messages';
import { plural } from '../ui/format';
import { VerdictBadge } from '../ui/Verdict';

interface FlagListProps {
  readonly flags: readonly PageFlag[];
  readonly onReveal: (id: string) => void;
}

/** This page's flags; each one is a button that scrolls the page to its sentence. */
export function FlagList({ flags, onReveal }: FlagListProps) {
  const contradicted = flags.filter((flag) => flag.verdict === 'contradicted').length;
  const supported = flags.length - contradicted;
  return (
    <section aria-labelledby="flags-heading">
      <h2 id="flags-heading" class="section-title">
        {plural(flags.length, 'flag')} on this page
        <span class="muted section-sub">
          {' '}
          · {contradicted} contradicted, {supported} supported
        </span>
      </h2>
      <ul class="flag-list" data-testid="flag-list">
        {flags.map((flag) => (
          <li key={flag.id}>
            <button
              type="button"
              class={`flag flag-${flag.verdict}`}
              data-testid="flag-item"
              data-flag-id={flag.id}
              onClick={() => onReveal(flag.id)}
            >
              <span class="flag-head">
                <VerdictBadge verdict={flag.verdict} />
                <span class="flag-go" aria-hidden="true">
                  Show on page ›
                </span>
              </span>
              <span class="flag-sentence">{flag.sentence}</span>
              <span class="flag-reason">{flag.reason}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
