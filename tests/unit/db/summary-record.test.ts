import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { InvalidEditError, deleteAllPapers, deletePapers, editPapers, editTags } from '../../../lib/db/edits';
import { importPapers } from '../../../lib/db/import';
import { dismissCandidate, linkPapers, unlinkPapers } from '../../../lib/db/links';
import {
  PaperNotFoundError,
  addPaperTag,
  removePaperTag,
  removePapers,
  restorePapers,
  setNote,
  setSaved,
  setStatus,
} from '../../../lib/db/papers';
import { countSummaryFromIndexes, readLibrarySummary, repairSummary } from '../../../lib/db/summary';
import { SUMMARY_ID, tallyPapers, toStoredSummary } from '../../../lib/db/summary-record';
import { undoChange } from '../../../lib/db/undo';
import type { LibraryChange } from '../../../lib/edits/change';
import { PaperRecordSchema, READING_STATUSES, type PaperId, type PaperRecord } from '../../../lib/paper';
import { createRandom } from '../../../scripts/bench/data';
import { sighting } from '../sighting';

let db: PaperShelfDatabase;

beforeEach(() => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

function idOf(n: number): PaperId {
  return `arxiv:2401.${String(n).padStart(5, '0')}`;
}

/** Spellings that differ only in case, so tag edits and merges meet every spelling rule. */
const TAGS = ['ml', 'ML', 'Ml', 'graphs', 'Graphs', 'rl', 'vision', 'to check'];

function importedRecord(n: number, random: () => number): PaperRecord {
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const saved = random() < 0.6;
  return PaperRecordSchema.parse({
    id: idOf(n),
    title: `Imported paper ${n}`,
    status: pick(READING_STATUSES),
    // An imported file may list a tag twice or in two spellings. The tags index stores each spelling once.
    tags: Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS)),
    note: random() < 0.3 ? 'imported note' : '',
    savedAt: saved ? 1000 + n : undefined,
    createdAt: 1000,
    updatedAt: 1000 + Math.floor(random() * 10),
  });
}

/** Expects the stored summary to equal a recount of every record, and a recount over the indexes. */
async function expectSummaryMatchesLibrary(step: string): Promise<void> {
  const stored = await db.summary.get(SUMMARY_ID);
  const recounted = toStoredSummary(tallyPapers(await db.papers.toArray()));
  expect(stored, step).toEqual(recounted);
  expect(toStoredSummary(await countSummaryFromIndexes(db)), step).toEqual(recounted);
}

describe('library summary record', () => {
  it('starts at zero in a new database', async () => {
    await db.open();
    expect(await db.summary.get(SUMMARY_ID)).toEqual({
      id: SUMMARY_ID,
      total: 0,
      saved: 0,
      byStatus: { 'to-read': 0, reading: 0, read: 0 },
      tags: [],
    });
  });

  it('matches a recount after random operations', async () => {
    const random = createRandom(20260101);
    const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const someIds = () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => idOf(1 + Math.floor(random() * 30)));
    const changes: LibraryChange[] = [];
    let removed: PaperRecord[] = [];
    let now = 10_000;

    const operations: Record<string, () => Promise<unknown>> = {
      setSaved: () => setSaved(db, sighting({ id: idOf(1 + Math.floor(random() * 30)), title: 'Seen' }), random() < 0.7, now),
      setStatus: () => setStatus(db, sighting({ id: idOf(1 + Math.floor(random() * 30)), title: 'Seen' }), pick(READING_STATUSES), now),
      addPaperTag: () => addPaperTag(db, sighting({ id: idOf(1 + Math.floor(random() * 30)), title: 'Seen' }), pick(TAGS), now),
      removePaperTag: async () => {
        const paper = await db.papers.toCollection().first();
        if (paper) await removePaperTag(db, paper.id, pick(TAGS), now);
      },
      setNote: () => setNote(db, sighting({ id: idOf(1 + Math.floor(random() * 30)), title: 'Seen' }), 'a note', now),
      editPapers: async () => {
        const edit = pick([
          { kind: 'add-tag', tag: pick(TAGS) },
          { kind: 'remove-tag', tag: pick(TAGS) },
          { kind: 'set-status', status: pick(READING_STATUSES) },
          { kind: 'set-saved', saved: random() < 0.5 },
        ] as const);
        changes.push((await editPapers(db, someIds(), edit, now)).change);
      },
      editTags: async () => {
        const edit = pick([
          { kind: 'rename', from: pick(TAGS), to: pick(TAGS) },
          { kind: 'merge', sources: [pick(TAGS), pick(TAGS)], into: pick(TAGS) },
          { kind: 'delete', tag: pick(TAGS) },
        ] as const);
        // A rename onto the same name, or a merge of fewer than two distinct tags, throws InvalidEditError and writes nothing.
        try {
          changes.push(await editTags(db, edit, now));
        } catch (error) {
          if (!(error instanceof InvalidEditError)) throw error;
        }
      },
      deletePapers: async () => changes.push(await deletePapers(db, someIds())),
      deleteAllPapers: async () => {
        if (random() < 0.3) changes.push(await deleteAllPapers(db));
      },
      undoChange: async () => {
        const change = changes.pop();
        if (change) await undoChange(db, change);
      },
      removePapers: async () => {
        removed = await removePapers(db, someIds());
      },
      restorePapers: async () => {
        await restorePapers(db, removed);
        removed = [];
      },
      importPapers: () => importPapers(db, Array.from({ length: 1 + Math.floor(random() * 8) }, () => importedRecord(1 + Math.floor(random() * 40), random))),
      links: async () => {
        const [a, b] = [idOf(1 + Math.floor(random() * 30)), idOf(1 + Math.floor(random() * 30))];
        if (a === b) return;
        const action = pick([linkPapers, unlinkPapers, dismissCandidate]);
        // Linking a paper that is not in the library throws PaperNotFoundError and writes nothing.
        try {
          changes.push(await action(db, a, b, now));
        } catch (error) {
          if (!(error instanceof PaperNotFoundError)) throw error;
        }
      },
    };

    const names = Object.keys(operations);
    for (let step = 0; step < 400; step++) {
      const name = pick(names);
      now += 1000;
      await operations[name]!();
      await expectSummaryMatchesLibrary(`step ${step}: ${name}`);
    }
    expect(await db.papers.count()).toBeGreaterThan(0);
  });

  it('counts writes made in parallel in one transaction', async () => {
    const random = createRandom(7);
    await db.transaction('rw', db.papers, () =>
      Promise.all([
        db.papers.bulkPut([importedRecord(1, random), importedRecord(2, random)]),
        db.papers.put(importedRecord(1, random)),
        db.papers.add(importedRecord(3, random)),
        db.papers.delete(idOf(2)),
      ]),
    );
    await expectSummaryMatchesLibrary('parallel writes');
    expect(await db.papers.count()).toBe(2);
  });

  it('counts a bulk put that names a paper twice', async () => {
    const random = createRandom(8);
    await db.papers.bulkPut([importedRecord(1, random), importedRecord(1, random), importedRecord(1, random)]);
    await expectSummaryMatchesLibrary('duplicate keys');
    expect((await db.summary.get(SUMMARY_ID))?.total).toBe(1);
  });

  it('counts a read value changed in place', async () => {
    const random = createRandom(13);
    await db.papers.put({ ...importedRecord(1, random), tags: ['ml'], savedAt: 5 });
    await db.transaction('rw', db.papers, async () => {
      const [paper] = await db.papers.bulkGet([idOf(1)]);
      paper!.tags.push('rl');
      delete paper!.savedAt;
      await db.papers.put(paper!);
      const again = await db.papers.get(idOf(1));
      again!.tags = [];
      await db.papers.bulkPut([again!]);
    });
    await expectSummaryMatchesLibrary('changed in place');
    expect((await db.summary.get(SUMMARY_ID))?.saved).toBe(0);
  });

  it('skips adds that fail', async () => {
    const random = createRandom(9);
    await db.papers.add(importedRecord(1, random));
    await expect(db.papers.bulkAdd([importedRecord(1, random), importedRecord(2, random)])).rejects.toThrow(Dexie.BulkError);
    await expectSummaryMatchesLibrary('failed add');
    expect((await db.summary.get(SUMMARY_ID))?.total).toBe(2);
  });

  it('rolls back with an aborted transaction', async () => {
    const random = createRandom(10);
    await db.papers.bulkPut([importedRecord(1, random), importedRecord(2, random)]);
    const before = await db.summary.get(SUMMARY_ID);
    await expect(
      db.transaction('rw', db.papers, async () => {
        await db.papers.delete(idOf(1));
        await db.papers.put(importedRecord(3, random));
        throw new Error('aborted on purpose');
      }),
    ).rejects.toThrow('aborted on purpose');
    expect(await db.summary.get(SUMMARY_ID)).toEqual(before);
  });

  it('counts range deletions and modify', async () => {
    const random = createRandom(11);
    await db.papers.bulkPut(Array.from({ length: 20 }, (_, index) => importedRecord(index + 1, random)));
    await db.papers.where('id').between(idOf(3), idOf(8)).delete();
    await expectSummaryMatchesLibrary('primary key range deletion');
    await db.papers.where('savedAt').above(1010).delete();
    await expectSummaryMatchesLibrary('index range deletion');
    await db.papers.toCollection().modify((paper) => {
      paper.tags = [...paper.tags, 'modified'];
      paper.status = 'read';
    });
    await expectSummaryMatchesLibrary('modify');
    await db.papers.clear();
    await expectSummaryMatchesLibrary('clear');
  });

  it('recounts a missing summary', async () => {
    await setStatus(db, sighting({ id: idOf(1), title: 'One' }), 'reading', 1);
    await addPaperTag(db, sighting({ id: idOf(2), title: 'Two' }), 'ml', 2);
    await db.summary.delete(SUMMARY_ID);
    // Writes without a stored summary leave it missing rather than counting from nothing.
    await setSaved(db, sighting({ id: idOf(3), title: 'Three' }), true, 3);
    expect(await db.summary.get(SUMMARY_ID)).toBeUndefined();

    const overview = await readLibrarySummary(db);
    expect(overview.stored).toBe(false);
    expect(overview.counts).toEqual({ total: 3, saved: 2, byStatus: { 'to-read': 1, reading: 1, read: 0 } });
    expect(overview.topTags).toEqual([{ tag: 'ml', count: 1 }]);

    await repairSummary(db);
    await expectSummaryMatchesLibrary('repaired');
    expect((await readLibrarySummary(db)).stored).toBe(true);
  });

  it('recounts an invalid summary', async () => {
    await setStatus(db, sighting({ id: idOf(1), title: 'One' }), 'read', 1);
    await db.summary.put({ ...(await db.summary.get(SUMMARY_ID))!, saved: 5, total: 2 });
    const overview = await readLibrarySummary(db);
    expect(overview.stored).toBe(false);
    expect(overview.counts).toEqual({ total: 1, saved: 1, byStatus: { 'to-read': 0, reading: 0, read: 1 } });

    // The next write drops the invalid record instead of counting from it.
    await setNote(db, idOf(1), 'note', 2);
    expect(await db.summary.get(SUMMARY_ID)).toBeUndefined();
  });

  it('merges tag spellings in the top tags', async () => {
    const random = createRandom(12);
    await importPapers(db, [
      { ...importedRecord(1, random), tags: ['ML', 'ml', 'ML'] },
      { ...importedRecord(2, random), tags: ['ml'] },
      { ...importedRecord(3, random), tags: ['rl'] },
    ]);
    await expectSummaryMatchesLibrary('spellings');
    expect((await readLibrarySummary(db)).topTags).toEqual([
      { tag: 'ML', count: 3 },
      { tag: 'rl', count: 1 },
    ]);
  });
});
