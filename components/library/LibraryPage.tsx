import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { deleteAllPapers, deletePapers, editPapers, editTags } from '../../lib/db/edits';
import { listTags } from '../../lib/db/papers';
import type { BulkEdit } from '../../lib/edits/bulk';
import type { TagEdit } from '../../lib/edits/tags';
import { DEFAULT_FILTER, filterRecords, sortRecords, type LibraryFilter } from '../../lib/library-view';
import { isSaved, type PaperId, type PaperRecord } from '../../lib/paper';
import { LibrarySearch } from '../../lib/search';
import { useDatabase } from '../shared/useDatabase';
import { BulkActions } from './BulkActions';
import { describeBulkEdit, describeDeleteAll, describeRemoval, describeTagEdit } from './change-messages';
import { DeleteAllPanel } from './DeleteAllPanel';
import { ExportPanel } from './ExportPanel';
import { FilterBar } from './FilterBar';
import { ImportPanel } from './ImportPanel';
import { PAGE_SIZE, PaperList } from './PaperList';
import { PossibleDuplicates } from './PossibleDuplicates';
import { TagsPanel } from './TagsPanel';
import { UndoBar } from './UndoBar';
import { useLibraryChanges } from './useLibraryChanges';

const TAG_EDIT_FAILURES: Record<TagEdit['kind'], string> = {
  rename: 'rename the tag',
  merge: 'merge the tags',
  delete: 'delete the tag',
};

/** Reads `#q=...` and `#tag=...` links from the popup into the initial search and filter. */
function initialStateFromHash(hash: string): { query: string; filter: LibraryFilter } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { query: params.get('q') ?? '', filter: { ...DEFAULT_FILTER, tag: params.get('tag') ?? '' } };
}

/**
 * Renders the options page: the whole library with search, filters, editing, bulk and tag
 * management with undo, export, import and deleting the library.
 */
export function LibraryPage({ hash = '' }: { hash?: string }) {
  const db = useDatabase();
  const initial = useMemo(() => initialStateFromHash(hash), [hash]);
  const [query, setQuery] = useState(initial.query);
  const [filter, setFilter] = useState<LibraryFilter>(initial.filter);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focusUndo, setFocusUndo] = useState(0);
  const changes = useLibraryChanges();
  const { perform, setError } = changes;

  const records = useLiveQuery(() => db.papers.toArray(), [db]);
  const tags = useLiveQuery(() => listTags(db), [db]);

  const library = useMemo(() => records ?? [], [records]);
  // Sorting and the search index follow the library, not each keystroke: a keystroke only
  // scans the index and filters, and typing stays responsive while the list catches up.
  const sorted = useMemo(() => sortRecords(library, filter.sort), [library, filter.sort]);
  const search = useMemo(() => new LibrarySearch(sorted), [sorted]);
  const deferredQuery = useDeferredValue(query);
  const filtered = useMemo(
    () => filterRecords(search.search(deferredQuery), filter),
    [search, deferredQuery, filter],
  );
  // In library order, for exports; ids of papers deleted elsewhere stay in `selected` but drop out here.
  const selectedRecords = useMemo(() => library.filter((record) => selected.has(record.id)), [library, selected]);
  const savedCount = useMemo(() => library.filter(isSaved).length, [library]);
  const knownTags = useMemo(() => (tags ?? []).map(({ tag }) => tag), [tags]);

  const loadTags = useCallback(async () => (await listTags(db)).map(({ tag }) => tag), [db]);

  const onSelect = useCallback((id: PaperId, checked: boolean) => {
    setSelected((previous) => {
      const next = new Set(previous);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const remove = useCallback(
    async (ids: readonly PaperId[]) => {
      const done = await perform(ids.length === 1 ? 'remove the paper' : 'remove the papers', async (database) => {
        const change = await deletePapers(database, ids);
        return { change, message: describeRemoval(change.before.map((record) => record.title)) };
      });
      if (done) setSelected((previous) => new Set([...previous].filter((id) => !ids.includes(id))));
    },
    [perform],
  );

  const removeOne = useCallback((paper: PaperRecord) => void remove([paper.id]), [remove]);

  function editSelected(edit: BulkEdit): Promise<boolean> {
    const ids = selectedRecords.map((record) => record.id);
    return perform('edit the selected papers', async (database) => {
      const { change, skipped } = await editPapers(database, ids, edit);
      return { change, message: describeBulkEdit(edit, change.before.length, skipped.length) };
    });
  }

  function editTag(edit: TagEdit): Promise<boolean> {
    return perform(TAG_EDIT_FAILURES[edit.kind], async (database) => {
      const change = await editTags(database, edit);
      return { change, message: describeTagEdit(edit, change.before.length) };
    });
  }

  async function deleteAll(): Promise<boolean> {
    const done = await perform('delete the library', async (database) => {
      const change = await deleteAllPapers(database);
      return { change, message: describeDeleteAll(change.before.length) };
    });
    if (done) setSelected(new Set());
    return done;
  }

  function changeQuery(next: string) {
    setQuery(next);
    setShown(PAGE_SIZE);
  }

  function changeFilter(change: Partial<LibraryFilter>) {
    setFilter({ ...filter, ...change });
    setShown(PAGE_SIZE);
  }

  return (
    <div className="library">
      <header className="library-header">
        <h1>PaperShelf library</h1>
        <p className="muted">
          {records === undefined ? 'Loading…' : `${records.length} papers, ${savedCount} in the reading list. Stored only in this browser.`}
        </p>
      </header>

      <FilterBar query={query} filter={filter} tags={tags} onQuery={changeQuery} onFilter={changeFilter} />

      {/* Fixed to the bottom of the window, so the outcome of an action shows next to any panel. */}
      <div className="notices">
        <UndoBar
          undo={changes.undo}
          notice={changes.notice}
          busy={changes.busy}
          focusRequest={focusUndo}
          onUndo={() => void changes.undoLast()}
          onDismiss={changes.dismiss}
        />
        {changes.error && (
          <p role="alert" className="error">
            <span>{changes.error}</span>{' '}
            <button type="button" className="dismiss" aria-label="Dismiss error" onClick={() => setError('')}>
              ×
            </button>
          </p>
        )}
      </div>

      <section aria-label="Papers" className="papers">
        <div className="list-actions">
          <span>
            {filtered.length} shown{selectedRecords.length > 0 ? `, ${selectedRecords.length} selected` : ''}
          </span>
          <button type="button" onClick={() => setSelected(new Set(filtered.map((record) => record.id)))} disabled={filtered.length === 0}>
            Select all shown
          </button>
          <button type="button" onClick={() => setSelected(new Set())} disabled={selected.size === 0}>
            Clear selection
          </button>
        </div>
        <BulkActions
          selected={selectedRecords}
          knownTags={knownTags}
          busy={changes.busy}
          onEdit={editSelected}
          onRemove={() => void remove(selectedRecords.map((record) => record.id))}
        />
        <PaperList
          papers={filtered}
          libraryCount={records?.length}
          selected={selected}
          shown={shown}
          onShowMore={() => setShown(shown + PAGE_SIZE)}
          onSelect={onSelect}
          onRemove={removeOne}
          loadTags={loadTags}
          onError={setError}
        />
      </section>

      <TagsPanel tags={tags} busy={changes.busy} onEdit={editTag} onShowPapers={(tag) => changeFilter({ tag })} />
      <PossibleDuplicates records={records} />
      <ExportPanel all={library} filtered={filtered} selected={selectedRecords} />
      <ImportPanel />
      <DeleteAllPanel
        records={library}
        busy={changes.busy}
        onDeleteAll={deleteAll}
        onDeleted={() => setFocusUndo((count) => count + 1)}
      />
    </div>
  );
}
