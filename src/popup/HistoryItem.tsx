import type { HistoryEntry } from '../messages';
import { formatDate, formatDateTime } from '../ui/format';
import { VERDICT_TEXT } from '../ui/Verdict';
import { isWebUrl } from './actions';

interface HistoryItemProps {
  readonly entry: HistoryEntry;
  readonly onOpen: (url: string) => void;
  readonly onForget: (entry: HistoryEntry) => void;
}

function Count({ verdict, count }: { verdict: 'supported' | 'contradicted'; count: number }) {
  if (!count) return null;
  const { icon } = VERDICT_TEXT[verdict];
  return (
    <span class={`verdict verdict-${verdict}`}>
      <span aria-hidden="true">{icon}</span>
      {count} {verdict}
    </span>
  );
}

/** One flagged page: open it, see when and what was flagged, forget it. */
export function HistoryItem({ entry, onOpen, onForget }: HistoryItemProps) {
  const title = entry.title || entry.url;
  return (
    <li class="entry" data-testid="history-entry">
      <div class="entry-main">
        {isWebUrl(entry.url) ? (
          <a
            class="entry-title"
            href={entry.url}
            target="_blank"
            rel="noreferrer"
            onClick={(event) => {
              event.preventDefault();
              onOpen(entry.url);
            }}
          >
            {title}
          </a>
        ) : (
          <span class="entry-title">{title}</span>
        )}
        <p class="entry-meta">
          <span>{entry.site}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={entry.checkedAt} title={formatDateTime(entry.checkedAt)}>
            <span class="sr-only">checked </span>
            {formatDate(entry.checkedAt)}
          </time>
        </p>
        <p class="entry-counts">
          <Count verdict="contradicted" count={entry.counts.contradicted} />
          <Count verdict="supported" count={entry.counts.supported} />
        </p>
      </div>
      <button
        type="button"
        class="btn btn-icon forget"
        aria-label={`Forget ${title}`}
        title="Forget this page"
        data-testid="history-forget"
        onClick={() => onForget(entry)}
      >
        ×
      </button>
    </li>
  );
}
