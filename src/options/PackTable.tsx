import type { PackSummary } from '../messages';
import { PackRow } from './PackRow';

interface PackTableProps {
  readonly packs: readonly PackSummary[];
  readonly onExport: (pack: PackSummary, as: 'pack' | 'claimreview') => void;
  readonly onRemove: (pack: PackSummary) => Promise<void>;
}

/** The installed packs; the table scrolls sideways on narrow windows (and can be scrolled by keyboard). */
export function PackTable({ packs, onExport, onRemove }: PackTableProps) {
  if (!packs.length)
    return (
      <p class="muted" data-testid="no-packs">
        No claim pack is installed, so nothing can be flagged. Import one, or reset to the bundled
        pack.
      </p>
    );
  return (
    <div class="table-wrap" role="region" aria-labelledby="packs-caption" tabIndex={0}>
      <table class="table pack-table" data-testid="pack-table">
        <caption id="packs-caption" class="sr-only">
          Installed claim packs
        </caption>
        <thead>
          <tr>
            <th scope="col">Pack</th>
            <th scope="col">ID</th>
            <th scope="col">Version</th>
            <th scope="col" class="num">
              Claims
            </th>
            <th scope="col">Published</th>
            <th scope="col">
              <span class="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {packs.map((pack) => (
            <PackRow key={pack.id} pack={pack} onExport={onExport} onRemove={onRemove} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
