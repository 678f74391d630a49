import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema } from '../export/backup';
import { parseJsonFile } from './json';
import { fieldPath, type ImportError, importFailure, type ImportResult } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks what the file claims to be before its records, so a wrong file gets one clear message. */
function checkEnvelope(value: unknown): ImportError | null {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    return {
      entry: null,
      field: 'format',
      message: `not a PaperShelf backup: expected format "${BACKUP_FORMAT}"`,
    };
  }
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return {
      entry: null,
      field: 'version',
      message:
        `backup version ${version} was written by a newer PaperShelf, and this one reads version ` +
        `${BACKUP_VERSION}. Update PaperShelf and import again`,
    };
  }
  if (version !== BACKUP_VERSION) {
    return {
      entry: null,
      field: 'version',
      message: `unsupported backup version ${JSON.stringify(version)}; expected ${BACKUP_VERSION}`,
    };
  }
  return null;
}

/** Maps a zod issue path such as ["papers", 3, "links", "abs"] to entry 3, field "links.abs". */
function toImportError(issue: z.core.$ZodIssue): ImportError {
  const [first, index, ...rest] = issue.path;
  if (first === 'papers' && typeof index === 'number') {
    return { entry: index, field: fieldPath(rest), message: issue.message };
  }
  return { entry: null, field: fieldPath(issue.path), message: issue.message };
}

/**
 * Reads a PaperShelf JSON backup. Every record is validated with the stored-record
 * schema; any invalid record or a repeated id fails the whole import.
 */
export function importBackup(text: string): ImportResult {
  const parsed = parseJsonFile(text);
  return parsed.ok ? importBackupValue(parsed.value) : parsed.failure;
}

/** Reads a PaperShelf backup that is already parsed from JSON, with the checks of importBackup. */
export function importBackupValue(value: unknown): ImportResult {
  const envelopeError = checkEnvelope(value);
  if (envelopeError) return importFailure([envelopeError]);

  const result = BackupSchema.safeParse(value);
  if (!result.success) return importFailure(result.error.issues.map(toImportError));

  const seen = new Map<string, number>();
  const errors: ImportError[] = [];
  result.data.papers.forEach((paper, index) => {
    const earlier = seen.get(paper.id);
    if (earlier !== undefined) {
      errors.push({ entry: index, field: 'id', message: `duplicate id ${paper.id}, also in papers[${earlier}]` });
    } else {
      seen.set(paper.id, index);
    }
  });
  if (errors.length > 0) return importFailure(errors);

  return { ok: true, papers: result.data.papers };
}
