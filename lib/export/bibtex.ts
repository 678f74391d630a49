import { absUrl, bareArxivId, isDoiPaperId, paperDoi } from '../ids';
import type { PaperRecord } from '../paper';
import {
  type BibField,
  encodeAuthors,
  encodeKeywords,
  encodeNote,
  encodeVerbatim,
  formatBibEntry,
  MONTH_MACROS,
  publishedEntryType,
} from './bib-entry';
import { assignCitationKeys } from './citation-keys';
import { encodeLatex, encodeTitle } from './latex';
import { publicationDate } from './publication-date';
import { type ExportContext, type ExportFile, isoDate, MIME_TYPES } from './types';

/** Author, title, year and month: the fields every entry starts with. */
function leadingFields(paper: PaperRecord, venue?: BibField): BibField[] {
  const date = publicationDate(paper);
  const fields: BibField[] = [{ name: 'title', value: encodeTitle(paper.title, 'bibtex') }];
  if (paper.authors.length > 0) fields.unshift({ name: 'author', value: encodeAuthors(paper.authors, 'bibtex') });
  if (venue) fields.push(venue);
  if (date) fields.push({ name: 'year', value: String(date.year) });
  const month = date?.month === undefined ? undefined : MONTH_MACROS[date.month - 1];
  if (month) fields.push({ name: 'month', value: month, bare: true });
  return fields;
}

/** Tags go to keywords and the note to annote, fields that the standard styles do not print. */
function userFields(paper: PaperRecord): BibField[] {
  const fields: BibField[] = [];
  if (paper.tags.length > 0) fields.push({ name: 'keywords', value: encodeKeywords(paper.tags, 'bibtex') });
  if (paper.note.trim()) fields.push({ name: 'annote', value: encodeNote(paper.note, 'bibtex') });
  return fields;
}

/**
 * Builds an @misc entry in the form arXiv's own "Export BibTeX citation" uses
 * (eprint, archivePrefix, primaryClass), which natbib styles and reference managers read.
 */
function arxivEntry(paper: PaperRecord): { type: string; fields: BibField[] } {
  const fields = leadingFields(paper);
  fields.push({ name: 'eprint', value: bareArxivId(paper.id) }, { name: 'archivePrefix', value: 'arXiv' });
  const primaryCategory = paper.categories[0];
  if (primaryCategory) fields.push({ name: 'primaryClass', value: encodeVerbatim(primaryCategory) });
  fields.push({ name: 'url', value: absUrl(paper.id) });
  if (paper.doi) fields.push({ name: 'doi', value: encodeVerbatim(paper.doi) });
  return { type: 'misc', fields: [...fields, ...userFields(paper)] };
}

/** Builds the @article, @inproceedings or @misc entry of a paper with a DOI id, without eprint fields. */
function publishedEntry(paper: PaperRecord): { type: string; fields: BibField[] } {
  const { type, venueField } = publishedEntryType(paper, 'journal');
  const venue = venueField && paper.venue ? { name: venueField, value: encodeLatex(paper.venue, 'bibtex') } : undefined;
  const fields = leadingFields(paper, venue);
  fields.push({ name: 'doi', value: encodeVerbatim(paperDoi(paper) ?? '') });
  fields.push({ name: 'url', value: absUrl(paper.id) });
  return { type, fields: [...fields, ...userFields(paper)] };
}

/**
 * Writes papers as a BibTeX file, in the order given.
 *
 * NOTE: letters with no LaTeX command (CJK, Cyrillic, Greek, Vietnamese ơ and ư)
 * stay UTF-8. bibtex 0.99 copies them through, but abbreviating such a given name
 * ("J." style) cuts the letter's bytes apart; the BibLaTeX export with biber avoids this.
 */
export function exportBibtex(papers: readonly PaperRecord[], context: ExportContext): ExportFile[] {
  const keys = assignCitationKeys(papers);
  const entries = papers.map((paper) => {
    const { type, fields } = isDoiPaperId(paper.id) ? publishedEntry(paper) : arxivEntry(paper);
    return formatBibEntry(type, keys.get(paper.id) ?? paper.id, fields);
  });
  return [
    {
      filename: `papershelf-${isoDate(context.exportedAt)}.bib`,
      mimeType: MIME_TYPES.bibtex,
      text: entries.join('\n'),
    },
  ];
}
