import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { readLibrarySummary, readRecent, repairSummary } from '../../lib/db/summary';
import type { PaperRecord } from '../../lib/paper';
import { READING_STATUSES, STATUS_LABELS, isSaved } from '../../lib/reading-list';
import { log } from '../../lib/log';
import { LibrarySearch } from '../../lib/search';
import { PaperLink } from '../shared/PaperLink';
import { readCachedSummary, writeCachedSummary, type CachedPaper } from './summary-cache';
import { useDatabase } from '../shared/useDatabase';

const MAX_RESULTS = 20;

interface PopupProps {
  /** URL of the options page, where the whole library and export live. */
  libraryUrl: string;
}

/** Renders the toolbar popup: counts, recent saves, top tags and a search over the whole library. */
export function Popup({ libraryUrl }: PopupProps) {
  const db = useDatabase();
  const [query, setQuery] = useState('');
  // Two queries, so the counts show before the recent saves are read. Until each has
  // returned, the popup shows what it showed last time.
  const [cached] = useState(readCachedSummary);
  const overview = useLiveQuery(() => readLibrarySummary(db), [db]);
  const freshRecent = useLiveQuery(() => readRecent(db), [db]);
  const counts = overview?.counts ?? cached;
  const recent = freshRecent ?? cached?.recent;
  const topTags = overview?.topTags ?? cached?.topTags;

  useEffect(() => {
    // The figures were recounted because the stored summary was missing or invalid: store them.
    if (!overview || overview.stored) return;
    log.warn('popup', 'the stored library summary was missing or invalid, so it was recounted from the indexes');
    repairSummary(db).catch((error: unknown) => log.error('popup', 'storing the recounted library summary failed', error));
  }, [db, overview]);

  useEffect(() => {
    if (overview && freshRecent) {
      writeCachedSummary({ ...overview.counts, recent: freshRecent, topTags: overview.topTags });
    }
  }, [overview, freshRecent]);
  // The whole library is read only once the user searches, so the popup opens fast.
  const searching = query.trim() !== '';
  const records = useLiveQuery(async () => (searching ? await db.papers.toArray() : undefined), [db, searching]);
  const search = useMemo(() => (records ? new LibrarySearch(records) : undefined), [records]);
  const results = query.trim() && search ? search.search(query) : undefined;

  return (
    <main className="popup">
      <header>
        <h1>PaperShelf</h1>
      </header>
      <dl className="counts" aria-label="Reading list counts">
        <div>
          <dt>Saved</dt>
          <dd>{counts?.saved ?? '…'}</dd>
        </div>
        {READING_STATUSES.map((status) => (
          <div key={status}>
            <dt>{STATUS_LABELS[status]}</dt>
            <dd>{counts?.byStatus[status] ?? '…'}</dd>
          </div>
        ))}
      </dl>
      <input
        type="search"
        aria-label="Search library"
        placeholder="Search titles, authors, tags, notes"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {results ? (
        <section aria-label="Search results">
          <h2>
            {results.length} {results.length === 1 ? 'match' : 'matches'}
          </h2>
          <PaperList papers={results.slice(0, MAX_RESULTS)} />
          {results.length > MAX_RESULTS && (
            <p>
              <a href={`${libraryUrl}#q=${encodeURIComponent(query)}`} target="_blank" rel="noreferrer">
                See all {results.length} in the library
              </a>
            </p>
          )}
        </section>
      ) : (
        <>
          <section aria-label="Recent saves">
            <h2>Recent saves</h2>
            {recent && recent.length === 0 ? (
              <p className="empty">Nothing saved yet. Use the Save button next to a paper on Hugging Face or arXiv.</p>
            ) : (
              <PaperList papers={recent ?? []} />
            )}
          </section>
          {topTags && topTags.length > 0 && (
            <section aria-label="Top tags">
              <h2>Top tags</h2>
              <ul className="top-tags">
                {topTags.map(({ tag, count }) => (
                  <li key={tag}>
                    <a href={`${libraryUrl}#tag=${encodeURIComponent(tag)}`} target="_blank" rel="noreferrer">
                      {tag}
                    </a>{' '}
                    <span className="count">{count}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <footer>
        <a href={libraryUrl} target="_blank" rel="noreferrer">
          Open library
        </a>
        <a href={`${libraryUrl}#export`} target="_blank" rel="noreferrer">
          Export
        </a>
      </footer>
    </main>
  );
}

function PaperList({ papers }: { papers: readonly (PaperRecord | CachedPaper)[] }) {
  return (
    <ol className="papers">
      {papers.map((paper) => (
        <li key={paper.id}>
          <PaperLink paper={paper} />
          <span className="status">{isSaved(paper) ? STATUS_LABELS[paper.status] : 'Not in reading list'}</span>
        </li>
      ))}
    </ol>
  );
}
