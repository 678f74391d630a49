import { useCallback, useMemo, useState } from 'react';
import type { TagEdit } from '../../lib/edits/tags';
import { normalizeTag, tagKey } from '../../lib/tags';
import { TagItem } from './TagItem';
import { TagMergeForm } from './TagMergeForm';

const TAG_PAGE_SIZE = 100;

interface TagsPanelProps {
  /** Every tag with the number of papers carrying it, most used first; undefined while loading. */
  tags: readonly { tag: string; count: number }[] | undefined;
  busy: boolean;
  onEdit(edit: TagEdit): Promise<boolean>;
  onShowPapers(tag: string): void;
}

/** Lists every tag with its count, and renames, merges or deletes tags across the library. */
export function TagsPanel({ tags: loaded, busy, onEdit, onShowPapers }: TagsPanelProps) {
  const [find, setFind] = useState('');
  const [shown, setShown] = useState(TAG_PAGE_SIZE);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [renaming, setRenaming] = useState<string | null>(null);
  const tags = useMemo(() => loaded ?? [], [loaded]);

  const byKey = useMemo(() => new Map(tags.map(({ tag }) => [tagKey(tag), tag])), [tags]);
  const findTag = useCallback((name: string) => byKey.get(tagKey(name)), [byKey]);
  const matching = useMemo(() => {
    const key = tagKey(find);
    return key ? tags.filter(({ tag }) => tagKey(tag).includes(key)) : tags;
  }, [tags, find]);
  // Checked tags in list order, so the most used one comes first; tags deleted meanwhile drop out.
  const sources = useMemo(() => tags.filter(({ tag }) => checked.has(tagKey(tag))).map(({ tag }) => tag), [tags, checked]);

  function check(tag: string, on: boolean) {
    const next = new Set(checked);
    if (on) next.add(tagKey(tag));
    else next.delete(tagKey(tag));
    setChecked(next);
  }

  async function rename(from: string, to: string): Promise<boolean> {
    const done = await onEdit({ kind: 'rename', from, to });
    if (done) {
      setRenaming(null);
      if (checked.has(tagKey(from))) check(from, false);
    }
    return done;
  }

  async function merge(into: string): Promise<boolean> {
    const done = await onEdit({ kind: 'merge', sources, into });
    if (done) setChecked(new Set());
    return done;
  }

  const rest = matching.length - shown;
  return (
    <section aria-labelledby="tags-heading" className="panel">
      <h2 id="tags-heading">Tags</h2>
      {loaded === undefined ? (
        <p className="muted">Loading tags…</p>
      ) : tags.length === 0 ? (
        <p className="muted">No tags yet. Add tags to papers in the list above or on a paper page.</p>
      ) : (
        <>
          <p className="muted">
            Renaming a tag to the name of another tag merges them. Check several tags to merge them into one. Every change can be undone.
          </p>
          <input
            type="search"
            aria-label="Find tag"
            placeholder="Find tag"
            value={find}
            onChange={(event) => {
              setFind(event.target.value);
              setShown(TAG_PAGE_SIZE);
            }}
          />
          {sources.length > 0 && <TagMergeForm sources={sources} busy={busy} onMerge={merge} onClear={() => setChecked(new Set())} />}
          {matching.length === 0 && <p className="empty">No tag contains "{normalizeTag(find)}".</p>}
          <ul className="tag-list" aria-label="Tags">
            {matching.slice(0, shown).map(({ tag, count }) => (
              <TagItem
                key={tagKey(tag)}
                tag={tag}
                count={count}
                checked={checked.has(tagKey(tag))}
                renaming={renaming === tagKey(tag)}
                busy={busy}
                findTag={findTag}
                onCheck={(on) => check(tag, on)}
                onStartRename={() => setRenaming(tagKey(tag))}
                onCancelRename={() => setRenaming(null)}
                onRename={(to) => rename(tag, to)}
                onDelete={() => void onEdit({ kind: 'delete', tag })}
                onShowPapers={() => onShowPapers(tag)}
              />
            ))}
          </ul>
          {rest > 0 && (
            <button type="button" className="more" onClick={() => setShown(shown + TAG_PAGE_SIZE)}>
              Show {Math.min(TAG_PAGE_SIZE, rest)} more tags of {rest}
            </button>
          )}
        </>
      )}
    </section>
  );
}
