import type { PackSummary } from '../messages';
import { ConfirmButton } from '../ui/ConfirmButton';
import { formatDate, formatDateTime } from '../ui/format';

interface PackRowProps {
  readonly pack: PackSummary;
  readonly onExport: (pack: PackSummary, as: 'pack' | 'claimreview') => void;
  readonly onRemove: (pack: PackSummary) => Promise<void>;
}

/** One installed pack: what it is, who vouches for it, and export or remove it. */
export function PackRow({ pack, onExport, onRemove }: PackRowProps) {
  return (
    <tr data-testid="pack-row" data-pack-id={pack.id}>
      <th scope="row" class="pack-title">
        <span>{pack.title}</span>{' '}
        {pack.bundled ? (
          <span class="badge" title="Vetted: checked against the claims brief's sources">
            Bundled
          </span>
        ) : (
          <span class="badge badge-imported" title="Imported: not vetted by this project">
            Imported
          </span>
        )}
      </th>
      <td class="pack-id">
        <code>{pack.id}</code>
      </td>
      <td class="nowrap">{pack.version}</td>
      <td class="num">{pack.claims}</td>
      <td class="nowrap">
        <time dateTime={pack.published}>{formatDate(pack.published)}</time>
        {pack.installedAt ? (
          <span class="pack-installed hint">
            installed{' '}
            <time dateTime={pack.installedAt} title={formatDateTime(pack.installedAt)}>
              {formatDate(pack.installedAt)}
            </time>
          </span>
        ) : null}
      </td>
      <td>
        <div class="row-actions">
          <span class="row-actions-label" aria-hidden="true">
            Export
          </span>
          <button
            type="button"
            class="btn"
            aria-label={`Export JSON of ${pack.title}`}
            title="Our pack format"
            onClick={() => onExport(pack, 'pack')}
          >
            JSON
          </button>
          <button
            type="button"
            class="btn"
            aria-label={`Export ClaimReview of ${pack.title}`}
            title="schema.org ClaimReview JSON-LD"
            onClick={() => onExport(pack, 'claimreview')}
          >
            ClaimReview
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
