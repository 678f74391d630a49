import { useState } from 'react';
import { importPapers } from '../../lib/db/import';
import { importFile } from '../../lib/import';
import { formatImportError } from '../../lib/import/types';
import { useDatabase } from '../shared/useDatabase';

const MAX_LISTED_ERRORS = 20;

/**
 * Imports a PaperShelf backup, BibTeX or CSL-JSON file. The whole file is validated before
 * anything is written, and an invalid file leaves the library unchanged.
 */
export function ImportPanel() {
  const db = useDatabase();
  const [result, setResult] = useState<{ message: string; errors: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(file: File) {
    setBusy(true);
    try {
      const parsed = importFile(file.name, await file.text());
      if (!parsed.ok) {
        setResult({
          message: `${file.name} was not imported: it has ${parsed.errors.length} ${parsed.errors.length === 1 ? 'error' : 'errors'}. The library is unchanged.`,
          errors: parsed.errors.slice(0, MAX_LISTED_ERRORS).map(formatImportError),
        });
        return;
      }
      const summary = await importPapers(db, parsed.papers);
      setResult({
        message: `Imported ${file.name}: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged.`,
        errors: [],
      });
    } catch (error) {
      setResult({
        message: `${file.name} was not imported: ${error instanceof Error ? error.message : String(error)}. The library is unchanged.`,
        errors: [],
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-heading" className="panel">
      <h2 id="import-heading">Import</h2>
      <p className="muted">A PaperShelf backup (JSON), BibTeX (.bib) or CSL-JSON file. Papers are matched by arXiv id and merged; nothing already in the library is lost.</p>
      <input
        type="file"
        aria-label="Import file"
        accept=".json,.bib,.bibtex,application/json"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void onFile(file);
        }}
      />
      {result && (
        <div role="status">
          <p className={result.errors.length ? 'error' : ''}>{result.message}</p>
          {result.errors.length > 0 && (
            <ul className="error">
              {result.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
