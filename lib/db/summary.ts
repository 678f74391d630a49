import Dexie from 'dexie';
import type { PaperRecord } from '../paper';
import { READING_STATUSES, type ReadingStatus } from '../reading-list';
import type { PaperShelfDatabase } from './database';
import { SUMMARY_ID, parseStoredSummary, toStoredSummary, topTagsOf, type SummaryTally } from './summary-record';

export interface LibraryCounts {
  /** Papers in the reading list. */
  saved: number;
  byStatus: Record<ReadingStatus, number>;
  /** Papers in the library, including ones with only tags or a note. */
  total: number;
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Everything the popup shows before a search. */
export interface LibrarySummary extends LibraryCounts {
  recent: PaperRecord[];
  topTags: TagCount[];
}

/**
 * Counts the reading list by status with index counts. IndexedDB counts in time linear in
 * the entries counted, so this is the slow path, used only when the stored summary is
 * missing or invalid: readLibrarySummary reads the stored one.
 */
export async function readCounts(db: PaperShelfDatabase): Promise<LibraryCounts> {
  const [saved, total, ...statusCounts] = await Promise.all([
    db.papers.orderBy('savedAt').count(),
    db.papers.count(),
    ...READING_STATUSES.map((status) =>
      db.papers.where('[status+savedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]).count(),
    ),
  ]);
  const byStatus = Object.fromEntries(READING_STATUSES.map((status, index) => [status, statusCounts[index] ?? 0]));
  return { saved, total, byStatus: byStatus as Record<ReadingStatus, number> };
}

/** Counts the papers per exact tag spelling on the tags index: one count per distinct spelling. */
export async function countTagSpellings(db: PaperShelfDatabase): Promise<Map<string, number>> {
  const spellings = (await db.papers.orderBy('tags').uniqueKeys()) as string[];
  const counts = await Promise.all(spellings.map((tag) => db.papers.where('tags').equals(tag).count()));
  return new Map(spellings.map((tag, index) => [tag, counts[index] ?? 0]));
}

/** Recounts the summary from the indexes of the papers table, in one read transaction. */
export function countSummaryFromIndexes(db: PaperShelfDatabase): Promise<SummaryTally> {
  return db.transaction('r', db.papers, async () => {
    const [counts, tags] = await Promise.all([readCounts(db), countTagSpellings(db)]);
    return { ...counts, tags };
  });
}

/** Reads the papers most recently added to the reading list, newest first. */
export function readRecent(db: PaperShelfDatabase, limit = 10): Promise<PaperRecord[]> {
  return db.papers.orderBy('savedAt').reverse().limit(limit).toArray();
}

/** Counts and top tags of the library; `stored` is false when they were recounted because the stored summary was unusable. */
export interface LibraryOverview {
  counts: LibraryCounts;
  topTags: TagCount[];
  stored: boolean;
}

function overviewOf(tally: SummaryTally, tagLimit: number, stored: boolean): LibraryOverview {
  const { total, saved, byStatus } = tally;
  return { counts: { total, saved, byStatus: { ...byStatus } }, topTags: topTagsOf(tally.tags, tagLimit), stored };
}

/**
 * Reads the counts and top tags from the stored summary: one record, whatever the size of
 * the library. When the record is missing or fails StoredSummarySchema, it recounts them from
 * the indexes instead, so the figures are right either way. The caller may then store them
 * with repairSummary.
 */
export async function readLibrarySummary(db: PaperShelfDatabase, tagLimit = 10): Promise<LibraryOverview> {
  const stored = parseStoredSummary(await db.summary.get(SUMMARY_ID));
  if (stored) return overviewOf(stored, tagLimit, true);
  return overviewOf(await countSummaryFromIndexes(db), tagLimit, false);
}

/** Recounts the summary from the indexes and stores it, in one transaction that no write to papers can interleave with. */
export async function repairSummary(db: PaperShelfDatabase): Promise<void> {
  await db.transaction('rw', db.papers, db.summary, async () => {
    const record = toStoredSummary(await countSummaryFromIndexes(db));
    if (record) await db.summary.put(record);
  });
}

/** Reads everything the popup shows in one read transaction. */
export async function readSummary(db: PaperShelfDatabase, recentLimit = 10, tagLimit = 10): Promise<LibrarySummary> {
  return db.transaction('r', db.papers, db.summary, async () => {
    const [{ counts, topTags }, recent] = await Promise.all([readLibrarySummary(db, tagLimit), readRecent(db, recentLimit)]);
    return { ...counts, recent, topTags };
  });
}
