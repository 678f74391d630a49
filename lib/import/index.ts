import { importBackup } from './backup';
import { importBibtex } from './bibtex';
import { importCslJson } from './csljson';
import { importFailure, type ImportResult } from './types';

export type { ImportError, ImportResult } from './types';
export { formatImportError } from './types';
export { mergeImported } from './merge';
export { importBackup, importBibtex, importCslJson };

/**
 * Imports a file with the importer its name and content call for. Files named .bib or
 * .bibtex are BibTeX. A JSON object with a "format" or "papers" field is a PaperShelf
 * backup, and other JSON is CSL-JSON.
 */
export function importFile(filename: string, text: string, importedAt: number = Date.now()): ImportResult {
  const name = filename.toLowerCase();
  if (name.endsWith('.bib') || name.endsWith('.bibtex')) return importBibtex(text, importedAt);

  const trimmed = text.trimStart();
  if (name.endsWith('.json') || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return looksLikeBackup(trimmed) ? importBackup(text) : importCslJson(text, importedAt);
  }
  if (trimmed.startsWith('@') || /^\s*@[a-z]+\s*[{(]/im.test(text)) return importBibtex(text, importedAt);

  return importFailure([
    {
      entry: null,
      field: null,
      message:
        `unsupported file ${filename}: import a PaperShelf backup (.json), ` +
        'BibTeX (.bib) or CSL-JSON (.json) file',
    },
  ]);
}

function looksLikeBackup(text: string): boolean {
  if (!text.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && ('format' in value || 'papers' in value);
  } catch {
    return false;
  }
}
