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

/** One line for the user: `papers[3].status: Invalid option ...`. */
export function formatImportError(error: ImportError): string {
  const entry =
    error.entry === null ? '' : typeof error.entry === 'number' ? `papers[${error.entry}]` : error.entry;
  const field = error.field === null ? '' : error.field;
  const location = entry && field ? `${entry}.${field}` : entry || field;
  return location ? `${location}: ${error.message}` : error.message;
}

export function importFailure(errors: ImportError[]): ImportResult {
  return { ok: false, errors };
}
