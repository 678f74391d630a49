import { absUrl, bareArxivId, pdfUrl } from '../ids';
import type { PaperRecord } from '../paper';
import { splitName } from './names';
import { publicationDate } from './publication-date';
import { type ExportContext, type ExportFile, isoDate, MIME_TYPES } from './types';

const CRLF = '\r\n';

// A line that starts like a tag would end the value early, or end the record ("ER  -").
const TAG_LINE = /^[A-Z][A-Z0-9] {2}-/;

/** Formats one tagged line; a value spanning lines keeps its breaks as continuation lines. */
function tagLine(tag: string, value: string): string {
  const lines = value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .map((line) => (TAG_LINE.test(line) ? ` ${line}` : line));
  return `${tag}  - ${lines.join(CRLF)}`;
}

/** RIS writes authors as "Family, Given, Suffix". */
function risAuthor(name: string): string {
  const parts = splitName(name);
  if (parts.literal !== undefined) return parts.literal;
  const family = [parts.particle, parts.family].filter(Boolean).join(' ');
  return [family, parts.given, parts.suffix].filter(Boolean).join(', ');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function risRecord(paper: PaperRecord): string {
  const date = publicationDate(paper);
  const lines = [tagLine('TY', 'UNPB'), tagLine('TI', paper.title)];
  for (const author of paper.authors) lines.push(tagLine('AU', risAuthor(author)));

  lines.push(tagLine('PY', String(date.year)));
  // RIS dates are YYYY/MM/DD/ with empty parts left blank.
  lines.push(tagLine('DA', `${date.year}/${pad(date.month)}/${date.day === undefined ? '' : pad(date.day)}/`));
  if (paper.abstract) lines.push(tagLine('AB', paper.abstract.replace(/\s+/g, ' ').trim()));
  lines.push(tagLine('PB', 'arXiv'));
  lines.push(tagLine('AN', `arXiv:${bareArxivId(paper.id)}`));
  lines.push(tagLine('UR', absUrl(paper.id)));
  lines.push(tagLine('L1', pdfUrl(paper.id)));
  if (paper.doi) lines.push(tagLine('DO', paper.doi));
  for (const tag of paper.tags) lines.push(tagLine('KW', tag));
  if (paper.note.trim()) lines.push(tagLine('N1', paper.note.trim()));
  lines.push('ER  - ');
  return lines.join(CRLF) + CRLF;
}

/** Writes papers as RIS records of type UNPB (unpublished work), with CRLF line ends. */
export function exportRis(papers: readonly PaperRecord[], context: ExportContext): ExportFile[] {
  return [
    {
      filename: `papershelf-${isoDate(context.exportedAt)}.ris`,
      mimeType: MIME_TYPES.ris,
      text: papers.map(risRecord).join(CRLF),
    },
  ];
}
