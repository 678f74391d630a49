import { SORT_ORDERS, type LibraryFilter, type SortOrder, type StatusFilter } from '../../lib/library-view';
import { READING_STATUSES, STATUS_LABELS } from '../../lib/paper';

const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'any', label: 'Any' },
  { value: 'saved', label: 'In reading list' },
  ...READING_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
  { value: 'unsaved', label: 'Not in reading list' },
];

interface FilterBarProps {
  query: string;
  filter: LibraryFilter;
  tags: readonly { tag: string; count: number }[] | undefined;
  onQuery(query: string): void;
  onFilter(change: Partial<LibraryFilter>): void;
}

/** Renders the search box and the tag, status and sort choices above the list. */
export function FilterBar({ query, filter, tags, onQuery, onFilter }: FilterBarProps) {
  return (
    <div className="filters" role="search">
      <input
        type="search"
        aria-label="Search library"
        placeholder="Search titles, authors, tags, notes"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
      />
      <label>
        Tag{' '}
        <select aria-label="Filter by tag" value={filter.tag} onChange={(event) => onFilter({ tag: event.target.value })}>
          <option value="">All tags</option>
          {filter.tag && !tags?.some(({ tag }) => tag === filter.tag) && <option value={filter.tag}>{filter.tag}</option>}
          {tags?.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {tag} ({count})
            </option>
          ))}
        </select>
      </label>
      <label>
        Status{' '}
        <select aria-label="Filter by status" value={filter.status} onChange={(event) => onFilter({ status: event.target.value as StatusFilter })}>
          {STATUS_FILTERS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort{' '}
        <select aria-label="Sort by" value={filter.sort} onChange={(event) => onFilter({ sort: event.target.value as SortOrder })}>
          {Object.entries(SORT_ORDERS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
