import { absUrl, bareArxivId } from '../ids';
import type { PaperRecord } from '../paper';
import { keywordText } from './bib-entry';
import { assignCitationKeys } from './citation-keys';
import { splitName } from './names';
import { publicationDate } from './publication-date';
import { type ExportContext, type ExportFile, isoDate, MIME_TYPES } from './types';

/** A CSL name: split into parts, or one `literal` for groups and one-word names. */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

/** The CSL-JSON item fields this exporter writes. */
export interface CslItem {
  id: string;
  type: 'article';
  title: string;
  author: CslName[];
  issued: { 'date-parts': number[][] };
  URL: string;
  DOI?: string;
  number: string;
  publisher: 'arXiv';
  abstract?: string;
  keyword?: string;
  note?: string;
}

export function cslName(name: string): CslName {
  const parts = splitName(name);
  if (parts.literal !== undefined) return { literal: parts.literal };
  const cslNameParts: CslName = { family: parts.family ?? '', given: parts.given ?? '' };
  if (parts.particle) cslNameParts['non-dropping-particle'] = parts.particle;
  if (parts.suffix) cslNameParts.suffix = parts.suffix;
  return cslNameParts;
}

/**
 * Maps a paper to a CSL item the way Zotero exports a preprint: type "article",
 * publisher "arXiv" and number "arXiv:<id>". CSL keyword is one comma-separated string.
 */
function cslItem(paper: PaperRecord, key: string): CslItem {
  const date = publicationDate(paper);
  const dateParts = date.day === undefined ? [date.year, date.month] : [date.year, date.month, date.day];
  const item: CslItem = {
    id: key,
    type: 'article',
    title: paper.title,
    author: paper.authors.map(cslName),
    issued: { 'date-parts': [dateParts] },
    URL: absUrl(paper.id),
    number: `arXiv:${bareArxivId(paper.id)}`,
    publisher: 'arXiv',
  };
  if (paper.doi) item.DOI = paper.doi;
  if (paper.abstract) item.abstract = paper.abstract;
  if (paper.tags.length > 0) item.keyword = paper.tags.map(keywordText).join(', ');
  if (paper.note.trim()) item.note = paper.note;
  return item;
}

export function toCslItems(papers: readonly PaperRecord[]): CslItem[] {
  const keys = assignCitationKeys(papers);
  return papers.map((paper) => cslItem(paper, keys.get(paper.id) ?? paper.id));
}

/** Writes papers as a CSL-JSON array, with the BibTeX citation keys as item ids. */
export function exportCslJson(papers: readonly PaperRecord[], context: ExportContext): ExportFile[] {
  return [
    {
      filename: `papershelf-${isoDate(context.exportedAt)}.csl.json`,
      mimeType: MIME_TYPES.cslJson,
      text: `${JSON.stringify(toCslItems(papers), null, 2)}\n`,
    },
  ];
}
