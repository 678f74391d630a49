import type { PaperRecord } from '../paper';
import { normalizeTag, tagKey } from '../tags';
import { planUpdate, type PlannedUpdate } from './change';

/**
 * A change to one tag across the whole library. Renaming to the name of another tag
 * merges the two. After a rename or merge every affected paper carries the new name
 * spelled as given, including papers that had it before in another case.
 */
export type TagEdit =
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'merge'; sources: readonly string[]; into: string }
  | { kind: 'delete'; tag: string };

/** Tags whose papers an edit may change: the ones it replaces and the one it writes. */
export function tagsTouchedBy(edit: TagEdit): string[] {
  switch (edit.kind) {
    case 'rename':
      return [edit.from, edit.to];
    case 'merge':
      return [...edit.sources, edit.into];
    case 'delete':
      return [edit.tag];
  }
}

/**
 * Replaces every tag in `sources`, and the target itself in any case, by one `target` at
 * the position of the first tag replaced. Returns `tags` itself when nothing changes.
 */
export function replaceTags(tags: readonly string[], sources: readonly string[], target: string): readonly string[] {
  const spelled = normalizeTag(target);
  const replaced = new Set([...sources.map(tagKey), tagKey(spelled)]);
  const result: string[] = [];
  let placed = false;
  for (const tag of tags) {
    if (!replaced.has(tagKey(tag))) {
      result.push(tag);
    } else if (!placed) {
      result.push(spelled);
      placed = true;
    }
  }
  const unchanged = result.length === tags.length && result.every((tag, index) => tag === tags[index]);
  return unchanged ? tags : result;
}

/** Tags of one paper after the edit; `tags` itself when the edit does not change them. */
export function applyTagEdit(tags: readonly string[], edit: TagEdit): readonly string[] {
  switch (edit.kind) {
    case 'rename':
      return replaceTags(tags, [edit.from], edit.to);
    case 'merge':
      return replaceTags(tags, edit.sources, edit.into);
    case 'delete': {
      const key = tagKey(edit.tag);
      return tags.some((tag) => tagKey(tag) === key) ? tags.filter((tag) => tagKey(tag) !== key) : tags;
    }
  }
}

/** Returns why an edit cannot run, in words for the user, or null when it can. */
export function validateTagEdit(edit: TagEdit): string | null {
  switch (edit.kind) {
    case 'rename':
      if (!normalizeTag(edit.from)) return 'Choose a tag to rename.';
      if (!normalizeTag(edit.to)) return 'Enter a new name for the tag.';
      if (normalizeTag(edit.to) === normalizeTag(edit.from)) return 'The new name is the same as the old one.';
      return null;
    case 'merge':
      if (new Set(edit.sources.map(tagKey).filter(Boolean)).size < 2) return 'Select at least two tags to merge.';
      if (!normalizeTag(edit.into)) return 'Enter a name for the merged tag.';
      return null;
    case 'delete':
      return normalizeTag(edit.tag) ? null : 'Choose a tag to delete.';
  }
}

/** Plans a tag edit over the given records; only records whose tags change are written. */
export function planTagEdit(records: readonly PaperRecord[], edit: TagEdit, now: number): PlannedUpdate {
  return planUpdate(
    records,
    (record) => {
      const tags = applyTagEdit(record.tags, edit);
      return tags === record.tags ? record : { ...record, tags: [...tags] };
    },
    now,
  );
}
