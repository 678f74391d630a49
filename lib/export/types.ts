import type { PaperRecord } from '../paper';

/** One file an exporter produces, ready to hand to a download. */
export interface ExportFile {
  filename: string;
  mimeType: string;
  text: string;
}

/** Values an export depends on besides the papers, passed in so exporters stay pure. */
export interface ExportContext {
  /** Time of the export in epoch milliseconds; it names files and stamps backups. */
  exportedAt: number;
}

export type Exporter = (papers: readonly PaperRecord[], context: ExportContext) => ExportFile[];

/** Date part of an epoch-milliseconds time in UTC, such as 2024-05-01. */
export function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Media types of the exported files; the menu and the exporters share them. */
export const MIME_TYPES = {
  bibtex: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  cslJson: 'application/vnd.citationstyles.csl+json',
  markdown: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
} as const;
