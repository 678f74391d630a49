import { absUrl, bareArxivId } from '../ids';
import type { PaperRecord } from '../paper';
import {
  type BibField,
  encodeAuthors,
  encodeKeywords,
  encodeNote,
  encodeVerbatim,
  formatBibEntry,
  MONTH_MACROS,
} from './bib-entry';
import { assignCitationKeys } from './citation-keys';
import { encodeTitle } from './latex';
import { publicationDate } from './publication-date';
import { type ExportContext, type ExportFile, isoDate, MIME_TYPES } from './types';

/**
 * Builds the fields of an @misc entry in the form arXiv's own "Export BibTeX
 * citation" uses (eprint, archivePrefix, primaryClass), which natbib styles and
 * reference managers read. Tags go to keywords and the note to annote, fields that
 * the standard styles do not print.
 */
function bibtexFields(paper: PaperRecord): BibField[] {
  const date = publicationDate(paper);
  const fields: BibField[] = [
    { name: 'author', value: encodeAuthors(paper.authors, 'bibtex') },
    { name: 'title', value: encodeTitle(paper.title, 'bibtex') },
    { name: 'year', value: String(date.year) },
  ];
  const month = MONTH_MACROS[date.month - 1];
  if (month) fields.push({ name: 'month', value: month, bare: true });
  fields.push({ name: 'eprint', value: bareArxivId(paper.id) }, { name: 'archivePrefix', value: 'arXiv' });
  const primaryCategory = paper.categories[0];
  if (primaryCategory) fields.push({ name: 'primaryClass', value: encodeVerbatim(primaryCategory) });
  fields.push({ name: 'url', value: absUrl(paper.id) });
  if (paper.doi) fields.push({ name: 'doi', value: encodeVerbatim(paper.doi) });
  if (paper.tags.length > 0) fields.push({ name: 'keywords', value: encodeKeywords(paper.tags, 'bibtex') });
  if (paper.note.trim()) fields.push({ name: 'annote', value: encodeNote(paper.note, 'bibtex') });
  return fields.filter((field) => field.name !== 'author' || field.value !== '');
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
  const entries = papers.map((paper) => formatBibEntry('misc', keys.get(paper.id) ?? paper.id, bibtexFields(paper)));
  return [
    {
      filename: `papershelf-${isoDate(context.exportedAt)}.bib`,
      mimeType: MIME_TYPES.bibtex,
      text: entries.join('\n'),
    },
  ];
}
