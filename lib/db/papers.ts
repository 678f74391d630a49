import { addTag, countTags, removeTag } from '../tags';
import { mergeMetadata } from '../metadata';
import {
  PaperRecordSchema,
  emptyPaperState,
  toPaperState,
  type PaperId,
  type PaperRecord,
  type PaperState,
  type ReadingStatus,
} from '../paper';
import type { PaperSighting } from '../messages';
import type { PaperShelfDatabase } from './database';

/** A paper to act on: a sighting from a page (creates the record if needed) or the id of a stored one. */
export type PaperTarget = PaperSighting | PaperId;

export class PaperNotFoundError extends Error {
  constructor(id: string) {
    super(`paper ${id} is not in the library`);
    this.name = 'PaperNotFoundError';
  }
}

function targetId(target: PaperTarget): PaperId {
  return typeof target === 'string' ? target : target.metadata.id;
}

function newRecord(sighting: PaperSighting, now: number): PaperRecord {
  return PaperRecordSchema.parse({
    ...sighting.metadata,
    createdAt: now,
    updatedAt: now,
    firstSeen: { site: sighting.site, url: sighting.url, at: now },
  });
}

/**
 * Reads, changes and writes one paper in a single read-write transaction, so two
 * edits of different fields from two tabs never overwrite each other.
 */
async function updatePaper(
  db: PaperShelfDatabase,
  target: PaperTarget,
  change: (record: PaperRecord) => PaperRecord,
  now = Date.now(),
): Promise<PaperState> {
  return db.transaction('rw', db.papers, async () => {
    const id = targetId(target);
    const stored = await db.papers.get(id);
    let record: PaperRecord;
    if (stored) {
      record = typeof target === 'string' ? stored : mergeMetadata(stored, target.metadata);
    } else if (typeof target === 'string') {
      throw new PaperNotFoundError(id);
    } else {
      record = newRecord(target, now);
    }
    const changed = { ...change(record), updatedAt: now };
    await db.papers.put(changed);
    return toPaperState(changed);
  });
}

/** Adds a paper to, or removes it from, the reading list. Idempotent: saving a saved paper keeps its date. */
export function setSaved(db: PaperShelfDatabase, target: PaperTarget, saved: boolean, now = Date.now()) {
  return updatePaper(
    db,
    target,
    (record) => {
      if (saved) return { ...record, savedAt: record.savedAt ?? now };
      const { savedAt: _removed, ...rest } = record;
      return rest;
    },
    now,
  );
}

/** Sets the reading status; a status only makes sense for a paper in the list, so this also saves it. */
export function setStatus(db: PaperShelfDatabase, target: PaperTarget, status: ReadingStatus, now = Date.now()) {
  return updatePaper(db, target, (record) => ({ ...record, status, savedAt: record.savedAt ?? now }), now);
}

export function addPaperTag(db: PaperShelfDatabase, target: PaperTarget, tag: string, now = Date.now()) {
  return updatePaper(db, target, (record) => ({ ...record, tags: addTag(record.tags, tag) }), now);
}

export function removePaperTag(db: PaperShelfDatabase, target: PaperTarget, tag: string, now = Date.now()) {
  return updatePaper(db, target, (record) => ({ ...record, tags: removeTag(record.tags, tag) }), now);
}

export function setNote(db: PaperShelfDatabase, target: PaperTarget, note: string, now = Date.now()) {
  return updatePaper(db, target, (record) => ({ ...record, note }), now);
}

/** Requests up to this size read each id on its own; larger ones look at the keys first. */
const DIRECT_READ_LIMIT = 50;

/**
 * Reads the records of `ids` that are in the library, by id. For a long list it first reads
 * the stored keys between the lowest and the highest id, which is cheap. Then it reads either
 * the whole range at once or only the records that exist, not one record per id.
 */
export async function readStoredRecords(db: PaperShelfDatabase, ids: readonly PaperId[]): Promise<Map<PaperId, PaperRecord>> {
  const stored = new Map<PaperId, PaperRecord>();
  if (ids.length <= DIRECT_READ_LIMIT) {
    const records = await db.papers.bulkGet([...ids]);
    for (const record of records) if (record) stored.set(record.id, record);
    return stored;
  }
  return db.transaction('r', db.papers, async () => {
    const sorted = [...new Set(ids)].sort();
    const range = db.papers.where(':id').between(sorted[0]!, sorted.at(-1)!, true, true);
    const keys = await range.primaryKeys();
    const requested = new Set(sorted);
    const existing = keys.filter((key) => requested.has(key));
    if (existing.length === 0) return stored;
    // Reading the whole range costs less than one read per record while most of it is requested.
    const records = keys.length <= 2 * existing.length ? await range.toArray() : await db.papers.bulkGet(existing);
    for (const record of records) if (record && requested.has(record.id)) stored.set(record.id, record);
    return stored;
  });
}

/** States of the given ids in request order; ids not in the library get the empty state. */
export async function getStates(db: PaperShelfDatabase, ids: readonly PaperId[]): Promise<PaperState[]> {
  const stored = await readStoredRecords(db, ids);
  return ids.map((id) => {
    const record = stored.get(id);
    return record ? toPaperState(record) : emptyPaperState(id);
  });
}

/** Lists every tag in the library, most used first, reading only the tags index. */
export async function listTags(db: PaperShelfDatabase): Promise<{ tag: string; count: number }[]> {
  const keys = (await db.papers.orderBy('tags').keys()) as string[];
  return countTags(keys.map((tag) => [tag]));
}

/** Deletes papers and returns the deleted records so the caller can offer undo. */
export async function removePapers(db: PaperShelfDatabase, ids: readonly PaperId[]): Promise<PaperRecord[]> {
  return db.transaction('rw', db.papers, async () => {
    const records = (await db.papers.bulkGet([...ids])).filter((record) => record !== undefined);
    await db.papers.bulkDelete(records.map((record) => record.id));
    return records;
  });
}

/** Puts records back exactly as they were, for undo. */
export async function restorePapers(db: PaperShelfDatabase, records: readonly PaperRecord[]): Promise<void> {
  await db.papers.bulkPut([...records]);
}
