import { LibrarySummarySchema, type LibrarySummary } from '../../lib/db/summary';

const CACHE_KEY = 'papershelf:popup-summary';

/**
 * Reads the summary the popup showed last time, so the next opening paints at once while
 * the database is read. Fresh figures replace it a moment later. Returns undefined when
 * there is none or it no longer matches the schema.
 */
export function readCachedSummary(storage: Storage | undefined = globalThis.localStorage): LibrarySummary | undefined {
  try {
    const text = storage?.getItem(CACHE_KEY);
    if (!text) return undefined;
    const parsed = LibrarySummarySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeCachedSummary(summary: LibrarySummary, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(CACHE_KEY, JSON.stringify(summary));
  } catch {
    // A full or disabled localStorage only costs the fast first paint.
  }
}
