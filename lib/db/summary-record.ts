// zod/mini, because the popup loads this module: with the classic API the popup's script
// was about 70 kB (minified) larger in a WXT 0.20 build.
import * as z from 'zod/mini';
import { READING_STATUSES, type ReadingStatus } from '../reading-list';
import { tagKey } from '../tags';

/** Name of the table that stores the library summary, and the primary key of its one record. */
export const SUMMARY_TABLE = 'summary';
export const SUMMARY_ID = 'library';

const CountSchema = z.int().check(z.nonnegative());

/**
 * The library summary as stored: the counts the popup shows, kept up to date by every write
 * to the papers table (lib/db/summary-middleware.ts). `tags` counts papers per exact tag
 * spelling, as the multi-entry tags index does. Spellings with the same tagKey are merged
 * only when the top tags are read, so removing one spelling leaves the counts of the others.
 */
export const StoredSummarySchema = z
  .object({
    id: z.literal(SUMMARY_ID),
    /** Papers in the library, including ones with only tags or a note. */
    total: CountSchema,
    /** Papers in the reading list: those with a savedAt. */
    saved: CountSchema,
    /** Papers in the reading list by reading status. */
    byStatus: z.object({ 'to-read': CountSchema, reading: CountSchema, read: CountSchema }),
    tags: z.array(z.object({ tag: z.string(), count: z.int().check(z.positive()) })),
  })
  .check(
    z.refine((summary) => summary.saved <= summary.total, 'saved exceeds total'),
    z.refine(
      (summary) => READING_STATUSES.reduce((sum, status) => sum + summary.byStatus[status], 0) <= summary.saved,
      'the status counts exceed saved',
    ),
    z.refine((summary) => new Set(summary.tags.map(({ tag }) => tag)).size === summary.tags.length, 'a tag spelling is listed twice'),
  );
export type StoredSummary = z.infer<typeof StoredSummarySchema>;

/** A summary being updated in memory: the stored record with its tag list as a map. */
export interface SummaryTally {
  total: number;
  saved: number;
  byStatus: Record<ReadingStatus, number>;
  /** Papers per exact tag spelling; spellings no paper has are absent. */
  tags: Map<string, number>;
}

export function emptyTally(): SummaryTally {
  return { total: 0, saved: 0, byStatus: { 'to-read': 0, reading: 0, read: 0 }, tags: new Map() };
}

function isReadingStatus(value: unknown): value is ReadingStatus {
  return (READING_STATUSES as readonly unknown[]).includes(value);
}

/**
 * Adds one stored paper to the tally (`sign` 1) or takes it away (`sign` -1). It counts what
 * the indexes of the papers table contain, so a recount over the indexes gives the same
 * figures: a paper is saved when savedAt is a number (the savedAt index), is counted by
 * status only when also saved ([status+savedAt]), and counts once per distinct spelling in
 * its tags (the multi-entry tags index). The value is read loosely because it is whatever
 * the table stores.
 */
export function tallyPaper(tally: SummaryTally, paper: unknown, sign: 1 | -1): void {
  if (paper === null || typeof paper !== 'object') return;
  const { savedAt, status, tags } = paper as Record<string, unknown>;
  tally.total += sign;
  if (typeof savedAt === 'number' && !Number.isNaN(savedAt)) {
    tally.saved += sign;
    if (isReadingStatus(status)) tally.byStatus[status] += sign;
  }
  if (!Array.isArray(tags)) return;
  for (const tag of new Set(tags)) {
    if (typeof tag !== 'string') continue;
    const count = (tally.tags.get(tag) ?? 0) + sign;
    if (count === 0) tally.tags.delete(tag);
    else tally.tags.set(tag, count);
  }
}

/** Returns the tally of `papers`, as tallyPaper counts them. */
export function tallyPapers(papers: Iterable<unknown>): SummaryTally {
  const tally = emptyTally();
  for (const paper of papers) tallyPaper(tally, paper, 1);
  return tally;
}

/**
 * Returns the record to store, or undefined when it fails StoredSummarySchema: a count below
 * zero means the tally it started from was wrong.
 */
export function toStoredSummary(tally: SummaryTally): StoredSummary | undefined {
  const tags = [...tally.tags].map(([tag, count]) => ({ tag, count })).sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const parsed = StoredSummarySchema.safeParse({ id: SUMMARY_ID, total: tally.total, saved: tally.saved, byStatus: { ...tally.byStatus }, tags });
  return parsed.success ? parsed.data : undefined;
}

/** Returns the tally of a stored summary, or undefined when the value is missing or fails StoredSummarySchema. */
export function parseStoredSummary(value: unknown): SummaryTally | undefined {
  const parsed = StoredSummarySchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { total, saved, byStatus, tags } = parsed.data;
  return { total, saved, byStatus: { ...byStatus }, tags: new Map(tags.map(({ tag, count }) => [tag, count])) };
}

/**
 * Returns the most used tags, merging spellings with the same tagKey. Each tag is shown with
 * its first spelling in code unit order, as the first key of the tags index would be.
 */
export function topTagsOf(tags: Iterable<readonly [string, number]>, limit = 10): { tag: string; count: number }[] {
  const merged = new Map<string, { tag: string; count: number }>();
  for (const [tag, count] of tags) {
    const key = tagKey(tag);
    const entry = merged.get(key);
    if (!entry) merged.set(key, { tag, count });
    else {
      entry.count += count;
      if (tag < entry.tag) entry.tag = tag;
    }
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)).slice(0, limit);
}
