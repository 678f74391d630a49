import { useMemo, useState } from 'react';
import type { PaperShelfDatabase } from '../../lib/db/database';
import { dismissCandidate, linkPapers, unlinkPapers } from '../../lib/db/links';
import { undoChange } from '../../lib/db/undo';
import { findDuplicateCandidates, findLinkedPairs, MATCH_REASON_LABELS } from '../../lib/duplicates';
import { changeSize, type LibraryChange } from '../../lib/edits/change';
import type { PaperId, PaperRecord } from '../../lib/paper';
import { citedId } from '../shared/cited-id';
import { PaperLink } from '../shared/PaperLink';
import { useDatabase } from '../shared/useDatabase';

type PairOperation = (db: PaperShelfDatabase, a: PaperId, b: PaperId) => Promise<LibraryChange>;

/** The last action of this panel, kept so Undo can revert it. */
interface UndoSlot {
  message: string;
  change: LibraryChange;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function PaperSummary({ paper }: { paper: PaperRecord }) {
  return (
    <div className="paper-main">
      <PaperLink paper={paper} />
      <p className="meta">
        <span className="muted">{citedId(paper)}</span>
        {paper.venue && <span className="muted">{paper.venue}</span>}
        {paper.authors[0] && <span>{paper.authors.length > 1 ? `${paper.authors[0]} et al.` : paper.authors[0]}</span>}
      </p>
    </div>
  );
}

/**
 * Lists pairs of papers that may be the same work, such as an arXiv preprint and its
 * published version, with why they match. Link records the pair as the same paper and
 * "Not the same paper" stops suggesting it. Neither merges the records. Linked pairs are
 * listed below with Unlink, and the last action can be undone. `records` is the whole library
 * from the page's live query, undefined while it loads: a second live query would read and
 * copy every record again after each change, 50,000 of them after a large import.
 */
export function PossibleDuplicates({ records }: { records: readonly PaperRecord[] | undefined }) {
  const db = useDatabase();
  const candidates = useMemo(() => (records ? findDuplicateCandidates(records) : undefined), [records]);
  const linked = useMemo(() => (records ? findLinkedPairs(records) : undefined), [records]);
  const [undo, setUndo] = useState<UndoSlot | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<void>, failure: string) {
    setBusy(true);
    setError('');
    try {
      await action();
    } catch (caught) {
      setError(`Could not ${failure}: ${reason(caught)}. The library is unchanged.`);
    } finally {
      setBusy(false);
    }
  }

  function act(operation: PairOperation, first: PaperRecord, second: PaperRecord, done: string, failure: string) {
    return run(async () => {
      const change = await operation(db, first.id, second.id);
      // Ids rather than titles, because the two titles are often the same.
      const message = `${done}: ${citedId(first)} and ${citedId(second)}.`;
      // Another view may have made the same change first, and then there is nothing to undo.
      setUndo(changeSize(change) > 0 ? { change, message } : null);
      setNotice(message);
    }, failure);
  }

  function undoLast() {
    const slot = undo;
    if (!slot) return;
    return run(async () => {
      const { kept } = await undoChange(db, slot.change);
      setUndo(null);
      setNotice(kept.length === 0 ? 'Undone.' : `Undone, except ${kept.length} changed since: ${kept.join(', ')}.`);
    }, 'undo');
  }

  const message = undo?.message ?? notice;
  return (
    <section id="duplicates" aria-labelledby="duplicates-heading" className="panel">
      <h2 id="duplicates-heading">Possible duplicates</h2>
      <p className="muted">
        Preprints and published versions that may be the same paper. Linking keeps both records and only notes that
        they are the same work.
      </p>

      <p aria-live="polite">
        {message}
        {undo && (
          <>
            {' '}
            <button type="button" disabled={busy} onClick={() => void undoLast()}>
              Undo
            </button>
          </>
        )}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}

      {candidates === undefined && <p>Loading…</p>}
      {candidates?.length === 0 && <p className="muted">No possible duplicates.</p>}
      {candidates && candidates.length > 0 && (
        <ul aria-label="Possible duplicates" className="duplicate-pairs">
          {candidates.map(({ first, second, reasons }) => (
            <li key={`${first.id} ${second.id}`} aria-label={`${first.title} and ${second.title}`} className="paper-row">
              <div className="paper-main">
                <PaperSummary paper={first} />
                <PaperSummary paper={second} />
                <p className="meta">Why: {reasons.map((match) => MATCH_REASON_LABELS[match]).join(', ')}</p>
                <div className="controls">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void act(linkPapers, first, second, 'Linked', 'link the papers')}
                  >
                    Link
                  </button>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void act(dismissCandidate, first, second, 'Marked as different papers', 'dismiss the pair')}
                  >
                    Not the same paper
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}

      <h3>Linked papers</h3>
      {linked?.length === 0 && <p className="muted">No linked papers.</p>}
      {linked && linked.length > 0 && (
        <ul aria-label="Linked papers" className="duplicate-pairs">
          {linked.map(({ first, second }) => (
            <li key={`${first.id} ${second.id}`} aria-label={`${first.title} and ${second.title}`} className="paper-row">
              <div className="paper-main">
                <PaperSummary paper={first} />
                <PaperSummary paper={second} />
                <div className="controls">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void act(unlinkPapers, first, second, 'Unlinked', 'unlink the papers')}
                  >
                    Unlink
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
