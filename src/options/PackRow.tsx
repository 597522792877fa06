import type { PackSummary } from '../messages';
import { ConfirmButton } from '../ui/ConfirmButton';
import { formatDate, formatDateTime } from '../ui/format';

interface PackRowProps {
  readonly pack: PackSummary;
  readonly onExport: (pack: PackSummary, as: 'pack' | 'claimreview') => void;
  readonly onRemove: (pack: PackSummary) => Promise<void>;
}

/** One installed pack: what it is, and export or remove it. */
export function PackRow({ pack, onExport, onRemove }: PackRowProps) {
  return (
    <tr data-testid="pack-row" data-pack-id={pack.id}>
      <th scope="row" class="pack-title">
        <span>{pack.title}</span>
        {pack.bundled ? <span class="badge">Bundled</span> : null}
      </th>
      <td>
        <code>{pack.id}</code>
      </td>
      <td>{pack.version}</td>
      <td class="num">{pack.claims}</td>
      <td>
        <time dateTime={pack.published}>{formatDate(pack.published)}</time>
      </td>
      <td>
        {pack.installedAt ? (
          <time dateTime={pack.installedAt} title={formatDateTime(pack.installedAt)}>
            {formatDate(pack.installedAt)}
          </time>
        ) : (
          '—'
        )}
      </td>
      <td>
        <div class="row-actions">
          <button
            type="button"
            class="btn"
            aria-label={`Export JSON of ${pack.title}`}
            onClick={() => onExport(pack, 'pack')}
          >
            Export JSON
          </button>
          <button
            type="button"
            class="btn"
            aria-label={`Export ClaimReview of ${pack.title}`}
            title="schema.org ClaimReview JSON-LD"
            onClick={() => onExport(pack, 'claimreview')}
          >
            Export ClaimReview
          </button>
          {pack.bundled ? null : (
            <ConfirmButton
              label="Remove"
              ariaLabel={`Remove ${pack.title}`}
              question={`Remove “${pack.title}”?`}
              confirmLabel="Remove"
              testId="pack-remove"
              onConfirm={() => onRemove(pack)}
            />
          )}
        </div>
      </td>
    </tr>
  );
}
