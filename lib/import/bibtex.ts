import { type ParsedPaperId, parseArxivId, paperIdFromDoi } from '../ids';
import type { VenueType } from '../paper';
import { normalizeTag } from '../tags';
import { arxivIdFromDoi, arxivIdFromUrl, findArxivReference, firstArxivId } from './arxiv-reference';
import { parseBibtexNames, splitAtTopLevel } from './bibtex-names';
import { parseBibFile, type BibEntry } from './bibtex-syntax';
import { collectImport, doiText, recordFromCitation } from './imported-record';
import { decodeLatex, decodeLatexNote } from './latex';
import { type EntryResult, importFailure, type ImportResult } from './types';

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function field(entry: BibEntry, name: string): string | undefined {
  const value = entry.fields.get(name);
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * Finds the arXiv id of an entry: eprint (when archivePrefix or eprinttype is arXiv or
 * absent), then "arXiv:<id>" in journal, number, note and similar fields, then an
 * arxiv.org URL, then an arXiv DOI (10.48550/arXiv.<id>).
 */
function findArxivId(entry: BibEntry): ParsedPaperId | null {
  const archive = (field(entry, 'archiveprefix') ?? field(entry, 'eprinttype') ?? 'arxiv').trim().toLowerCase();
  const eprint = field(entry, 'eprint');
  const referenceFields = ['journal', 'journaltitle', 'number', 'note', 'howpublished', 'pubstate', 'publisher'];
  return firstArxivId([
    () => (eprint && archive === 'arxiv' ? parseArxivId(eprint) : null),
    ...referenceFields.map((name) => () => findArxivReference(field(entry, name))),
    () => arxivIdFromUrl(field(entry, 'url')),
    () => arxivIdFromUrl(field(entry, 'eprint')),
    () => arxivIdFromDoi(field(entry, 'doi')),
  ]);
}

/**
 * Finds the id of an entry: its arXiv id when it names one, otherwise the `doi:` id of
 * its doi field or of a doi.org URL. So a preprint that also carries a DOI stays an arXiv
 * record with `doi` set.
 */
function findPaperId(entry: BibEntry): ParsedPaperId | null {
  return findArxivId(entry) ?? paperIdFromDoi(field(entry, 'doi') ?? '') ?? paperIdFromDoi(field(entry, 'url') ?? '');
}

/** Journal of an @article, or proceedings of an @inproceedings (@conference is its old name). */
function venue(entry: BibEntry): { venue?: string; venueType?: VenueType } {
  const type = entry.type.toLowerCase();
  if (type === 'inproceedings' || type === 'conference') {
    const booktitle = field(entry, 'booktitle');
    return booktitle ? { venue: decodeLatex(booktitle), venueType: 'proceedings' } : {};
  }
  const journal = type === 'article' ? (field(entry, 'journaltitle') ?? field(entry, 'journal')) : undefined;
  return journal ? { venue: decodeLatex(journal), venueType: 'journal' } : {};
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** ISO date from biblatex's date field, or from year, month and day. */
function publishedDate(entry: BibEntry): string | undefined {
  const date = field(entry, 'date')?.trim();
  if (date && /^\d{4}(-\d{2}(-\d{2})?)?/.test(date)) return date.slice(0, 10);

  const year = field(entry, 'year')?.trim();
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  const monthText = field(entry, 'month')?.trim().toLowerCase() ?? '';
  const monthNumber = /^\d{1,2}$/.test(monthText)
    ? Number(monthText)
    : MONTH_NAMES.indexOf(monthText.slice(0, 3)) + 1;
  if (monthNumber < 1 || monthNumber > 12) return year;

  const yearMonth = `${year}-${pad(monthNumber)}`;
  const day = field(entry, 'day')?.trim();
  return day && /^\d{1,2}$/.test(day) ? `${yearMonth}-${pad(Number(day))}` : yearMonth;
}

function keywords(entry: BibEntry): string[] {
  const raw = field(entry, 'keywords');
  if (!raw) return [];
  return splitAtTopLevel(raw, /^[,;]/)
    .map((keyword) => normalizeTag(decodeLatex(keyword)))
    .filter(Boolean);
}

const NO_PAPER_ID =
  'no arXiv identifier or DOI (expected eprint, "arXiv:<id>" in journal or note, an arxiv.org URL, ' +
  'a doi field or a doi.org URL)';

function entryToRecord(entry: BibEntry, importedAt: number): EntryResult {
  const name = entry.key || entry.type;
  const paper = findPaperId(entry);
  if (!paper) {
    return { ok: false, errors: [{ entry: name, field: null, message: NO_PAPER_ID }] };
  }
  const title = field(entry, 'title');
  if (!title) return { ok: false, errors: [{ entry: name, field: 'title', message: 'missing title' }] };

  const notes = ['annote', 'annotation', 'note'].map((fieldName) => field(entry, fieldName) ?? '').map(decodeLatexNote);
  const result = recordFromCitation(
    {
      paper,
      title: decodeLatex(title),
      authors: parseBibtexNames(field(entry, 'author') ?? ''),
      abstract: decodeLatexNote(field(entry, 'abstract') ?? ''),
      published: publishedDate(entry),
      primaryCategory: field(entry, 'primaryclass')?.trim() ?? field(entry, 'eprintclass')?.trim(),
      doi: doiText(field(entry, 'doi'), field(entry, 'url')),
      ...venue(entry),
      tags: keywords(entry),
      notes,
    },
    importedAt,
  );
  return result.ok ? result : { ok: false, errors: result.errors.map((error) => ({ entry: name, ...error })) };
}

/**
 * Reads a BibTeX or BibLaTeX file as written by Zotero, Google Scholar, arXiv or
 * PaperShelf. Every reference entry must name an arXiv paper or carry a DOI; an entry
 * with neither, or a syntax error, fails the whole import. `importedAt` (epoch milliseconds) dates
 * the new records.
 */
export function importBibtex(text: string, importedAt: number): ImportResult {
  const file = parseBibFile(text);
  if (file.errors.length > 0) {
    return importFailure(file.errors.map((error) => ({ entry: error.entry, field: null, message: error.message })));
  }
  if (file.entries.length === 0) {
    return importFailure([{ entry: null, field: null, message: 'no BibTeX entries found' }]);
  }
  return collectImport(file.entries.map((entry) => entryToRecord(entry, importedAt)));
}
