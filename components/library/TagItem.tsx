import { useId, useState, type KeyboardEvent } from 'react';
import { validateTagEdit } from '../../lib/edits/tags';
import { normalizeTag, tagKey } from '../../lib/tags';
import { countPapers } from './change-messages';

interface TagItemProps {
  tag: string;
  count: number;
  checked: boolean;
  renaming: boolean;
  busy: boolean;
  /** Stored spelling of the library tag with this name in any case, if there is one. */
  findTag(name: string): string | undefined;
  onCheck(checked: boolean): void;
  onStartRename(): void;
  onCancelRename(): void;
  onRename(to: string): Promise<boolean>;
  onDelete(): void;
  onShowPapers(): void;
}

/** Renders one tag of the Tags panel: its count, a checkbox for merging, rename in place and delete. */
export function TagItem(props: TagItemProps) {
  const { tag, count, checked, renaming, busy, onCheck, onStartRename, onDelete, onShowPapers } = props;
  return (
    <li className="tag-item">
      <input type="checkbox" aria-label={`Select tag ${tag}`} checked={checked} onChange={(event) => onCheck(event.target.checked)} />
      {renaming ? (
        <RenameForm {...props} />
      ) : (
        <>
          <button type="button" className="tag-name" aria-label={`Show papers tagged ${tag}`} onClick={onShowPapers}>
            {tag}
          </button>
          <span className="muted">{countPapers(count)}</span>
          <button type="button" aria-label={`Rename tag ${tag}`} disabled={busy} onClick={onStartRename}>
            Rename
          </button>
          <button type="button" aria-label={`Delete tag ${tag}`} disabled={busy} onClick={onDelete}>
            Delete
          </button>
        </>
      )}
    </li>
  );
}

function RenameForm({ tag, busy, findTag, onRename, onCancelRename }: TagItemProps) {
  const [draft, setDraft] = useState(tag);
  const hintId = useId();
  const invalid = validateTagEdit({ kind: 'rename', from: tag, to: draft });
  const existing = findTag(draft);
  const mergesWith = existing !== undefined && tagKey(existing) !== tagKey(tag) ? existing : undefined;
  const hint = invalid ?? (mergesWith ? `"${mergesWith}" already exists: the two tags will be merged as "${normalizeTag(draft)}".` : '');

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancelRename();
    }
  }

  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!invalid) void onRename(draft);
      }}
    >
      <input
        type="text"
        aria-label={`New name for tag ${tag}`}
        aria-describedby={hint ? hintId : undefined}
        autoFocus
        maxLength={100}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="submit" disabled={busy || invalid !== null}>
        Save name
      </button>
      <button type="button" onClick={onCancelRename}>
        Cancel
      </button>
      {hint && (
        <span id={hintId} className="muted">
          {hint}
        </span>
      )}
    </form>
  );
}
