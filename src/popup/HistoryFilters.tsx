import { useId } from 'preact/hooks';
import type { HistoryEntry } from '../messages';
import { sitesOf, type HistoryFilters as Filters, type VerdictFilter } from './history-filter';

interface HistoryFiltersProps {
  readonly entries: readonly HistoryEntry[];
  readonly filters: Filters;
  readonly onChange: (filters: Filters) => void;
}

/** Search box, verdict filter and site filter for the history. */
export function HistoryFilters({ entries, filters, onChange }: HistoryFiltersProps) {
  const id = useId();
  const sites = sitesOf(entries);
  return (
    <div class="filters" role="search" aria-label="Filter the history">
      <div class="field">
        <label class="field-label" for={`${id}-q`}>
          Search
        </label>
        <input
          id={`${id}-q`}
          class="input"
          type="search"
          placeholder="Title, site, address or reason"
          autocomplete="off"
          value={filters.query}
          data-testid="history-search"
          onInput={(event) => onChange({ ...filters, query: event.currentTarget.value })}
        />
      </div>
      <div class="filter-row">
        <div class="field">
          <label class="field-label" for={`${id}-v`}>
            Show
          </label>
          <select
            id={`${id}-v`}
            class="select"
            value={filters.verdict}
            data-testid="history-verdict"
            onChange={(event) =>
              onChange({ ...filters, verdict: event.currentTarget.value as VerdictFilter })
            }
          >
            <option value="all">All pages</option>
            <option value="contradicted">With contradictions</option>
            <option value="supported">With support</option>
          </select>
        </div>
        <div class="field">
          <label class="field-label" for={`${id}-s`}>
            Site
          </label>
          <select
            id={`${id}-s`}
            class="select"
            value={filters.site}
            data-testid="history-site"
            onChange={(event) => onChange({ ...filters, site: event.currentTarget.value })}
          >
            <option value="">All sites</option>
            {sites.map(({ site, count }) => (
              <option key={site} value={site}>
                {site} ({count})
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
