import { z } from 'zod';
import { PaperRecordSchema, type PaperRecord } from '../paper';
import { type ExportContext, type ExportFile, isoDate, MIME_TYPES } from './types';

export const BACKUP_FORMAT = 'papershelf-backup';
export const BACKUP_VERSION = 1;

/**
 * A full backup: a self-describing envelope around the stored records. A change to
 * the record layout that old readers cannot read gets a new version number.
 */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** ISO 8601 time of the export. */
  exportedAt: z.iso.datetime(),
  papers: z.array(PaperRecordSchema),
});
export type Backup = z.infer<typeof BackupSchema>;

export function createBackup(papers: readonly PaperRecord[], exportedAt: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    // Parsing writes every record's fields in schema order, so the same library always
    // gives the same file, whatever order its fields were last written in.
    papers: papers.map((paper) => PaperRecordSchema.parse(paper)),
  };
}

/** Writes every record as a JSON backup that the backup importer restores exactly. */
export function exportBackup(papers: readonly PaperRecord[], context: ExportContext): ExportFile[] {
  return [
    {
      filename: `papershelf-backup-${isoDate(context.exportedAt)}.json`,
      mimeType: MIME_TYPES.json,
      text: `${JSON.stringify(createBackup(papers, context.exportedAt), null, 2)}\n`,
    },
  ];
}
