import { describeIssues, RequestSchema, type ErrorResponse, type Request } from '../messages';
import { PaperShelfDatabase } from '../db/database';
import {
  addPaperTag,
  getStates,
  listTags,
  removePaperTag,
  setNote,
  setSaved,
  setStatus,
} from '../db/papers';
import { log } from '../log';
import { exportBibtex } from '../export/bibtex';
import { PaperRecordSchema } from '../paper';
import type { PaperSighting } from '../messages';

/** Response object sent back to the sender of a request. */
export type RequestResult = Record<string, unknown> & { ok: boolean };

async function run(db: PaperShelfDatabase, request: Request): Promise<RequestResult> {
  switch (request.type) {
    case 'get-states':
      return { ok: true, states: await getStates(db, request.ids) };
    case 'set-saved':
      return { ok: true, state: await setSaved(db, request.paper, request.saved) };
    case 'set-status':
      return { ok: true, state: await setStatus(db, request.paper, request.status) };
    case 'add-tag':
      return { ok: true, state: await addPaperTag(db, request.paper, request.tag) };
    case 'remove-tag':
      return { ok: true, state: await removePaperTag(db, request.id, request.tag) };
    case 'set-note':
      return { ok: true, state: await setNote(db, request.paper, request.note) };
    case 'list-tags':
      return { ok: true, tags: (await listTags(db)).map(({ tag }) => tag) };
    case 'get-bibtex':
      return { ok: true, text: await paperBibtex(db, request.paper) };
  }
}

async function paperBibtex(db: PaperShelfDatabase, paper: PaperSighting): Promise<string> {
  const now = Date.now();
  const record =
    (await db.papers.get(paper.metadata.id)) ??
    PaperRecordSchema.parse({ ...paper.metadata, createdAt: now, updatedAt: now });
  return exportBibtex([record], { exportedAt: now }).map((file) => file.text).join('');
}

/**
 * Validates a message from another context and carries it out. An invalid message is
 * rejected with the failing fields and logged; it never reaches the database.
 */
export async function handleRequest(db: PaperShelfDatabase, message: unknown): Promise<RequestResult> {
  const parsed = RequestSchema.safeParse(message);
  if (!parsed.success) {
    const error = `invalid message: ${describeIssues(parsed.error)}`;
    log.warn('background', error);
    return { ok: false, error } satisfies ErrorResponse;
  }
  try {
    return await run(db, parsed.data);
  } catch (error) {
    log.error('background', `${parsed.data.type} failed`, error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ErrorResponse;
  }
}
