import { absUrl, bareArxivId, isDoiPaperId, paperDoi, pdfUrl } from '../ids';
import type { PaperRecord } from '../paper';
import { publishedEntryType } from './bib-entry';
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

/** RIS dates are YYYY/MM/DD/ with unknown parts left blank. */
function dateLines(paper: PaperRecord): string[] {
  const date = publicationDate(paper);
  if (!date) return [];
  const month = date.month === undefined ? '' : pad(date.month);
  const day = date.day === undefined ? '' : pad(date.day);
  return [tagLine('PY', String(date.year)), tagLine('DA', `${date.year}/${month}/${day}/`)];
}

/** Type of a published paper: JOUR with T2 journal, CPAPER with T2 proceedings, or GEN when the venue is unknown. */
const PUBLISHED_TYPES = { article: 'JOUR', inproceedings: 'CPAPER', misc: 'GEN' } as const;

function risRecord(paper: PaperRecord): string {
  const isPublished = isDoiPaperId(paper.id);
  const type = isPublished ? PUBLISHED_TYPES[publishedEntryType(paper, 'journal').type] : 'UNPB';
  const lines = [tagLine('TY', type), tagLine('TI', paper.title)];
  for (const author of paper.authors) lines.push(tagLine('AU', risAuthor(author)));
  if (isPublished && paper.venue) lines.push(tagLine('T2', paper.venue));

  lines.push(...dateLines(paper));
  if (paper.abstract) lines.push(tagLine('AB', paper.abstract.replace(/\s+/g, ' ').trim()));
  if (!isPublished) {
    lines.push(tagLine('PB', 'arXiv'));
    lines.push(tagLine('AN', `arXiv:${bareArxivId(paper.id)}`));
  }
  lines.push(tagLine('UR', absUrl(paper.id)));
  const pdf = pdfUrl(paper.id);
  if (pdf) lines.push(tagLine('L1', pdf));
  const doi = paperDoi(paper);
  if (doi) lines.push(tagLine('DO', doi));
  for (const tag of paper.tags) lines.push(tagLine('KW', tag));
  if (paper.note.trim()) lines.push(tagLine('N1', paper.note.trim()));
  lines.push('ER  - ');
  return lines.join(CRLF) + CRLF;
}

/**
 * Writes papers as RIS records with CRLF line ends: arXiv papers as UNPB (unpublished
 * work), papers with a DOI id as JOUR, CPAPER or GEN.
 */
export function exportRis(papers: readonly PaperRecord[], context: ExportContext): ExportFile[] {
  return [
    {
      filename: `papershelf-${isoDate(context.exportedAt)}.ris`,
      mimeType: MIME_TYPES.ris,
      text: papers.map(risRecord).join(CRLF),
    },
  ];
}
