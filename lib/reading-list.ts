// Kept apart from lib/paper.ts, and free of zod, so the popup can show the reading list
// without loading the record schemas.

export const READING_STATUSES = ['to-read', 'reading', 'read'] as const;
export type ReadingStatus = (typeof READING_STATUSES)[number];

export const STATUS_LABELS: Record<ReadingStatus, string> = {
  'to-read': 'To read',
  reading: 'Reading',
  read: 'Read',
};

/** Returns whether the paper is in the reading list, which is whether it has a savedAt. */
export function isSaved(record: { savedAt?: number }): boolean {
  return record.savedAt !== undefined;
}
