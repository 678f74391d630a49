import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../lib/export';
import type { PaperRecord } from '../../lib/paper';
import { downloadFiles } from './download';

export type ExportScope = 'all' | 'filtered' | 'selected';

interface ExportPanelProps {
  all: readonly PaperRecord[];
  filtered: readonly PaperRecord[];
  selected: readonly PaperRecord[];
}

const SCOPE_LABELS: Record<ExportScope, string> = {
  all: 'All papers',
  filtered: 'Current filter',
  selected: 'Selected papers',
};

/** Export buttons, one per format, over all papers, the current filter or the selection. */
export function ExportPanel({ all, filtered, selected }: ExportPanelProps) {
  const [scope, setScope] = useState<ExportScope>('all');
  const [message, setMessage] = useState('');
  const papers = { all, filtered, selected }[scope];

  function exportAs(format: ExportFormat) {
    const exportedAt = Date.now();
    const files = format.export(papers, { exportedAt });
    const date = new Date(exportedAt).toISOString().slice(0, 10);
    downloadFiles(files, `papershelf-${format.id}-${date}.zip`);
    setMessage(`Exported ${papers.length} ${papers.length === 1 ? 'paper' : 'papers'} as ${format.label}.`);
  }

  return (
    <section id="export" aria-labelledby="export-heading" className="panel">
      <h2 id="export-heading">Export</h2>
      <fieldset>
        <legend>Papers to export</legend>
        {(Object.keys(SCOPE_LABELS) as ExportScope[]).map((option) => (
          <label key={option}>
            <input type="radio" name="export-scope" value={option} checked={scope === option} onChange={() => setScope(option)} />
            {SCOPE_LABELS[option]} ({{ all, filtered, selected }[option].length})
          </label>
        ))}
      </fieldset>
      <div className="export-buttons">
        {EXPORT_FORMATS.map((format) => (
          <button key={format.id} type="button" disabled={papers.length === 0} onClick={() => exportAs(format)}>
            Export {format.label}
          </button>
        ))}
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
