import { z } from 'zod';
import { paperIdFromDoi, parseArxivId, type ParsedPaperId } from '../ids';
import type { VenueType } from '../paper';
import { normalizeTag } from '../tags';
import { arxivIdFromDoi, arxivIdFromUrl, findArxivReference, firstArxivId } from './arxiv-reference';
import { collectImport, doiText, recordFromCitation } from './imported-record';
import { parseJsonFile } from './json';
import { type EntryResult, fieldPath, importFailure, type ImportResult } from './types';

const DatePartSchema = z.union([z.number(), z.string()]);

const CslNameSchema = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  'dropping-particle': z.string().optional(),
  'non-dropping-particle': z.string().optional(),
  suffix: z.string().optional(),
  literal: z.string().optional(),
});

/** The CSL-JSON item fields the importer reads; other fields are allowed and ignored. */
const CslItemSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  type: z.string().optional(),
  title: z.string().optional(),
  author: z.array(CslNameSchema).optional(),
  issued: z
    .object({
      'date-parts': z.array(z.array(DatePartSchema)).optional(),
      raw: z.string().optional(),
      literal: z.string().optional(),
    })
    .optional(),
  URL: z.string().optional(),
  DOI: z.string().optional(),
  number: z.union([z.string(), z.number()]).optional(),
  publisher: z.string().optional(),
  'container-title': z.string().optional(),
  'archive_location': z.string().optional(),
  abstract: z.string().optional(),
  keyword: z.string().optional(),
  note: z.string().optional(),
  annote: z.string().optional(),
});
type CslItem = z.infer<typeof CslItemSchema>;

function displayName(name: z.infer<typeof CslNameSchema>): string {
  if (name.literal) return name.literal.trim();
  return [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * Finds the arXiv id of an item: number ("arXiv:<id>", or the bare id when the
 * publisher is arXiv), "arXiv:<id>" in other text fields, the URL, then an arXiv DOI.
 */
function findArxivId(item: CslItem): ParsedPaperId | null {
  const number = item.number === undefined ? undefined : String(item.number);
  const isArxivPublisher = item.publisher?.trim().toLowerCase() === 'arxiv';
  return firstArxivId([
    () => findArxivReference(number),
    () => (number && isArxivPublisher ? parseArxivId(number) : null),
    () => findArxivReference(item['container-title']),
    () => findArxivReference(item['archive_location']),
    () => findArxivReference(item.note),
    () => arxivIdFromUrl(item.URL),
    () => arxivIdFromDoi(item.DOI),
  ]);
}

/** Finds the arXiv id of an item, or else the `doi:` id of its DOI or of a doi.org URL. */
function findPaperId(item: CslItem): ParsedPaperId | null {
  return findArxivId(item) ?? paperIdFromDoi(item.DOI ?? '') ?? paperIdFromDoi(item.URL ?? '');
}

// CSL types whose container-title is a journal (or magazine or newspaper) or conference proceedings.
const VENUE_TYPES: Record<string, VenueType> = {
  'article-journal': 'journal',
  'article-magazine': 'journal',
  'article-newspaper': 'journal',
  'paper-conference': 'proceedings',
};

function venue(item: CslItem): { venue?: string; venueType?: VenueType } {
  const venueType = item.type ? VENUE_TYPES[item.type] : undefined;
  const title = item['container-title']?.trim();
  return venueType && title ? { venue: title, venueType } : {};
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function publishedDate(item: CslItem): string | undefined {
  const [year, month, day] = (item.issued?.['date-parts']?.[0] ?? []).map(Number);
  if (year !== undefined && Number.isInteger(year) && year > 0) {
    if (month === undefined || !(month >= 1 && month <= 12)) return String(year);
    if (day === undefined || !(day >= 1 && day <= 31)) return `${year}-${pad(month)}`;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  const raw = item.issued?.raw ?? item.issued?.literal;
  return raw && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw.trim()) ? raw.trim() : undefined;
}

const NO_PAPER_ID = 'no arXiv identifier or DOI (expected number "arXiv:<id>", an arxiv.org URL, DOI or a doi.org URL)';

function itemToRecord(value: unknown, index: number, importedAt: number): EntryResult {
  const parsed = CslItemSchema.safeParse(value);
  const entry = parsed.success && parsed.data.id !== undefined ? String(parsed.data.id) : index;
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        entry,
        field: fieldPath(issue.path),
        message: issue.message,
      })),
    };
  }

  const item = parsed.data;
  const paper = findPaperId(item);
  if (!paper) {
    return { ok: false, errors: [{ entry, field: null, message: NO_PAPER_ID }] };
  }
  const title = item.title?.trim();
  if (!title) return { ok: false, errors: [{ entry, field: 'title', message: 'missing title' }] };

  const result = recordFromCitation(
    {
      paper,
      title,
      authors: (item.author ?? []).map(displayName).filter(Boolean),
      abstract: item.abstract?.trim(),
      published: publishedDate(item),
      doi: doiText(item.DOI, item.URL),
      ...venue(item),
      // Zotero joins keywords with ", "; some tools use ";".
      tags: (item.keyword ?? '').split(/[,;]/).map(normalizeTag).filter(Boolean),
      notes: [item.annote ?? '', item.note ?? ''],
    },
    importedAt,
  );
  return result.ok ? result : { ok: false, errors: result.errors.map((error) => ({ entry, ...error })) };
}

/**
 * Reads a CSL-JSON array as Zotero, citation.js or PaperShelf write it. Every item must
 * name an arXiv paper or carry a DOI; any invalid item fails the whole import. `importedAt` (epoch
 * milliseconds) dates the new records.
 */
export function importCslJson(text: string, importedAt: number): ImportResult {
  const parsed = parseJsonFile(text);
  return parsed.ok ? importCslJsonValue(parsed.value, importedAt) : parsed.failure;
}

/** Reads CSL-JSON that is already parsed, with the checks of importCslJson. */
export function importCslJsonValue(value: unknown, importedAt: number): ImportResult {
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) return importFailure([{ entry: null, field: null, message: 'the CSL-JSON array is empty' }]);
  return collectImport(items.map((item, index) => itemToRecord(item, index, importedAt)));
}
