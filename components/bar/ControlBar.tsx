import { useState } from 'react';
import type { PaperSighting } from '../../lib/messages';
import type { PaperState } from '../../lib/paper';
import { useBarActions } from './actions';
import { NoteEditor } from './NoteEditor';
import { StatusSelect } from './StatusSelect';
import { TagEditor } from './TagEditor';

interface ControlBarProps {
  paper: PaperSighting;
  state: PaperState;
}

/** Renders the save, status, tag and note controls for one paper on a page. */
export function ControlBar({ paper, state }: ControlBarProps) {
  const actions = useBarActions();
  const [noteOpen, setNoteOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  function run(action: () => Promise<void>): Promise<void> {
    setError(null);
    return action().catch((failure: unknown) => {
      setError(failure instanceof Error ? failure.message : String(failure));
    });
  }

  const title = paper.metadata.title;
  return (
    <div role="group" aria-label={`PaperShelf: ${title}`} className="bar" data-saved={state.saved}>
      <button
        type="button"
        className="save"
        aria-label="Save to reading list"
        aria-pressed={state.saved}
        title={state.saved ? 'Saved: press to remove from the reading list' : 'Save to reading list'}
        onClick={() => void run(() => actions.setSaved(paper, !state.saved))}
      >
        <span aria-hidden="true">{state.saved ? '★' : '☆'}</span> {state.saved ? 'Saved' : 'Save'}
      </button>
      <StatusSelect
        className="status"
        value={state.status}
        onChange={(status) => void run(() => actions.setStatus(paper, status))}
      />
      <TagEditor
        tags={state.tags}
        onAdd={(tag) => run(() => actions.addTag(paper, tag))}
        onRemove={(tag) => run(() => actions.removeTag(paper.metadata.id, tag))}
        loadSuggestions={() => actions.listTags()}
      />
      <button
        type="button"
        className="note-toggle"
        aria-label="Edit note"
        aria-expanded={noteOpen}
        title={state.note ? 'Edit note' : 'Add a note'}
        onClick={() => setNoteOpen(!noteOpen)}
      >
        {state.note ? 'Note ✎' : 'Note +'}
      </button>
      <button
        type="button"
        className="copy"
        aria-label="Copy BibTeX"
        title="Copy this paper's BibTeX entry"
        onClick={() =>
          void run(async () => {
            await actions.copyBibtex(paper);
            setCopied(true);
          })
        }
        onBlur={() => setCopied(false)}
      >
        {copied ? 'Copied' : 'BibTeX'}
      </button>
      {noteOpen && (
        <NoteEditor note={state.note} onSave={(note) => run(() => actions.setNote(paper, note))} />
      )}
      {error && (
        <span role="alert" className="error">
          PaperShelf could not store this change: {error}
        </span>
      )}
    </div>
  );
}
