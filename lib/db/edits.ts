import { planBulkEdit, validateBulkEdit, type BulkEdit } from '../edits/bulk';
import { planDeletion, type LibraryChange } from '../edits/change';
import { planTagEdit, tagsTouchedBy, validateTagEdit, type TagEdit } from '../edits/tags';
import type { PaperId, PaperRecord } from '../paper';
import { tagKey } from '../tags';
import type { PaperShelfDatabase } from './database';

// Every operation here runs in one read-write transaction: it writes all of its records
// or, when anything fails, none of them. Each returns a LibraryChange for undoChange.

export class InvalidEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEditError';
  }
}

export interface BulkEditResult {
  change: LibraryChange;
  /** Papers left unchanged because the edit would break the record schema. */
  skipped: PaperId[];
}

/**
 * Records carrying any of the tags, compared case-insensitively. The tags index is
 * case-sensitive, so the stored spellings are looked up among its unique keys first.
 */
async function papersWithTags(db: PaperShelfDatabase, tags: readonly string[]): Promise<PaperRecord[]> {
  const keys = new Set(tags.map(tagKey));
  const spellings = ((await db.papers.orderBy('tags').uniqueKeys()) as string[]).filter((tag) => keys.has(tagKey(tag)));
  if (spellings.length === 0) return [];
  return db.papers.where('tags').anyOf(spellings).distinct().toArray();
}

/** Renames, merges or deletes a tag on every paper that has it. */
export async function editTags(db: PaperShelfDatabase, edit: TagEdit, now = Date.now()): Promise<LibraryChange> {
  const invalid = validateTagEdit(edit);
  if (invalid) throw new InvalidEditError(invalid);
  return db.transaction('rw', db.papers, async () => {
    const records = await papersWithTags(db, tagsTouchedBy(edit));
    const { writes, change } = planTagEdit(records, edit, now);
    await db.papers.bulkPut(writes);
    return change;
  });
}

/** Applies one edit to the given papers; ids not in the library are ignored. */
export async function editPapers(
  db: PaperShelfDatabase,
  ids: readonly PaperId[],
  edit: BulkEdit,
  now = Date.now(),
): Promise<BulkEditResult> {
  const invalid = validateBulkEdit(edit);
  if (invalid) throw new InvalidEditError(invalid);
  return db.transaction('rw', db.papers, async () => {
    const records = (await db.papers.bulkGet([...ids])).filter((record) => record !== undefined);
    const { writes, change, skipped } = planBulkEdit(records, edit, now);
    await db.papers.bulkPut(writes);
    return { change, skipped };
  });
}

/** Deletes the given papers; ids not in the library are ignored. */
export async function deletePapers(db: PaperShelfDatabase, ids: readonly PaperId[]): Promise<LibraryChange> {
  return db.transaction('rw', db.papers, async () => {
    const records = (await db.papers.bulkGet([...ids])).filter((record) => record !== undefined);
    await db.papers.bulkDelete(records.map((record) => record.id));
    return planDeletion(records);
  });
}

/** Deletes every paper in the library. The returned change contains them all, so the caller can undo. */
export async function deleteAllPapers(db: PaperShelfDatabase): Promise<LibraryChange> {
  return db.transaction('rw', db.papers, async () => {
    const records = await db.papers.toArray();
    await db.papers.clear();
    return planDeletion(records);
  });
}
