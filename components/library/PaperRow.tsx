import { memo, useState } from 'react';
import { addPaperTag, removePaperTag, setNote, setSaved, setStatus } from '../../lib/db/papers';
import { isSaved, type PaperId, type PaperRecord } from '../../lib/paper';
import { NoteEditor } from '../bar/NoteEditor';
import { StatusSelect } from '../bar/StatusSelect';
import { TagEditor } from '../bar/TagEditor';
import { citedId } from '../shared/cited-id';
import { PaperLink } from '../shared/PaperLink';
import { useDatabase } from '../shared/useDatabase';

const SHOWN_AUTHORS = 4;

interface PaperRowProps {
  paper: PaperRecord;
  selected: boolean;
  onSelect(id: PaperId, selected: boolean): void;
  onRemove(paper: PaperRecord): void;
  loadTags(): Promise<string[]>;
  onError(message: string): void;
}

function formatDate(epochMs: number | undefined): string {
  return epochMs === undefined ? '' : new Date(epochMs).toLocaleDateString('en-CA');
}

/**
 * One paper in the library table, with the same editing controls as the bar on a page.
 * Memoised: the page passes callbacks that keep their identity, so changing the selection
 * or one paper re-renders only the rows whose props changed.
 */
export const PaperRow = memo(function PaperRow({ paper, selected, onSelect, onRemove, loadTags, onError }: PaperRowProps) {
  const db = useDatabase();
  const [noteOpen, setNoteOpen] = useState(false);
  const saved = isSaved(paper);

  function run(action: () => Promise<unknown>): Promise<void> {
    return action().then(
      () => undefined,
      (error: unknown) => onError(`Could not update "${paper.title}": ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  const authors =
    paper.authors.length > SHOWN_AUTHORS
      ? `${paper.authors.slice(0, SHOWN_AUTHORS).join(', ')} et al.`
      : paper.authors.join(', ');

  return (
    <article className="paper-row" aria-label={paper.title}>
      <input
        type="checkbox"
        aria-label={`Select ${paper.title}`}
        checked={selected}
        onChange={(event) => onSelect(paper.id, event.target.checked)}
      />
      <div className="paper-main">
        <h3>
          <PaperLink paper={paper} />
        </h3>
        <p className="meta">
          {authors && <span>{authors}</span>}
          <span className="muted">{citedId(paper)}</span>
          {saved ? <span className="muted">saved {formatDate(paper.savedAt)}</span> : <span className="muted">not in reading list</span>}
        </p>
        <div className="controls">
          <button type="button" aria-pressed={saved} aria-label="Save to reading list" onClick={() => void run(() => setSaved(db, paper.id, !saved))}>
            {saved ? '★ Saved' : '☆ Save'}
          </button>
          <StatusSelect value={paper.status} onChange={(status) => void run(() => setStatus(db, paper.id, status))} />
          <TagEditor
            tags={paper.tags}
            onAdd={(tag) => run(() => addPaperTag(db, paper.id, tag))}
            onRemove={(tag) => run(() => removePaperTag(db, paper.id, tag))}
            loadSuggestions={loadTags}
          />
          <button type="button" aria-label="Edit note" aria-expanded={noteOpen} onClick={() => setNoteOpen(!noteOpen)}>
            {paper.note ? 'Note ✎' : 'Note +'}
          </button>
          <button type="button" className="remove" aria-label={`Remove ${paper.title}`} onClick={() => onRemove(paper)}>
            Remove
          </button>
        </div>
        {noteOpen && <NoteEditor note={paper.note} onSave={(note) => run(() => setNote(db, paper.id, note))} />}
        {!noteOpen && paper.note && <p className="note-preview">{paper.note}</p>}
      </div>
    </article>
  );
});
