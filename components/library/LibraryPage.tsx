import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { listTags, removePapers, restorePapers } from '../../lib/db/papers';
import { applyFilter, DEFAULT_FILTER, SORT_ORDERS, type LibraryFilter, type SortOrder, type StatusFilter } from '../../lib/library-view';
import { READING_STATUSES, STATUS_LABELS, isSaved, type PaperRecord } from '../../lib/paper';
import { LibrarySearch } from '../../lib/search';
import { useDatabase } from '../shared/useDatabase';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { PaperRow } from './PaperRow';

const PAGE_SIZE = 100;

const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'any', label: 'Any' },
  { value: 'saved', label: 'In reading list' },
  ...READING_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
  { value: 'unsaved', label: 'Not in reading list' },
];

/** Reads `#q=...` and `#tag=...` links from the popup into the initial search and filter. */
function initialStateFromHash(hash: string): { query: string; filter: LibraryFilter } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { query: params.get('q') ?? '', filter: { ...DEFAULT_FILTER, tag: params.get('tag') ?? '' } };
}

/** The options page: the whole library with search, filters, editing, removal with undo, export and import. */
export function LibraryPage({ hash = '' }: { hash?: string }) {
  const db = useDatabase();
  const initial = useMemo(() => initialStateFromHash(hash), [hash]);
  const [query, setQuery] = useState(initial.query);
  const [filter, setFilter] = useState<LibraryFilter>(initial.filter);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<{ records: PaperRecord[]; message: string } | null>(null);
  const [error, setError] = useState('');

  const records = useLiveQuery(() => db.papers.toArray(), [db]);
  const tags = useLiveQuery(() => listTags(db), [db]);
  const search = useMemo(() => new LibrarySearch(records ?? []), [records]);
  const filtered = useMemo(() => applyFilter(search.search(query), filter), [search, query, filter]);
  const selectedRecords = useMemo(() => (records ?? []).filter((record) => selected.has(record.id)), [records, selected]);

  async function remove(ids: string[]) {
    const removed = await removePapers(db, ids);
    setSelected(new Set([...selected].filter((id) => !ids.includes(id))));
    const what = removed.length === 1 ? `"${removed[0]!.title}"` : `${removed.length} papers`;
    setUndo({ records: removed, message: `Removed ${what}.` });
  }

  async function undoRemove() {
    if (!undo) return;
    await restorePapers(db, undo.records);
    setUndo(null);
  }

  function update(change: Partial<LibraryFilter>) {
    setFilter({ ...filter, ...change });
    setShown(PAGE_SIZE);
  }

  const loadTags = async () => (await listTags(db)).map(({ tag }) => tag);
  const savedCount = records?.filter(isSaved).length ?? 0;

  return (
    <div className="library">
      <header className="library-header">
        <h1>PaperShelf library</h1>
        <p className="muted">
          {records === undefined ? 'Loading…' : `${records.length} papers, ${savedCount} in the reading list. Stored only in this browser.`}
        </p>
      </header>

      <div className="filters" role="search">
        <input
          type="search"
          aria-label="Search library"
          placeholder="Search titles, authors, tags, notes"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setShown(PAGE_SIZE);
          }}
        />
        <label>
          Tag{' '}
          <select aria-label="Filter by tag" value={filter.tag} onChange={(event) => update({ tag: event.target.value })}>
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
          <select aria-label="Filter by status" value={filter.status} onChange={(event) => update({ status: event.target.value as StatusFilter })}>
            {STATUS_FILTERS.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort{' '}
          <select aria-label="Sort by" value={filter.sort} onChange={(event) => update({ sort: event.target.value as SortOrder })}>
            {Object.entries(SORT_ORDERS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>

      {undo && (
        <div className="undo" role="status">
          {undo.message}{' '}
          <button type="button" onClick={() => void undoRemove()}>
            Undo
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}

      <section aria-label="Papers" className="papers">
        <div className="list-actions">
          <span>
            {filtered.length} shown{selected.size > 0 ? `, ${selected.size} selected` : ''}
          </span>
          <button type="button" onClick={() => setSelected(new Set(filtered.map((record) => record.id)))} disabled={filtered.length === 0}>
            Select all shown
          </button>
          <button type="button" onClick={() => setSelected(new Set())} disabled={selected.size === 0}>
            Clear selection
          </button>
          <button type="button" onClick={() => void remove([...selected])} disabled={selected.size === 0}>
            Remove selected
          </button>
        </div>
        {records !== undefined && filtered.length === 0 && (
          <p className="empty">{records.length === 0 ? 'The library is empty. Save papers from Hugging Face or arXiv pages, or import a file.' : 'No papers match.'}</p>
        )}
        {filtered.slice(0, shown).map((paper) => (
          <PaperRow
            key={paper.id}
            paper={paper}
            selected={selected.has(paper.id)}
            onSelect={(checked) => {
              const next = new Set(selected);
              if (checked) next.add(paper.id);
              else next.delete(paper.id);
              setSelected(next);
            }}
            onRemove={() => void remove([paper.id])}
            loadTags={loadTags}
            onError={setError}
          />
        ))}
        {filtered.length > shown && (
          <button type="button" className="more" onClick={() => setShown(shown + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, filtered.length - shown)} more of {filtered.length - shown}
          </button>
        )}
      </section>

      <ExportPanel all={records ?? []} filtered={filtered} selected={selectedRecords} />
      <ImportPanel />
    </div>
  );
}
