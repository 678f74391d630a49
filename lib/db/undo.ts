import { planUndo, type LibraryChange } from '../edits/change';
import type { PaperId } from '../paper';
import type { PaperShelfDatabase } from './database';

export interface UndoResult {
  restored: number;
  /** Papers changed again after the operation; undo kept their newer state. */
  kept: PaperId[];
}

/**
 * Puts the records an operation wrote or deleted back as they were, in one transaction.
 * Papers changed since by another view are left as they are and reported in `kept`.
 */
export async function undoChange(db: PaperShelfDatabase, change: LibraryChange): Promise<UndoResult> {
  return db.transaction('rw', db.papers, async () => {
    const current = await db.papers.bulkGet(change.before.map((record) => record.id));
    const { restore, kept } = planUndo(change, current);
    await db.papers.bulkPut(restore);
    return { restored: restore.length, kept };
  });
}
