import type { PaperId, PaperRecord } from '../paper';

/**
 * What one library operation did, kept so it can be undone: every record it wrote or
 * deleted as it was before, and the `updatedAt` each had afterwards.
 */
export interface LibraryChange {
  before: PaperRecord[];
  /** Aligned with `before`: `updatedAt` of the written record, or null where the operation deleted it. */
  afterUpdatedAt: (number | null)[];
}

export interface PlannedUpdate {
  /** Changed records to write, each with `updatedAt` set to the time of the operation. */
  writes: PaperRecord[];
  change: LibraryChange;
}

export interface PlannedUndo {
  /** Records to put back as they were before the operation. */
  restore: PaperRecord[];
  /** Ids of papers changed again since the operation; undo leaves them as they are now. */
  kept: PaperId[];
}

/**
 * Plans an update of many records. `edit` returns the record itself when it has nothing
 * to change, so untouched records are neither written nor stamped.
 */
export function planUpdate(
  records: readonly PaperRecord[],
  edit: (record: PaperRecord) => PaperRecord,
  now: number,
): PlannedUpdate {
  const writes: PaperRecord[] = [];
  const before: PaperRecord[] = [];
  for (const record of records) {
    const edited = edit(record);
    if (edited === record) continue;
    writes.push({ ...edited, updatedAt: now });
    before.push(record);
  }
  return { writes, change: { before, afterUpdatedAt: writes.map(() => now) } };
}

/** Plans the deletion of records: undo puts each one back. */
export function planDeletion(records: readonly PaperRecord[]): LibraryChange {
  return { before: [...records], afterUpdatedAt: records.map(() => null) };
}

/**
 * Plans undoing `change` given the current records, aligned with `change.before`. A
 * paper that another tab or the control bar changed since (its `updatedAt` differs, or
 * a deleted paper exists again) keeps its newer state.
 */
export function planUndo(change: LibraryChange, current: readonly (PaperRecord | undefined)[]): PlannedUndo {
  const restore: PaperRecord[] = [];
  const kept: PaperId[] = [];
  change.before.forEach((record, index) => {
    const expected = change.afterUpdatedAt[index];
    const now = current[index];
    const untouched = expected === null ? now === undefined : now?.updatedAt === expected;
    if (untouched) restore.push(record);
    else kept.push(record.id);
  });
  return { restore, kept };
}

export function changeSize(change: LibraryChange): number {
  return change.before.length;
}
