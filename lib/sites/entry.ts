import { PaperMetadataSchema, type PaperMetadata, type PaperMetadataInput } from '../paper';
import type { PaperEntry, PaperLocation } from './types';

type Issue = { path: readonly PropertyKey[] };

/**
 * Checks a title against the metadata schema, for entries whose title is read before the
 * rest: an invalid title makes the whole entry invalid.
 */
export function isValidTitle(title: string): boolean {
  return PaperMetadataSchema.shape.title.safeParse(title).success;
}

/** Fields without which an entry is useless, so an invalid value drops the whole entry. */
const REQUIRED_FIELDS = new Set<PropertyKey>(['id', 'title']);

/**
 * Removes the parts of `metadata` that the issues point at: one array item (an
 * over-long author name), one link, or one optional field (an over-long abstract).
 * Returns null when a required field is invalid.
 */
function dropInvalidParts(metadata: PaperMetadataInput, issues: readonly Issue[]): PaperMetadataInput | null {
  const copy: Record<string, unknown> = { ...metadata, links: { ...metadata.links } };
  const dropIndexes = new Map<string, Set<number>>();

  for (const { path } of issues) {
    const [field, child] = path;
    if (field === undefined || REQUIRED_FIELDS.has(field)) return null;
    const key = String(field);
    if (typeof child === 'number' && Array.isArray(copy[key])) {
      dropIndexes.set(key, (dropIndexes.get(key) ?? new Set()).add(child));
    } else if (key === 'links' && child !== undefined) {
      delete (copy.links as Record<string, unknown>)[String(child)];
    } else {
      delete copy[key];
    }
  }

  for (const [key, indexes] of dropIndexes) {
    const items = copy[key];
    if (Array.isArray(items)) copy[key] = items.filter((_, index) => !indexes.has(index));
  }
  return copy as PaperMetadataInput;
}

/**
 * Builds a validated entry. Values that break PaperMetadataSchema are dropped one
 * by one, so an odd author name costs that name and not the paper. Returns null
 * when the id or the title is missing or invalid.
 */
export function toPaperEntry(metadata: PaperMetadataInput, anchor: Element): PaperEntry | null {
  let result = PaperMetadataSchema.safeParse(metadata);
  if (!result.success) {
    const repaired = dropInvalidParts(metadata, result.error.issues);
    if (!repaired) return null;
    result = PaperMetadataSchema.safeParse(repaired);
    if (!result.success) return null;
  }
  const parsed: PaperMetadata = result.data;
  return { metadata: parsed, anchor };
}

/** Collects the entries that could be built, in order. */
export function compactEntries(entries: readonly (PaperEntry | null)[]): PaperEntry[] {
  return entries.filter((entry): entry is PaperEntry => entry !== null);
}

/** Wraps an entry whose metadata was read already. */
export function locatedEntry(entry: PaperEntry): PaperLocation {
  return { id: entry.metadata.id, title: entry.metadata.title, anchor: entry.anchor, read: () => entry.metadata };
}

/** Reads the metadata of every location, keeping the entries that turn out valid. */
export function readLocations(locations: readonly PaperLocation[]): PaperEntry[] {
  const entries: PaperEntry[] = [];
  for (const location of locations) {
    const metadata = location.read();
    if (metadata) entries.push({ metadata, anchor: location.anchor });
  }
  return entries;
}

/** Wraps a reader so that it reads once and returns the same result on every later call. */
export function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}
