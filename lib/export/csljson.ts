import { absUrl, bareArxivId, isDoiPaperId, paperDoi } from '../ids';
import type { PaperRecord } from '../paper';
import { keywordText, publishedEntryType } from './bib-entry';
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

/** CSL item types this exporter writes: "article" for preprints and for papers whose venue is unknown. */
export type CslType = 'article' | 'article-journal' | 'paper-conference';

const PUBLISHED_TYPES = { article: 'article-journal', inproceedings: 'paper-conference', misc: 'article' } as const;

/** The CSL-JSON item fields this exporter writes. */
export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  'container-title'?: string;
  author: CslName[];
  issued?: { 'date-parts': number[][] };
  URL: string;
  DOI?: string;
  /** "arXiv:<id>" for arXiv papers, absent for published ones. */
  number?: string;
  publisher?: 'arXiv';
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

function issued(paper: PaperRecord): CslItem['issued'] {
  const date = publicationDate(paper);
  if (!date) return undefined;
  const dateParts = [date.year];
  if (date.month !== undefined) dateParts.push(date.month);
  if (date.month !== undefined && date.day !== undefined) dateParts.push(date.day);
  return { 'date-parts': [dateParts] };
}

/**
 * Maps a paper to a CSL item. A preprint is written the way Zotero exports one: type
 * "article", publisher "arXiv" and number "arXiv:<id>". A paper with a DOI id becomes an
 * "article-journal" or "paper-conference" item with its venue as container-title, or an
 * "article" when the venue is unknown. CSL keyword is one comma-separated string.
 */
function cslItem(paper: PaperRecord, key: string): CslItem {
  const isPublished = isDoiPaperId(paper.id);
  const item: CslItem = {
    id: key,
    type: isPublished ? PUBLISHED_TYPES[publishedEntryType(paper, 'journal').type] : 'article',
    title: paper.title,
    author: paper.authors.map(cslName),
    URL: absUrl(paper.id),
  };
  if (isPublished && paper.venue) item['container-title'] = paper.venue;
  const date = issued(paper);
  if (date) item.issued = date;
  if (!isPublished) {
    item.number = `arXiv:${bareArxivId(paper.id)}`;
    item.publisher = 'arXiv';
  }
  const doi = paperDoi(paper);
  if (doi) item.DOI = doi;
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
