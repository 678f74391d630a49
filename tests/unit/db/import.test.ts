import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { importPapers } from '../../../lib/db/import';
import { mergeImported, NOTE_SEPARATOR } from '../../../lib/import/merge';
import { type PaperRecord, PaperRecordSchema } from '../../../lib/paper';

const T1 = Date.UTC(2024, 0, 1);
const T2 = Date.UTC(2024, 1, 1);
const T3 = Date.UTC(2024, 2, 1);

function record(id: string, fields: Partial<PaperRecord> = {}): PaperRecord {
  return PaperRecordSchema.parse({ id, title: `Title of ${id}`, createdAt: T1, updatedAt: T2, ...fields });
}

let db: PaperShelfDatabase;

beforeEach(() => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

function stored(): Promise<PaperRecord[]> {
  return db.papers.orderBy('id').toArray();
}

describe('importPapers', () => {
  it('adds every paper to an empty library', async () => {
    const papers = [
      record('arxiv:2401.00001', { savedAt: T1, tags: ['llm'] }),
      record('arxiv:2401.00002', { note: 'Check the proof.' }),
      // Citation imports carry updatedAt 0; a new record is dated by its creation.
      record('doi:10.1145/3292500.3330701', { updatedAt: 0 }),
    ];

    expect(await importPapers(db, papers)).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await stored()).toEqual(papers.map((paper) => mergeImported(undefined, paper)));
    expect((await db.papers.get('doi:10.1145/3292500.3330701'))?.updatedAt).toBe(T1);
  });

  it('counts added, updated and unchanged papers', async () => {
    const unchanged = record('arxiv:2401.00001', { tags: ['llm'] });
    const changed = record('arxiv:2401.00002', { note: 'Stored note.' });
    await db.papers.bulkPut([unchanged, changed]);

    const summary = await importPapers(db, [
      unchanged,
      record('arxiv:2401.00002', { note: 'Imported note.', updatedAt: T3 }),
      record('arxiv:2401.00003'),
    ]);

    expect(summary).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect(await db.papers.get(unchanged.id)).toEqual(unchanged);
    const merged = await db.papers.get(changed.id);
    expect(merged?.note).toBe(`Stored note.${NOTE_SEPARATOR}Imported note.`);
    expect(merged?.updatedAt).toBe(T3);
    expect(await db.papers.get('arxiv:2401.00003')).toEqual(record('arxiv:2401.00003'));
  });

  it('merges into stored records by the merge rules', async () => {
    const existing = record('arxiv:2401.00001', { status: 'reading', savedAt: T1, tags: ['NLP'], updatedAt: T3 });
    await db.papers.put(existing);
    const incoming = record('arxiv:2401.00001', { status: 'read', tags: ['nlp', 'Audio'], createdAt: 0, updatedAt: T2 });

    await importPapers(db, [incoming]);

    expect(await db.papers.get(existing.id)).toEqual(mergeImported(existing, incoming));
    expect((await db.papers.get(existing.id))?.tags).toEqual(['NLP', 'Audio']);
    expect((await db.papers.get(existing.id))?.status).toBe('reading');
  });

  it('changes nothing on a second import', async () => {
    await db.papers.put(record('arxiv:2401.00001', { note: 'Stored note.' }));
    const papers = [
      record('arxiv:2401.00001', { note: 'Imported note.', tags: ['llm'] }),
      record('arxiv:2401.00002', { savedAt: T2 }),
    ];

    expect(await importPapers(db, papers)).toEqual({ added: 1, updated: 1, unchanged: 0 });
    const afterFirst = await stored();
    expect(await importPapers(db, papers)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await stored()).toEqual(afterFirst);
  });

  it('merges a paper listed twice in one file', async () => {
    const papers = [
      record('arxiv:2401.00001', { tags: ['first'] }),
      record('arxiv:2401.00001', { tags: ['second'], updatedAt: T3 }),
    ];

    expect(await importPapers(db, papers)).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const [only] = await stored();
    expect(only?.tags).toEqual(['first', 'second']);
    expect(only?.updatedAt).toBe(T3);
  });

  it('merges a repeated paper into the stored one', async () => {
    await db.papers.put(record('arxiv:2401.00001', { tags: ['stored'] }));

    const summary = await importPapers(db, [
      record('arxiv:2401.00001', { tags: ['first'] }),
      record('arxiv:2401.00001', { tags: ['second'] }),
    ]);

    expect(summary).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await db.papers.get('arxiv:2401.00001'))?.tags).toEqual(['stored', 'first', 'second']);
  });

  it('writes nothing when one write fails', async () => {
    const existing = record('arxiv:2401.00001', { tags: ['stored'] });
    await db.papers.put(existing);
    // A record without an id cannot be stored, so its add fails after the others were requested.
    const broken = { ...record('arxiv:2401.00009'), id: undefined } as unknown as PaperRecord;

    await expect(
      importPapers(db, [
        record('arxiv:2401.00001', { tags: ['imported'], updatedAt: T3 }),
        record('arxiv:2401.00002'),
        broken,
      ]),
    ).rejects.toThrow();

    expect(await stored()).toEqual([existing]);
  });

  it('adds nothing for an empty file', async () => {
    await db.papers.put(record('arxiv:2401.00001'));

    expect(await importPapers(db, [])).toEqual({ added: 0, updated: 0, unchanged: 0 });
    expect(await db.papers.count()).toBe(1);
  });
});
