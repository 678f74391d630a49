import { z } from 'zod';
import { READING_STATUSES, isSaved } from './reading-list';

/**
 * Canonical paper id: `arxiv:` and the arXiv identifier without its version, or `doi:`
 * and the DOI of a published paper with its ASCII letters lower-cased (see normaliseDoi
 * in lib/doi.ts). An arXiv-registered DOI (10.48550/arXiv.<id>) is not a `doi:` id,
 * because that preprint's id is `arxiv:<id>`.
 */
export const PaperIdSchema = z
  .string()
  .max(304)
  .regex(
    /^(?:arxiv:(?:\d{4}\.\d{4,5}|[a-z-]+\/\d{7})|doi:(?!10\.48550\/arxiv\.)10\.\d{4,9}(?:\.\d+)*\/[^\s\p{Cc}\p{Cs}A-Z]+)$/u,
    'expected a canonical id such as arxiv:2401.00001, arxiv:hep-th/9901001 or doi:10.1145/3292500.3330701',
  );
export type PaperId = z.infer<typeof PaperIdSchema>;

export { READING_STATUSES, STATUS_LABELS, isSaved, type ReadingStatus } from './reading-list';

export const ReadingStatusSchema = z.enum(READING_STATUSES);

/** Site families that PaperShelf reads papers from. */
export const SiteIdSchema = z.enum(['arxiv', 'huggingface', 'import']);
export type SiteId = z.infer<typeof SiteIdSchema>;

const UrlText = z.string().max(2048);

export const PaperLinksSchema = z.object({
  abs: UrlText.optional(),
  pdf: UrlText.optional(),
  huggingface: UrlText.optional(),
  code: UrlText.optional(),
});
export type PaperLinks = z.infer<typeof PaperLinksSchema>;

/** Kind of venue a published paper appeared in: a journal, or the proceedings of a conference. */
export const VenueTypeSchema = z.enum(['journal', 'proceedings']);
export type VenueType = z.infer<typeof VenueTypeSchema>;

/**
 * Bibliographic data of one paper as a page shows it. Adapters produce it, the
 * background merges it into the stored record. Dates are ISO 8601 strings.
 */
export const PaperMetadataSchema = z.object({
  id: PaperIdSchema,
  /** Latest arXiv version seen, such as 2 for 2402.12354v2. */
  version: z.number().int().positive().optional(),
  title: z.string().min(1).max(2000),
  authors: z.array(z.string().min(1).max(500)).max(5000).default([]),
  abstract: z.string().max(20000).optional(),
  published: z.string().max(40).optional(),
  updated: z.string().max(40).optional(),
  /** arXiv categories in page order; the first one is the primary category. */
  categories: z.array(z.string().max(40)).max(50).default([]),
  /** DOI as the source wrote it, without a URL or `doi:` prefix; compare it with normaliseDoi. */
  doi: z.string().max(300).optional(),
  /** Journal or proceedings of the published version; set on `doi:` records only. */
  venue: z.string().max(500).optional(),
  venueType: VenueTypeSchema.optional(),
  links: PaperLinksSchema.default({}),
});
export type PaperMetadata = z.infer<typeof PaperMetadataSchema>;
export type PaperMetadataInput = z.input<typeof PaperMetadataSchema>;

export const FirstSeenSchema = z.object({
  site: SiteIdSchema,
  url: UrlText,
  at: z.number().int().nonnegative(),
});

/** The user's own data about a paper: what the control bar edits. */
export const PaperStateSchema = z.object({
  id: PaperIdSchema,
  saved: z.boolean().default(false),
  status: ReadingStatusSchema.default('to-read'),
  tags: z.array(z.string().min(1).max(100)).max(200).default([]),
  note: z.string().max(100_000).default(''),
});
export type PaperState = z.infer<typeof PaperStateSchema>;

/** One stored record: metadata, user state and bookkeeping times (epoch milliseconds). */
export const PaperRecordSchema = PaperMetadataSchema.extend({
  status: ReadingStatusSchema.default('to-read'),
  tags: z.array(z.string().min(1).max(100)).max(200).default([]),
  note: z.string().max(100_000).default(''),
  /**
   * When the paper was added to the reading list. Absent while the paper is not in the
   * list (it may still have tags and a note), so the savedAt index contains exactly the
   * reading list.
   */
  savedAt: z.number().int().nonnegative().optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  firstSeen: FirstSeenSchema.optional(),
  /**
   * Papers the user confirmed as the same work, such as the arXiv preprint of this
   * published version. Each side of a link lists the other; the records stay separate.
   */
  linkedIds: z.array(PaperIdSchema).max(100).default([]),
  /** Papers the user marked as not the same work, so they are not suggested as duplicates again. */
  dismissedIds: z.array(PaperIdSchema).max(1000).default([]),
});
export type PaperRecord = z.infer<typeof PaperRecordSchema>;

export function toPaperState(record: PaperRecord): PaperState {
  return {
    id: record.id,
    saved: isSaved(record),
    status: record.status,
    tags: record.tags,
    note: record.note,
  };
}

export function emptyPaperState(id: PaperId): PaperState {
  return PaperStateSchema.parse({ id });
}
