import { absUrl, bareDoi, isDoiPaperId, type ParsedPaperId, parseDoi, pdfUrl } from '../ids';
import { type PaperId, type PaperLinks, type PaperRecord, PaperRecordSchema, type VenueType } from '../paper';
import { addTag } from '../tags';
import { isArxivDoi, isArxivReferenceNote } from './arxiv-reference';
import { mergeImported } from './merge';
import { type EntryResult, fieldPath, type ImportError, importFailure, type ImportResult } from './types';

/** The fields a citation file contains about one paper, decoded to plain text. */
export interface CitationFields {
  /** The arXiv id when the entry names one, otherwise the `doi:` id of its DOI. */
  paper: ParsedPaperId;
  title: string;
  authors: string[];
  abstract?: string;
  published?: string;
  primaryCategory?: string;
  doi?: string;
  /** Journal or proceedings title; kept only for `doi:` records. */
  venue?: string;
  venueType?: VenueType;
  tags: string[];
  notes: string[];
}

/** Picks the text that gives an entry's DOI: its DOI field, or else its URL when that is a doi.org URL. */
export function doiText(doiField: string | undefined, url: string | undefined): string | undefined {
  const doi = doiField?.trim();
  if (doi) return doi;
  return url && parseDoi(url) !== null ? url.trim() : undefined;
}

/**
 * Chooses the DOI to store, as the file wrote it but without a URL or `doi:` prefix. A `doi:`
 * record always gets one, taken from its id when the text is not a valid DOI. An arXiv
 * DOI only restates the arXiv id and is dropped.
 */
function citationDoi(id: PaperId, doi: string | undefined): string | undefined {
  if (isDoiPaperId(id)) return parseDoi(doi ?? '') ?? bareDoi(id);
  return doi && !isArxivDoi(doi) ? (parseDoi(doi) ?? doi) : undefined;
}

function paperLinks(id: PaperId): PaperLinks {
  const pdf = pdfUrl(id);
  return pdf ? { abs: absUrl(id), pdf } : { abs: absUrl(id) };
}

/**
 * Builds a record from a citation entry, saved as of `importedAt` with status to-read.
 * BibTeX and CSL-JSON contain no reading state, so the record gets updatedAt 0. Merged
 * into a stored record, its state is then the older one and never replaces the status
 * the user set.
 */
export function recordFromCitation(
  fields: CitationFields,
  importedAt: number,
): { ok: true; record: PaperRecord } | { ok: false; errors: Omit<ImportError, 'entry'>[] } {
  const { id, version } = fields.paper;
  const isPublished = isDoiPaperId(id);
  const notes = fields.notes.map((note) => note.trim()).filter((note) => note && !isArxivReferenceNote(note));
  const input = {
    id,
    version,
    title: fields.title,
    authors: fields.authors,
    abstract: fields.abstract || undefined,
    published: fields.published,
    categories: fields.primaryCategory ? [fields.primaryCategory] : [],
    doi: citationDoi(id, fields.doi),
    venue: isPublished ? fields.venue?.trim() || undefined : undefined,
    venueType: isPublished && fields.venue?.trim() ? fields.venueType : undefined,
    links: paperLinks(id),
    status: 'to-read',
    tags: fields.tags.reduce<string[]>((tags, tag) => addTag(tags, tag), []),
    note: [...new Set(notes)].join('\n\n'),
    savedAt: importedAt,
    createdAt: importedAt,
    updatedAt: 0,
    firstSeen: { site: 'import', url: absUrl(id), at: importedAt },
  };
  const result = PaperRecordSchema.safeParse(input);
  if (result.success) return { ok: true, record: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      field: fieldPath(issue.path),
      message: issue.message,
    })),
  };
}

/**
 * Collects per-entry results into one import result: any error fails the whole
 * import, and entries for the same paper are merged into one record.
 */
export function collectImport(results: readonly EntryResult[]): ImportResult {
  const errors = results.flatMap((result) => (result.ok ? [] : result.errors));
  if (errors.length > 0) return importFailure(errors);

  const byId = new Map<string, PaperRecord>();
  for (const result of results) {
    if (!result.ok) continue;
    // Merge only real repeats: mergeImported dates a record that has no partner, and an
    // imported record must keep updatedAt 0 until it meets the library's copy.
    const earlier = byId.get(result.record.id);
    byId.set(result.record.id, earlier ? mergeImported(earlier, result.record) : result.record);
  }
  return { ok: true, papers: [...byId.values()] };
}
