import { absUrl, paperDoi } from '../ids';
import { isSaved, type PaperRecord } from '../paper';
import { type ExportContext, type ExportFile, isoDate, MIME_TYPES } from './types';

export const CSV_COLUMNS = [
  'id', 'title', 'authors', 'status', 'saved', 'tags', 'note', 'published', 'categories', 'url', 'savedAt',
  // New columns go last, so spreadsheets built on earlier exports keep their column positions.
  'doi', 'venue',
] as const;

/**
 * Prefixes a single quote to a cell that a spreadsheet would run as a formula
 * (CSV injection): cells starting with =, +, -, @, tab or carriage return.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Quotes a cell that contains a comma, quote or line break, with quotes doubled (RFC 4180). */
function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csvRow(paper: PaperRecord): string[] {
  return [
    paper.id,
    paper.title,
    paper.authors.join('; '),
    paper.status,
    String(isSaved(paper)),
    paper.tags.join('; '),
    paper.note,
    paper.published ?? '',
    paper.categories.join('; '),
    absUrl(paper.id),
    paper.savedAt === undefined ? '' : new Date(paper.savedAt).toISOString(),
    paperDoi(paper) ?? '',
    paper.venue ?? '',
  ];
}

/**
 * Writes papers as RFC 4180 CSV: a header row, CRLF line ends, one row per paper.
 * The file starts with a UTF-8 byte order mark, which Excel needs to read non-ASCII
 * names correctly.
 */
export function exportCsv(papers: readonly PaperRecord[], context: ExportContext): ExportFile[] {
  const rows = [[...CSV_COLUMNS], ...papers.map(csvRow)];
  const lines = rows.map((row) => row.map((cell) => quoteCell(neutraliseFormula(cell))).join(','));
  return [
    {
      filename: `papershelf-${isoDate(context.exportedAt)}.csv`,
      mimeType: MIME_TYPES.csv,
      text: `\ufeff${lines.join('\r\n')}\r\n`,
    },
  ];
}
