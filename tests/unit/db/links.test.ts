import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { InvalidEditError } from '../../../lib/db/edits';
import { dismissCandidate, findPapersByDoi, linkPapers, unlinkPapers } from '../../../lib/db/links';
import { PaperNotFoundError, removePapers, setNote } from '../../../lib/db/papers';
import { undoChange } from '../../../lib/db/undo';
import { findDuplicateCandidates } from '../../../lib/duplicates';
import { type PaperRecord, PaperRecordSchema } from '../../../lib/paper';

const PREPRINT = 'arxiv:1810.04805';
const PUBLISHED = 'doi:10.18653/v1/n19-1423';
const OTHER = 'arxiv:2401.00001';

let db: PaperShelfDatabase;

function records(): PaperRecord[] {
  return [
    PaperRecordSchema.parse({
      id: PREPRINT,
      title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      authors: ['Jacob Devlin'],
      doi: '10.18653/v1/N19-1423',
      tags: ['nlp'],
      savedAt: 5,
      createdAt: 5,
      updatedAt: 10,
    }),
    PaperRecordSchema.parse({
      id: PUBLISHED,
      doi: '10.18653/v1/N19-1423',
      title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      authors: ['Jacob Devlin'],
      venue: 'Proceedings of NAACL-HLT 2019',
      venueType: 'proceedings',
      createdAt: 6,
      updatedAt: 11,
    }),
    PaperRecordSchema.parse({ id: OTHER, title: 'Another paper', createdAt: 7, updatedAt: 12 }),
  ];
}

/** Records in the order IndexedDB returns them: by primary key, compared by code unit. */
function inKeyOrder(list: PaperRecord[]): PaperRecord[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function get(id: string): Promise<PaperRecord> {
  const record = await db.papers.get(id);
  if (!record) throw new Error(`${id} is missing`);
  return record;
}

beforeEach(async () => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  await db.papers.bulkAdd(records());
});

afterEach(async () => {
  await db.delete();
});

describe('linkPapers', () => {
  it('stores each id on the other side', async () => {
    await linkPapers(db, PREPRINT, PUBLISHED, 100);
    expect((await get(PREPRINT)).linkedIds).toEqual([PUBLISHED]);
    expect((await get(PUBLISHED)).linkedIds).toEqual([PREPRINT]);
  });

  it('stamps both records and keeps the rest', async () => {
    await linkPapers(db, PREPRINT, PUBLISHED, 100);
    const preprint = await get(PREPRINT);
    expect(preprint.updatedAt).toBe(100);
    expect((await get(PUBLISHED)).updatedAt).toBe(100);
    expect(preprint.tags).toEqual(['nlp']);
    expect(preprint.savedAt).toBe(5);
    expect((await get(OTHER)).updatedAt).toBe(12);
  });

  it('removes the pair from the candidates', async () => {
    expect(findDuplicateCandidates(await db.papers.toArray())).toHaveLength(1);
    await linkPapers(db, PUBLISHED, PREPRINT, 100);
    expect(findDuplicateCandidates(await db.papers.toArray())).toEqual([]);
  });

  it('changes nothing when already linked', async () => {
    await linkPapers(db, PREPRINT, PUBLISHED, 100);
    const change = await linkPapers(db, PREPRINT, PUBLISHED, 200);
    expect(change.before).toEqual([]);
    expect((await get(PREPRINT)).updatedAt).toBe(100);
  });

  it('withdraws a dismissal', async () => {
    await dismissCandidate(db, PREPRINT, PUBLISHED, 100);
    await linkPapers(db, PREPRINT, PUBLISHED, 200);
    expect((await get(PREPRINT)).dismissedIds).toEqual([]);
    expect((await get(PUBLISHED)).dismissedIds).toEqual([]);
    expect((await get(PREPRINT)).linkedIds).toEqual([PUBLISHED]);
  });

  it('rejects a missing paper and writes nothing', async () => {
    await expect(linkPapers(db, PREPRINT, 'doi:10.1000/missing', 100)).rejects.toBeInstanceOf(PaperNotFoundError);
    expect(await db.papers.toArray()).toEqual(inKeyOrder(records()));
  });

  it('rejects linking a paper to itself', async () => {
    await expect(linkPapers(db, PREPRINT, PREPRINT, 100)).rejects.toBeInstanceOf(InvalidEditError);
    expect(await db.papers.toArray()).toEqual(inKeyOrder(records()));
  });

  it('rejects a link beyond the schema limit and writes nothing', async () => {
    const crowded = { ...(await get(PREPRINT)), linkedIds: Array.from({ length: 100 }, (_, index) => `doi:10.1000/${index}`) };
    await db.papers.put(crowded);
    await expect(linkPapers(db, PREPRINT, PUBLISHED, 100)).rejects.toBeInstanceOf(InvalidEditError);
    expect((await get(PUBLISHED)).linkedIds).toEqual([]);
  });

  it('is undone by undoChange', async () => {
    const change = await linkPapers(db, PREPRINT, PUBLISHED, 100);
    const result = await undoChange(db, change);
    expect(result).toEqual({ restored: 2, kept: [] });
    expect(await db.papers.toArray()).toEqual(inKeyOrder(records()));
  });

  it('keeps a paper changed since when undone', async () => {
    const change = await linkPapers(db, PREPRINT, PUBLISHED, 100);
    await setNote(db, PUBLISHED, 'edited later', 200);
    const result = await undoChange(db, change);
    expect(result.kept).toEqual([PUBLISHED]);
    expect((await get(PUBLISHED)).linkedIds).toEqual([PREPRINT]);
    expect((await get(PREPRINT)).linkedIds).toEqual([]);
  });
});

describe('unlinkPapers', () => {
  it('removes the link on both sides', async () => {
    await linkPapers(db, PREPRINT, PUBLISHED, 100);
    await unlinkPapers(db, PUBLISHED, PREPRINT, 200);
    expect((await get(PREPRINT)).linkedIds).toEqual([]);
    expect((await get(PUBLISHED)).linkedIds).toEqual([]);
  });

  it('suggests the pair again', async () => {
    await linkPapers(db, PREPRINT, PUBLISHED, 100);
    await unlinkPapers(db, PREPRINT, PUBLISHED, 200);
    expect(findDuplicateCandidates(await db.papers.toArray())).toHaveLength(1);
  });

  it('removes a link to a deleted paper', async () => {
    await linkPapers(db, PREPRINT, PUBLISHED, 100);
    await removePapers(db, [PUBLISHED]);
    await unlinkPapers(db, PREPRINT, PUBLISHED, 200);
    expect((await get(PREPRINT)).linkedIds).toEqual([]);
  });

  it('is undone by undoChange', async () => {
    await linkPapers(db, PREPRINT, PUBLISHED, 100);
    const change = await unlinkPapers(db, PREPRINT, PUBLISHED, 200);
    await undoChange(db, change);
    expect((await get(PREPRINT)).linkedIds).toEqual([PUBLISHED]);
    expect((await get(PUBLISHED)).linkedIds).toEqual([PREPRINT]);
  });
});

describe('dismissCandidate', () => {
  it('stores the dismissal on both sides', async () => {
    await dismissCandidate(db, PREPRINT, PUBLISHED, 100);
    expect((await get(PREPRINT)).dismissedIds).toEqual([PUBLISHED]);
    expect((await get(PUBLISHED)).dismissedIds).toEqual([PREPRINT]);
  });

  it('stops suggesting the pair', async () => {
    await dismissCandidate(db, PREPRINT, PUBLISHED, 100);
    expect(findDuplicateCandidates(await db.papers.toArray())).toEqual([]);
  });

  it('removes a link between the two', async () => {
    await linkPapers(db, PREPRINT, PUBLISHED, 100);
    await dismissCandidate(db, PREPRINT, PUBLISHED, 200);
    expect((await get(PREPRINT)).linkedIds).toEqual([]);
    expect((await get(PUBLISHED)).linkedIds).toEqual([]);
  });

  it('is undone by undoChange', async () => {
    const change = await dismissCandidate(db, PREPRINT, PUBLISHED, 100);
    await undoChange(db, change);
    expect(await db.papers.toArray()).toEqual(inKeyOrder(records()));
    expect(findDuplicateCandidates(await db.papers.toArray())).toHaveLength(1);
  });

  it('rejects a missing paper', async () => {
    await expect(dismissCandidate(db, 'doi:10.1000/missing', PREPRINT, 100)).rejects.toBeInstanceOf(PaperNotFoundError);
  });
});

describe('findPapersByDoi', () => {
  it.each([
    ['10.18653/v1/N19-1423'],
    ['10.18653/V1/n19-1423'],
    ['https://doi.org/10.18653/v1/N19-1423'],
    ['doi:10.18653/v1/n19-1423'],
  ])('finds both records for %s', async (doi) => {
    const found = await findPapersByDoi(db, doi);
    expect(found.map((record) => record.id).sort()).toEqual([PREPRINT, PUBLISHED]);
  });

  it.each([['10.1000/unknown'], ['not a doi']])('finds nothing for %s', async (doi) => {
    expect(await findPapersByDoi(db, doi)).toEqual([]);
  });
});
