import type { PaperMetadata } from './paper';

/**
 * Merges metadata from a new sighting into a stored record. Fields the record lacks
 * are filled in, the later arXiv version wins, and categories and links are unioned,
 * so seeing a paper on a poorer page never erases what a richer page showed.
 */
export function mergeMetadata<T extends PaperMetadata>(stored: T, seen: PaperMetadata): T {
  const merged: T = { ...stored };
  if (seen.version !== undefined && (stored.version === undefined || seen.version > stored.version)) {
    merged.version = seen.version;
    if (seen.updated) merged.updated = seen.updated;
  }
  if (!stored.title.trim() && seen.title) merged.title = seen.title;
  if (stored.authors.length === 0 && seen.authors.length > 0) merged.authors = seen.authors;
  merged.abstract ??= seen.abstract;
  merged.published ??= seen.published;
  merged.updated ??= seen.updated;
  merged.doi ??= seen.doi;
  // Venue and its type describe one publication, so they are taken together.
  if (!stored.venue && seen.venue) {
    merged.venue = seen.venue;
    if (seen.venueType) merged.venueType = seen.venueType;
  }
  merged.categories = [...new Set([...stored.categories, ...seen.categories])];
  merged.links = { ...seen.links, ...stripUndefined(stored.links) };
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

