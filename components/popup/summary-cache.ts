// zod/mini, because the popup loads this module: with the classic API the popup's script
// was about 70 kB (minified) larger in a WXT 0.20 build.
import * as z from 'zod/mini';
import type { LibraryCounts, TagCount } from '../../lib/db/summary';
import type { PaperRecord } from '../../lib/paper';
import { READING_STATUSES } from '../../lib/reading-list';

const CACHE_KEY = 'papershelf:popup-summary';

const CountSchema = z.int().check(z.nonnegative());

/** A recent save as the popup shows it: the fields of its PaperRecord that the list renders. */
const CachedPaperSchema = z.object({
  id: z.string(),
  title: z.string(),
  links: z.object({ abs: z.optional(z.string()) }),
  status: z.enum(READING_STATUSES),
  savedAt: z.optional(z.number()),
});
export type CachedPaper = z.infer<typeof CachedPaperSchema>;

/** The summary the popup showed last time, kept in the extension's localStorage for its next opening. */
const CachedSummarySchema = z.object({
  saved: CountSchema,
  byStatus: z.object({ 'to-read': CountSchema, reading: CountSchema, read: CountSchema }),
  total: CountSchema,
  recent: z.array(CachedPaperSchema),
  topTags: z.array(z.object({ tag: z.string(), count: CountSchema })),
});
export type CachedSummary = z.infer<typeof CachedSummarySchema>;

/**
 * Reads the summary the popup showed last time, so the next opening paints at once while
 * the database is read. Fresh figures replace it a moment later. Returns undefined when
 * there is none or it no longer matches the schema.
 */
export function readCachedSummary(storage: Storage | undefined = globalThis.localStorage): CachedSummary | undefined {
  try {
    const text = storage?.getItem(CACHE_KEY);
    if (!text) return undefined;
    const parsed = CachedSummarySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Stores what the popup shows, keeping of each recent save only the fields the list renders. */
export function writeCachedSummary(
  summary: LibraryCounts & { recent: readonly PaperRecord[]; topTags: readonly TagCount[] },
  storage: Storage | undefined = globalThis.localStorage,
): void {
  const { saved, byStatus, total, topTags } = summary;
  const recent: CachedPaper[] = summary.recent.map(({ id, title, links, status, savedAt }) => ({
    id,
    title,
    links: links.abs === undefined ? {} : { abs: links.abs },
    status,
    savedAt,
  }));
  const cached: CachedSummary = { saved, byStatus, total, recent, topTags: [...topTags] };
  try {
    storage?.setItem(CACHE_KEY, JSON.stringify(cached));
  } catch {
    // A full or disabled localStorage only costs the fast first paint.
  }
}
