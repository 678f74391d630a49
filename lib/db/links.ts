import { planUpdate, type LibraryChange } from '../edits/change';
import { normaliseDoi, parseDoi } from '../ids';
import { type PaperId, type PaperRecord, PaperRecordSchema } from '../paper';
import type { PaperShelfDatabase } from './database';
import { InvalidEditError } from './edits';
import { PaperNotFoundError } from './papers';

// Each operation here changes both papers of a pair in one read-write transaction, so a
// link is never stored on one side only. Each returns a LibraryChange for undoChange.

function withId(ids: readonly PaperId[], id: PaperId): PaperId[] {
  return ids.includes(id) ? [...ids] : [...ids, id];
}

function withoutId(ids: readonly PaperId[], id: PaperId): PaperId[] {
  return ids.filter((own) => own !== id);
}

/** Returns `record` itself when neither list changes, so planUpdate leaves it alone. */
function withLists(record: PaperRecord, linkedIds: PaperId[], dismissedIds: PaperId[]): PaperRecord {
  const same = (a: readonly PaperId[], b: readonly PaperId[]) => a.length === b.length && a.every((id, index) => id === b[index]);
  if (same(linkedIds, record.linkedIds) && same(dismissedIds, record.dismissedIds)) return record;
  return { ...record, linkedIds, dismissedIds };
}

type PairEdit = (record: PaperRecord, other: PaperId) => PaperRecord;

const link: PairEdit = (record, other) => withLists(record, withId(record.linkedIds, other), withoutId(record.dismissedIds, other));
const unlink: PairEdit = (record, other) => withLists(record, withoutId(record.linkedIds, other), record.dismissedIds);
const dismiss: PairEdit = (record, other) => withLists(record, withoutId(record.linkedIds, other), withId(record.dismissedIds, other));

async function editPair(
  db: PaperShelfDatabase,
  ids: readonly [PaperId, PaperId],
  edit: PairEdit,
  options: { requireBoth: boolean; now: number },
): Promise<LibraryChange> {
  const [a, b] = ids;
  if (a === b) throw new InvalidEditError(`a paper cannot be paired with itself: ${a}`);
  return db.transaction('rw', db.papers, async () => {
    const [first, second] = await db.papers.bulkGet([a, b]);
    if (options.requireBoth && !first) throw new PaperNotFoundError(a);
    if (options.requireBoth && !second) throw new PaperNotFoundError(b);

    const records = [first, second].filter((record) => record !== undefined);
    const { writes, change } = planUpdate(records, (record) => edit(record, record.id === a ? b : a), options.now);
    for (const write of writes) {
      const result = PaperRecordSchema.safeParse(write);
      if (!result.success) {
        throw new InvalidEditError(`cannot change the links of ${write.id}: ${result.error.issues[0]?.message ?? 'invalid record'}`);
      }
    }
    await db.papers.bulkPut(writes);
    return change;
  });
}

/**
 * Links two papers as the same work: each lists the other in `linkedIds`, and a dismissal
 * of the pair is withdrawn. The records stay separate. Idempotent. Throws
 * PaperNotFoundError when either paper is not in the library.
 */
export function linkPapers(db: PaperShelfDatabase, a: PaperId, b: PaperId, now = Date.now()): Promise<LibraryChange> {
  return editPair(db, [a, b], link, { requireBoth: true, now });
}

/** Removes the link between two papers. A paper no longer in the library is skipped, so a dangling link can be removed. */
export function unlinkPapers(db: PaperShelfDatabase, a: PaperId, b: PaperId, now = Date.now()): Promise<LibraryChange> {
  return editPair(db, [a, b], unlink, { requireBoth: false, now });
}

/**
 * Marks two papers as different works, so findDuplicateCandidates no longer suggests the
 * pair, and removes a link between them. Idempotent. Throws PaperNotFoundError when either
 * paper is not in the library.
 */
export function dismissCandidate(db: PaperShelfDatabase, a: PaperId, b: PaperId, now = Date.now()): Promise<LibraryChange> {
  return editPair(db, [a, b], dismiss, { requireBoth: true, now });
}

/**
 * Finds the papers that name a DOI: the `doi:` record itself and any record whose `doi`
 * field is that DOI, compared case-insensitively through the doi index. Returns [] for
 * text that is not a DOI.
 */
export async function findPapersByDoi(db: PaperShelfDatabase, text: string): Promise<PaperRecord[]> {
  const doi = parseDoi(text);
  const key = normaliseDoi(text);
  if (doi === null || key === null) return [];
  const [byId, byField] = await Promise.all([
    db.papers.get(`doi:${key}`),
    db.papers.where('doi').equalsIgnoreCase(doi).toArray(),
  ]);
  const found = new Map(byField.map((record) => [record.id, record]));
  if (byId) found.set(byId.id, byId);
  return [...found.values()];
}
