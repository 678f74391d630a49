import { z } from 'zod';
import {
  PaperIdSchema,
  PaperMetadataSchema,
  PaperStateSchema,
  ReadingStatusSchema,
  SiteIdSchema,
} from './paper';

/** A paper as a page shows it, with where it was seen, so the first action can create its record. */
export const PaperSightingSchema = z.object({
  metadata: PaperMetadataSchema,
  site: SiteIdSchema,
  url: z.string().max(2048),
});
export type PaperSighting = z.infer<typeof PaperSightingSchema>;

const MAX_IDS_PER_REQUEST = 10_000;

/** Requests that content scripts and extension pages send to the background. */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-states'), ids: z.array(PaperIdSchema).max(MAX_IDS_PER_REQUEST) }),
  z.object({ type: z.literal('set-saved'), paper: PaperSightingSchema, saved: z.boolean() }),
  z.object({ type: z.literal('set-status'), paper: PaperSightingSchema, status: ReadingStatusSchema }),
  z.object({ type: z.literal('add-tag'), paper: PaperSightingSchema, tag: z.string().min(1).max(100) }),
  z.object({ type: z.literal('remove-tag'), id: PaperIdSchema, tag: z.string().min(1).max(100) }),
  z.object({ type: z.literal('set-note'), paper: PaperSightingSchema, note: z.string().max(100_000) }),
  z.object({ type: z.literal('list-tags') }),
  /** BibTeX of one paper: the stored record when there is one, else the sighting's metadata. */
  z.object({ type: z.literal('get-bibtex'), paper: PaperSightingSchema }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

export const ErrorResponseSchema = z.object({ ok: z.literal(false), error: z.string() });
export const StatesResponseSchema = z.object({ ok: z.literal(true), states: z.array(PaperStateSchema) });
export const StateResponseSchema = z.object({ ok: z.literal(true), state: PaperStateSchema });
export const TagsResponseSchema = z.object({ ok: z.literal(true), tags: z.array(z.string()) });
export const TextResponseSchema = z.object({ ok: z.literal(true), text: z.string() });

export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
export type StatesResponse = z.infer<typeof StatesResponseSchema>;
export type StateResponse = z.infer<typeof StateResponseSchema>;
export type TagsResponse = z.infer<typeof TagsResponseSchema>;

/** The response schema for each request type, checked by the sender. */
export const RESPONSE_SCHEMAS = {
  'get-states': StatesResponseSchema,
  'set-saved': StateResponseSchema,
  'set-status': StateResponseSchema,
  'add-tag': StateResponseSchema,
  'remove-tag': StateResponseSchema,
  'set-note': StateResponseSchema,
  'list-tags': TagsResponseSchema,
  'get-bibtex': TextResponseSchema,
} as const satisfies Record<RequestType, z.ZodType>;

export type ResponseFor<T extends RequestType> = z.infer<(typeof RESPONSE_SCHEMAS)[T]>;

/** Name of the port a content script keeps open to hear about changes to the papers it shows. */
export const LIVE_PORT_NAME = 'papershelf-live';

/** Messages a content script sends on the live port. */
export const LiveClientMessageSchema = z.object({
  type: z.literal('watch'),
  ids: z.array(PaperIdSchema).max(MAX_IDS_PER_REQUEST),
});
export type LiveClientMessage = z.infer<typeof LiveClientMessageSchema>;

/** Messages the background sends on the live port: the current state of changed papers. */
export const LiveServerMessageSchema = z.object({
  type: z.literal('states'),
  states: z.array(PaperStateSchema),
});
export type LiveServerMessage = z.infer<typeof LiveServerMessageSchema>;

/** Describes why a message failed validation, naming the fields, for logs and error responses. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(message)'}: ${issue.message}`)
    .join('; ');
}
