import { z } from 'zod';

/** Canonical paper id: `arxiv:` followed by the arXiv identifier without its version. */
export const PaperIdSchema = z
  .string()
  .regex(
    /^arxiv:(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/,
    'expected a canonical id such as arxiv:2401.00001 or arxiv:hep-th/9901001',
  );
export type PaperId = z.infer<typeof PaperIdSchema>;

export const READING_STATUSES = ['to-read', 'reading', 'read'] as const;
export const ReadingStatusSchema = z.enum(READING_STATUSES);
export type ReadingStatus = z.infer<typeof ReadingStatusSchema>;

export const STATUS_LABELS: Record<ReadingStatus, string> = {
  'to-read': 'To read',
  reading: 'Reading',
  read: 'Read',
};

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
  doi: z.string().max(300).optional(),
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
   * list (it may still have tags and a note), so the savedAt index holds exactly the
   * reading list.
   */
  savedAt: z.number().int().nonnegative().optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  firstSeen: FirstSeenSchema.optional(),
});
export type PaperRecord = z.infer<typeof PaperRecordSchema>;

export function isSaved(record: Pick<PaperRecord, 'savedAt'>): boolean {
  return record.savedAt !== undefined;
}

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
