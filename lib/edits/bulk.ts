import { PaperRecordSchema, type PaperId, type PaperRecord, type ReadingStatus } from '../paper';
import { addTag, normalizeTag, removeTag } from '../tags';
import { planUpdate, type PlannedUpdate } from './change';

/** One edit applied to every selected paper, with the same meaning as the control bar's action. */
export type BulkEdit =
  | { kind: 'add-tag'; tag: string }
  | { kind: 'remove-tag'; tag: string }
  | { kind: 'set-status'; status: ReadingStatus }
  | { kind: 'set-saved'; saved: boolean };

export interface PlannedBulkEdit extends PlannedUpdate {
  /** Papers the edit would make invalid, left unchanged: adding a tag beyond the schema's limit on tags. */
  skipped: PaperId[];
}

const TagListSchema = PaperRecordSchema.shape.tags;

function withoutSavedAt(record: PaperRecord): PaperRecord {
  const { savedAt: _removed, ...rest } = record;
  return rest;
}

/** The record after the edit, or the record itself when the edit changes nothing. */
export function applyBulkEdit(record: PaperRecord, edit: BulkEdit, now: number): PaperRecord {
  switch (edit.kind) {
    case 'add-tag': {
      const tags = addTag(record.tags, edit.tag);
      return tags.length === record.tags.length ? record : { ...record, tags };
    }
    case 'remove-tag': {
      const tags = removeTag(record.tags, edit.tag);
      return tags.length === record.tags.length ? record : { ...record, tags };
    }
    case 'set-status':
      // As setStatus does: a status only makes sense in the reading list, so this saves the paper too.
      if (record.status === edit.status && record.savedAt !== undefined) return record;
      return { ...record, status: edit.status, savedAt: record.savedAt ?? now };
    case 'set-saved':
      if (edit.saved) return record.savedAt !== undefined ? record : { ...record, savedAt: now };
      return record.savedAt === undefined ? record : withoutSavedAt(record);
  }
}

/**
 * Plans a bulk edit over the given records. Only changed records are written; a record
 * whose edited tag list the schema rejects is skipped and reported.
 */
export function planBulkEdit(records: readonly PaperRecord[], edit: BulkEdit, now: number): PlannedBulkEdit {
  const skipped: PaperId[] = [];
  const planned = planUpdate(
    records,
    (record) => {
      const edited = applyBulkEdit(record, edit, now);
      if (edited !== record && edit.kind === 'add-tag' && !TagListSchema.safeParse(edited.tags).success) {
        skipped.push(record.id);
        return record;
      }
      return edited;
    },
    now,
  );
  return { ...planned, skipped };
}

/** Returns why a bulk edit cannot run, in words for the user, or null when it can. */
export function validateBulkEdit(edit: BulkEdit): string | null {
  if ((edit.kind === 'add-tag' || edit.kind === 'remove-tag') && !normalizeTag(edit.tag)) return 'Enter a tag.';
  return null;
}
