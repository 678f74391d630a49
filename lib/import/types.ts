import type { PaperRecord } from '../paper';

/** One reason an import failed, naming the entry and field so the user can fix the file. */
export interface ImportError {
  /** Index of the entry in the file, or its citation key; null for the file as a whole. */
  entry: number | string | null;
  /** Field path inside the entry, such as "status" or "authors.2"; null for the whole entry. */
  field: string | null;
  message: string;
}

/** An import succeeds whole or fails whole: a failure carries no papers. */
export type ImportResult = { ok: true; papers: PaperRecord[] } | { ok: false; errors: ImportError[] };

/** Formats an error as one line for the user: `papers[3].status: Invalid option ...`. */
export function formatImportError(error: ImportError): string {
  let entry = '';
  if (typeof error.entry === 'number') entry = `papers[${error.entry}]`;
  else if (typeof error.entry === 'string') entry = error.entry;
  const field = error.field ?? '';
  const location = entry && field ? `${entry}.${field}` : entry || field;
  return location ? `${location}: ${error.message}` : error.message;
}

/** The outcome for one entry of a citation file, before the file's result is collected. */
export type EntryResult = { ok: true; record: PaperRecord } | { ok: false; errors: ImportError[] };

/** Joins a zod issue path into a field name such as "links.abs"; null for the whole value. */
export function fieldPath(path: readonly PropertyKey[]): string | null {
  return path.length > 0 ? path.map(String).join('.') : null;
}

export function importFailure(errors: ImportError[]): ImportResult {
  return { ok: false, errors };
}
