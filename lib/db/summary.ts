import Dexie from 'dexie';
import { READING_STATUSES, type PaperRecord, type ReadingStatus } from '../paper';
import type { PaperShelfDatabase } from './database';
import { listTags } from './papers';

export interface LibrarySummary {
  /** Papers in the reading list. */
  saved: number;
  byStatus: Record<ReadingStatus, number>;
  /** Papers in the library, including ones with only tags or a note. */
  total: number;
  recent: PaperRecord[];
  topTags: { tag: string; count: number }[];
}

/** Reads what the popup shows, from indexes only, so it stays fast on large libraries. */
export async function readSummary(db: PaperShelfDatabase, recentLimit = 10, tagLimit = 10): Promise<LibrarySummary> {
  return db.transaction('r', db.papers, async () => {
    const [saved, total, recent, tags, ...statusCounts] = await Promise.all([
      db.papers.where('savedAt').above(0).count(),
      db.papers.count(),
      db.papers.orderBy('savedAt').reverse().limit(recentLimit).toArray(),
      listTags(db),
      ...READING_STATUSES.map((status) =>
        db.papers.where('[status+savedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]).count(),
      ),
    ]);
    const byStatus = Object.fromEntries(READING_STATUSES.map((status, index) => [status, statusCounts[index] ?? 0]));
    return {
      saved,
      total,
      recent,
      byStatus: byStatus as Record<ReadingStatus, number>,
      topTags: tags.slice(0, tagLimit),
    };
  });
}
