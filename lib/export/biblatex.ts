import { absUrl, bareArxivId } from '../ids';
import type { PaperRecord } from '../paper';
import {
  type BibField,
  encodeAuthors,
  encodeKeywords,
  encodeNote,
  encodeVerbatim,
  formatBibEntry,
} from './bib-entry';
import { assignCitationKeys } from './citation-keys';
import { encodeTitle } from './latex';
import { formatPublicationDate, publicationDate } from './publication-date';
import { type ExportContext, type ExportFile, isoDate, MIME_TYPES } from './types';

/**
 * Builds the fields of an @online entry with biblatex's eprint fields (eprinttype =
 * arxiv, eprintclass) and an ISO date. Text stays UTF-8, which biber reads natively.
 */
function biblatexFields(paper: PaperRecord): BibField[] {
  const fields: BibField[] = [];
  if (paper.authors.length > 0) fields.push({ name: 'author', value: encodeAuthors(paper.authors, 'utf8') });
  fields.push(
    { name: 'title', value: encodeTitle(paper.title, 'utf8') },
    { name: 'date', value: formatPublicationDate(publicationDate(paper)) },
    { name: 'eprint', value: bareArxivId(paper.id) },
    { name: 'eprinttype', value: 'arxiv' },
  );
  const primaryCategory = paper.categories[0];
  if (primaryCategory) fields.push({ name: 'eprintclass', value: encodeVerbatim(primaryCategory) });
  fields.push({ name: 'url', value: absUrl(paper.id) });
  if (paper.doi) fields.push({ name: 'doi', value: encodeVerbatim(paper.doi) });
  if (paper.tags.length > 0) fields.push({ name: 'keywords', value: encodeKeywords(paper.tags, 'utf8') });
  if (paper.note.trim()) fields.push({ name: 'annotation', value: encodeNote(paper.note, 'utf8') });
  return fields;
}

/** Writes papers as a BibLaTeX file for biber, in the order given. */
export function exportBiblatex(papers: readonly PaperRecord[], context: ExportContext): ExportFile[] {
  const keys = assignCitationKeys(papers);
  const entries = papers.map((paper) =>
    formatBibEntry('online', keys.get(paper.id) ?? paper.id, biblatexFields(paper)),
  );
  return [
    {
      filename: `papershelf-${isoDate(context.exportedAt)}-biblatex.bib`,
      mimeType: MIME_TYPES.bibtex,
      text: entries.join('\n'),
    },
  ];
}
