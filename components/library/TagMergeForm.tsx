import { useState } from 'react';
import { validateTagEdit } from '../../lib/edits/tags';

interface TagMergeFormProps {
  /** Spellings of the checked tags, most used first. */
  sources: readonly string[];
  busy: boolean;
  onMerge(into: string): Promise<boolean>;
  onClear(): void;
}

/** Merges the checked tags into one; the name defaults to the most used of them. */
export function TagMergeForm({ sources, busy, onMerge, onClear }: TagMergeFormProps) {
  // null until the user types, so the default follows the checked tags.
  const [draft, setDraft] = useState<string | null>(null);
  const into = draft ?? sources[0] ?? '';
  const invalid = validateTagEdit({ kind: 'merge', sources, into });

  return (
    <form
      className="merge-form"
      aria-label="Merge tags"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!invalid && (await onMerge(into))) setDraft(null);
      }}
    >
      <span>
        {sources.length} {sources.length === 1 ? 'tag' : 'tags'} selected
      </span>
      <label>
        Merge into{' '}
        <input type="text" aria-label="Merged tag name" maxLength={100} value={into} onChange={(event) => setDraft(event.target.value)} />
      </label>
      <button type="submit" disabled={busy || invalid !== null}>
        {sources.length === 1 ? 'Merge 1 tag' : `Merge ${sources.length} tags`}
      </button>
      <button
        type="button"
        onClick={() => {
          setDraft(null);
          onClear();
        }}
      >
        Clear tag selection
      </button>
      {invalid && <span className="muted">{invalid}</span>}
    </form>
  );
}
