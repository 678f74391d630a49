import Dexie from 'dexie';
import { z } from 'zod';
import { PaperRecordSchema, READING_STATUSES, type PaperRecord, type ReadingStatus } from '../paper';
import { tagKey } from '../tags';
import type { PaperShelfDatabase } from './database';

const CountSchema = z.number().int().nonnegative();

export const LibraryCountsSchema = z.object({
  /** Papers in the reading list. */
  saved: CountSchema,
  byStatus: z.object({ 'to-read': CountSchema, reading: CountSchema, read: CountSchema }),
  /** Papers in the library, including ones with only tags or a note. */
  total: CountSchema,
});
export type LibraryCounts = z.infer<typeof LibraryCountsSchema>;

export const TagCountSchema = z.object({ tag: z.string(), count: CountSchema });

/** Summary the popup shows; the popup keeps the last one to show at once on its next opening. */
export const LibrarySummarySchema = LibraryCountsSchema.extend({
  recent: z.array(PaperRecordSchema),
  topTags: z.array(TagCountSchema),
});
export type LibrarySummary = z.infer<typeof LibrarySummarySchema>;

/** Counts the reading list by status with index counts only, which stay fast at 50,000 papers. */
export async function readCounts(db: PaperShelfDatabase): Promise<LibraryCounts> {
  const [saved, total, ...statusCounts] = await Promise.all([
    db.papers.where('savedAt').above(0).count(),
    db.papers.count(),
    ...READING_STATUSES.map((status) =>
      db.papers.where('[status+savedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]).count(),
    ),
  ]);
  const byStatus = Object.fromEntries(READING_STATUSES.map((status, index) => [status, statusCounts[index] ?? 0]));
  return { saved, total, byStatus: byStatus as Record<ReadingStatus, number> };
}

/** Reads the papers most recently added to the reading list, newest first. */
export function readRecent(db: PaperShelfDatabase, limit = 10): Promise<PaperRecord[]> {
  return db.papers.orderBy('savedAt').reverse().limit(limit).toArray();
}

/**
 * Reads the most used tags. It reads each distinct tag once and counts it on the tags index, so the
 * cost grows with the number of distinct tags rather than with the size of the library.
 */
export async function readTopTags(db: PaperShelfDatabase, limit = 10): Promise<{ tag: string; count: number }[]> {
  const spellings = (await db.papers.orderBy('tags').uniqueKeys()) as string[];
  const counts = await Promise.all(spellings.map((tag) => db.papers.where('tags').equals(tag).count()));
  const merged = new Map<string, { tag: string; count: number }>();
  spellings.forEach((tag, index) => {
    const key = tagKey(tag);
    const entry = merged.get(key);
    if (entry) entry.count += counts[index] ?? 0;
    else merged.set(key, { tag, count: counts[index] ?? 0 });
  });
  return [...merged.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)).slice(0, limit);
}

/** Reads everything the popup shows in one read transaction. */
export async function readSummary(db: PaperShelfDatabase, recentLimit = 10, tagLimit = 10): Promise<LibrarySummary> {
  return db.transaction('r', db.papers, async () => {
    const [counts, recent, topTags] = await Promise.all([
      readCounts(db),
      readRecent(db, recentLimit),
      readTopTags(db, tagLimit),
    ]);
    return { ...counts, recent, topTags };
  });
}
