/** Trims a tag and collapses inner whitespace; returns '' for a blank tag. */
export function normalizeTag(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').slice(0, 100);
}

/** Key that decides whether two tags are the same tag: compared case-insensitively. */
export function tagKey(tag: string): string {
  return normalizeTag(tag).toLocaleLowerCase('en');
}

/** Adds a tag unless a tag with the same key is present; keeps the existing spelling. */
export function addTag(tags: readonly string[], raw: string): string[] {
  const tag = normalizeTag(raw);
  if (!tag) return [...tags];
  const key = tagKey(tag);
  return tags.some((existing) => tagKey(existing) === key) ? [...tags] : [...tags, tag];
}

export function removeTag(tags: readonly string[], raw: string): string[] {
  const key = tagKey(raw);
  return tags.filter((existing) => tagKey(existing) !== key);
}

/** Tags ordered by use, most used first, then alphabetically. */
export function countTags(tagLists: Iterable<readonly string[]>): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const tags of tagLists) {
    for (const tag of tags) {
      const key = tagKey(tag);
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { tag, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Suggestions for a partly typed tag: known tags that start with it, then ones that contain it. */
export function suggestTags(known: readonly string[], typed: string, limit = 8): string[] {
  const key = tagKey(typed);
  if (!key) return known.slice(0, limit);
  const starts = known.filter((tag) => tagKey(tag).startsWith(key));
  const contains = known.filter((tag) => !tagKey(tag).startsWith(key) && tagKey(tag).includes(key));
  return [...starts, ...contains].slice(0, limit);
}
