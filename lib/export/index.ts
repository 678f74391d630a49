import { exportBackup } from './backup';
import { exportBiblatex } from './biblatex';
import { exportBibtex } from './bibtex';
import { exportCsv } from './csv';
import { exportCslJson } from './csljson';
import { exportMarkdown, exportMarkdownNotes } from './markdown';
import { exportRis } from './ris';
import { type Exporter, MIME_TYPES } from './types';

export type { ExportContext, ExportFile, Exporter } from './types';

/** One entry of the export menu. */
export interface ExportFormat {
  id: string;
  label: string;
  /** File name extension without the dot. */
  extension: string;
  mimeType: string;
  /** Whether the format writes one file per paper rather than one file in all. */
  filePerPaper: boolean;
  export: Exporter;
}

/** Every export format, in menu order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'bibtex',
    label: 'BibTeX',
    extension: 'bib',
    mimeType: MIME_TYPES.bibtex,
    filePerPaper: false,
    export: exportBibtex,
  },
  {
    id: 'biblatex',
    label: 'BibLaTeX (biber)',
    extension: 'bib',
    mimeType: MIME_TYPES.bibtex,
    filePerPaper: false,
    export: exportBiblatex,
  },
  {
    id: 'ris',
    label: 'RIS',
    extension: 'ris',
    mimeType: MIME_TYPES.ris,
    filePerPaper: false,
    export: exportRis,
  },
  {
    id: 'csl-json',
    label: 'CSL-JSON',
    extension: 'json',
    mimeType: MIME_TYPES.cslJson,
    filePerPaper: false,
    export: exportCslJson,
  },
  {
    id: 'markdown',
    label: 'Markdown (one file)',
    extension: 'md',
    mimeType: MIME_TYPES.markdown,
    filePerPaper: false,
    export: exportMarkdown,
  },
  {
    id: 'markdown-notes',
    label: 'Markdown notes for Obsidian (one file per paper)',
    extension: 'md',
    mimeType: MIME_TYPES.markdown,
    filePerPaper: true,
    export: exportMarkdownNotes,
  },
  {
    id: 'csv',
    label: 'CSV (spreadsheet)',
    extension: 'csv',
    mimeType: MIME_TYPES.csv,
    filePerPaper: false,
    export: exportCsv,
  },
  {
    id: 'backup',
    label: 'PaperShelf backup (JSON)',
    extension: 'json',
    mimeType: MIME_TYPES.json,
    filePerPaper: false,
    export: exportBackup,
  },
];

export function findExportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}
