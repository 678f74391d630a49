import { useId, useState, type KeyboardEvent } from 'react';
import { normalizeTag, suggestTags, tagKey } from '../../lib/tags';

interface TagEditorProps {
  tags: readonly string[];
  onAdd(tag: string): Promise<void>;
  onRemove(tag: string): Promise<void>;
  loadSuggestions(): Promise<string[]>;
}

const MAX_SUGGESTIONS = 6;

/**
 * The paper's tags as removable chips and a text box that adds one on Enter. Tags already
 * in the library are suggested in a list below the box: arrow keys pick one, Enter adds it.
 * A datalist would turn the box into a combobox, and the box must stay a plain text box.
 */
export function TagEditor({ tags, onAdd, onRemove, loadSuggestions }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const [known, setKnown] = useState<string[] | null>(null);
  const [active, setActive] = useState(-1);
  const [focused, setFocused] = useState(false);
  const listId = useId();

  const own = new Set(tags.map(tagKey));
  const suggestions =
    focused && normalizeTag(draft)
      ? suggestTags((known ?? []).filter((tag) => !own.has(tagKey(tag))), draft, MAX_SUGGESTIONS)
      : [];

  async function add(raw: string) {
    const tag = normalizeTag(raw);
    if (!tag) return;
    setDraft('');
    setActive(-1);
    await onAdd(tag);
    setKnown(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void add(suggestions[active] ?? draft);
    } else if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      setActive((active + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault();
      setActive(active <= 0 ? suggestions.length - 1 : active - 1);
    } else if (event.key === 'Escape') {
      setActive(-1);
      setDraft('');
    }
  }

  function onFocus() {
    setFocused(true);
    if (known === null) void loadSuggestions().then(setKnown, () => setKnown([]));
  }

  const activeId = active >= 0 && active < suggestions.length ? `${listId}-${active}` : undefined;
  return (
    <span className="tags">
      {tags.map((tag) => (
        <span className="tag" key={tagKey(tag)}>
          <span className="tag-text">{tag}</span>
          <button
            type="button"
            className="tag-remove"
            aria-label={`Remove tag ${tag}`}
            title={`Remove tag ${tag}`}
            onClick={() => void onRemove(tag)}
          >
            ×
          </button>
        </span>
      ))}
      <span className="tag-field">
        <input
          type="text"
          className="tag-input"
          aria-label="Add tag"
          placeholder="Add tag"
          autoComplete="off"
          aria-controls={suggestions.length > 0 ? listId : undefined}
          aria-activedescendant={activeId}
          value={draft}
          maxLength={100}
          onChange={(event) => {
            setDraft(event.target.value);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={() => setFocused(false)}
        />
        {suggestions.length > 0 && (
          <ul className="suggestions" id={listId} role="listbox" aria-label="Tag suggestions">
            {suggestions.map((tag, index) => (
              <li
                key={tagKey(tag)}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                // mousedown, not click, so the text box keeps focus and the list stays open.
                onMouseDown={(event) => {
                  event.preventDefault();
                  void add(tag);
                }}
              >
                {tag}
              </li>
            ))}
          </ul>
        )}
      </span>
    </span>
  );
}
