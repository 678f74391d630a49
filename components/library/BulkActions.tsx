import { useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react';
import type { BulkEdit } from '../../lib/edits/bulk';
import { READING_STATUSES, ReadingStatusSchema, STATUS_LABELS, type PaperRecord, type ReadingStatus } from '../../lib/paper';
import { countTags, normalizeTag, tagKey } from '../../lib/tags';
import { countPapers } from './change-messages';

interface BulkActionsProps {
  selected: readonly PaperRecord[];
  /** Every tag in the library, offered while typing a tag to add. */
  knownTags: readonly string[];
  busy: boolean;
  onEdit(edit: BulkEdit): Promise<boolean>;
  onRemove(): void;
}

/** Edits every selected paper at once: tags, status, reading list and removal, each undoable. */
export function BulkActions({ selected, knownTags, busy, onEdit, onRemove }: BulkActionsProps) {
  const [tagToAdd, setTagToAdd] = useState('');
  const [tagToRemove, setTagToRemove] = useState('');
  const [status, setStatus] = useState<ReadingStatus>('read');
  const suggestionsId = useId();

  // Counting the tags of a large selection takes tens of milliseconds, so it lags behind the checkboxes.
  const deferredSelected = useDeferredValue(selected);
  const selectedTags = useMemo(() => countTags(deferredSelected.map((record) => record.tags)), [deferredSelected]);
  // Fall back to the most used tag of the selection when the chosen one is no longer on any selected paper.
  const removable = selectedTags.find(({ tag }) => tagKey(tag) === tagKey(tagToRemove))?.tag ?? selectedTags[0]?.tag ?? '';
  const disabled = busy || selected.length === 0;

  async function addTag(event: FormEvent) {
    event.preventDefault();
    if (await onEdit({ kind: 'add-tag', tag: tagToAdd })) setTagToAdd('');
  }

  return (
    <fieldset className="bulk-actions" disabled={disabled}>
      <legend>{selected.length === 0 ? 'Select papers to edit them together' : `Edit ${countPapers(selected.length)} at once`}</legend>

      <form onSubmit={(event) => void addTag(event)}>
        <input
          type="text"
          aria-label="Tag to add to selected papers"
          placeholder="Tag"
          list={suggestionsId}
          maxLength={100}
          value={tagToAdd}
          onChange={(event) => setTagToAdd(event.target.value)}
        />
        <datalist id={suggestionsId}>
          {knownTags.map((tag) => (
            <option key={tagKey(tag)} value={tag} />
          ))}
        </datalist>
        <button type="submit" disabled={!normalizeTag(tagToAdd)}>
          Add tag to selected
        </button>
      </form>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onEdit({ kind: 'remove-tag', tag: removable });
        }}
      >
        <select aria-label="Tag to remove from selected papers" value={removable} onChange={(event) => setTagToRemove(event.target.value)}>
          {selectedTags.length === 0 && <option value="">No tags</option>}
          {selectedTags.map(({ tag, count }) => (
            <option key={tagKey(tag)} value={tag}>
              {tag} ({count})
            </option>
          ))}
        </select>
        <button type="submit" disabled={!removable}>
          Remove tag from selected
        </button>
      </form>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onEdit({ kind: 'set-status', status });
        }}
      >
        <select aria-label="Status for selected papers" value={status} onChange={(event) => setStatus(ReadingStatusSchema.parse(event.target.value))}>
          {READING_STATUSES.map((option) => (
            <option key={option} value={option}>
              {STATUS_LABELS[option]}
            </option>
          ))}
        </select>
        <button type="submit">Set status of selected</button>
      </form>

      <button type="button" onClick={() => void onEdit({ kind: 'set-saved', saved: true })}>
        Add selected to reading list
      </button>
      <button type="button" onClick={() => void onEdit({ kind: 'set-saved', saved: false })}>
        Remove selected from reading list
      </button>
      <button type="button" className="remove" onClick={onRemove}>
        Remove selected
      </button>
    </fieldset>
  );
}
