import { importBackup, importBackupValue } from './backup';
import { importBibtex } from './bibtex';
import { importCslJson, importCslJsonValue } from './csljson';
import { parseJsonFile } from './json';
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
    // Parsed once for both the format check and the import: the benchmark's backup of 50,000
    // papers is 81 MiB of JSON, and one parse of it took 0.5 to 1 s in headless Chromium on 2 cores.
    const parsed = parseJsonFile(text);
    if (!parsed.ok) return parsed.failure;
    return isBackup(parsed.value) ? importBackupValue(parsed.value) : importCslJsonValue(parsed.value, importedAt);
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

function isBackup(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('format' in value || 'papers' in value);
}
