import { absUrl, bareArxivId, isDoiPaperId, paperDoi } from '../ids';
import type { PaperRecord } from '../paper';
import {
  type BibField,
  encodeAuthors,
  encodeKeywords,
  encodeNote,
  encodeVerbatim,
  formatBibEntry,
  publishedEntryType,
} from './bib-entry';
import { assignCitationKeys } from './citation-keys';
import { encodeLatex, encodeTitle } from './latex';
import { formatPublicationDate, publicationDate } from './publication-date';
import { type ExportContext, type ExportFile, isoDate, MIME_TYPES } from './types';

function leadingFields(paper: PaperRecord, venue?: BibField): BibField[] {
  const fields: BibField[] = [];
  if (paper.authors.length > 0) fields.push({ name: 'author', value: encodeAuthors(paper.authors, 'utf8') });
  fields.push({ name: 'title', value: encodeTitle(paper.title, 'utf8') });
  if (venue) fields.push(venue);
  const date = publicationDate(paper);
  if (date) fields.push({ name: 'date', value: formatPublicationDate(date) });
  return fields;
}

function userFields(paper: PaperRecord): BibField[] {
  const fields: BibField[] = [];
  if (paper.tags.length > 0) fields.push({ name: 'keywords', value: encodeKeywords(paper.tags, 'utf8') });
  if (paper.note.trim()) fields.push({ name: 'annotation', value: encodeNote(paper.note, 'utf8') });
  return fields;
}

/**
 * Builds an @online entry with biblatex's eprint fields (eprinttype = arxiv,
 * eprintclass) and an ISO date. Text stays UTF-8, which biber reads natively.
 */
function arxivEntry(paper: PaperRecord): { type: string; fields: BibField[] } {
  const fields = leadingFields(paper);
  fields.push({ name: 'eprint', value: bareArxivId(paper.id) }, { name: 'eprinttype', value: 'arxiv' });
  const primaryCategory = paper.categories[0];
  if (primaryCategory) fields.push({ name: 'eprintclass', value: encodeVerbatim(primaryCategory) });
  fields.push({ name: 'url', value: absUrl(paper.id) });
  if (paper.doi) fields.push({ name: 'doi', value: encodeVerbatim(paper.doi) });
  return { type: 'online', fields: [...fields, ...userFields(paper)] };
}

/** Builds the @article (journaltitle), @inproceedings (booktitle) or @misc entry of a paper with a DOI id. */
function publishedEntry(paper: PaperRecord): { type: string; fields: BibField[] } {
  const { type, venueField } = publishedEntryType(paper, 'journaltitle');
  const venue = venueField && paper.venue ? { name: venueField, value: encodeLatex(paper.venue, 'utf8') } : undefined;
  const fields = leadingFields(paper, venue);
  fields.push({ name: 'doi', value: encodeVerbatim(paperDoi(paper) ?? '') }, { name: 'url', value: absUrl(paper.id) });
  return { type, fields: [...fields, ...userFields(paper)] };
}

/** Writes papers as a BibLaTeX file for biber, in the order given. */
export function exportBiblatex(papers: readonly PaperRecord[], context: ExportContext): ExportFile[] {
  const keys = assignCitationKeys(papers);
  const entries = papers.map((paper) => {
    const { type, fields } = isDoiPaperId(paper.id) ? publishedEntry(paper) : arxivEntry(paper);
    return formatBibEntry(type, keys.get(paper.id) ?? paper.id, fields);
  });
  return [
    {
      filename: `papershelf-${isoDate(context.exportedAt)}-biblatex.bib`,
      mimeType: MIME_TYPES.bibtex,
      text: entries.join('\n'),
    },
  ];
}
