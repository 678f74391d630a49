import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { deleteAllPapers, deletePapers, editPapers, editTags, InvalidEditError } from '../../../lib/db/edits';
import { undoChange } from '../../../lib/db/undo';
import type { BulkEdit } from '../../../lib/edits/bulk';
import type { TagEdit } from '../../../lib/edits/tags';
import type { PaperRecord } from '../../../lib/paper';
import { paper } from '../edits/records';

let db: PaperShelfDatabase;

const library = [
  paper(1, { tags: ['ml', 'x'], savedAt: 5, status: 'reading' }),
  paper(2, { tags: ['ML', 'machine learning'] }),
  paper(3, { tags: ['Vision'] }),
  paper(4, { tags: [] }),
];

async function snapshot(): Promise<PaperRecord[]> {
  return db.papers.orderBy('id').toArray();
}

async function tagsOf(n: number): Promise<string[] | undefined> {
  return (await db.papers.get(paper(n).id))?.tags;
}

/** Makes the second record a transaction writes fail, after the first one was written. */
function failSecondWrite() {
  let writes = 0;
  const fail = () => {
    writes += 1;
    if (writes === 2) throw new Error('simulated write failure');
  };
  db.papers.hook('updating', fail);
  db.papers.hook('creating', fail);
  db.papers.hook('deleting', fail);
}

beforeEach(async () => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  await db.papers.bulkPut(library);
});

afterEach(async () => {
  await db.delete();
});

describe('editTags', () => {
  it.each<[string, TagEdit, Record<number, string[]>]>([
    ['rename in any case', { kind: 'rename', from: 'ml', to: 'deep learning' }, { 1: ['deep learning', 'x'], 2: ['deep learning', 'machine learning'], 3: ['Vision'] }],
    ['rename onto an existing tag', { kind: 'rename', from: 'ml', to: 'Machine Learning' }, { 1: ['Machine Learning', 'x'], 2: ['Machine Learning'], 3: ['Vision'] }],
    ['merge', { kind: 'merge', sources: ['x', 'vision'], into: 'misc' }, { 1: ['ml', 'misc'], 2: ['ML', 'machine learning'], 3: ['misc'] }],
    ['delete', { kind: 'delete', tag: 'ML' }, { 1: ['x'], 2: ['machine learning'], 3: ['Vision'] }],
  ])('%s', async (_case, edit, expected) => {
    await editTags(db, edit, 100);
    for (const [n, tags] of Object.entries(expected)) expect(await tagsOf(Number(n))).toEqual(tags);
  });

  it('stamps only changed papers', async () => {
    await editTags(db, { kind: 'delete', tag: 'x' }, 100);
    const stamps = (await snapshot()).map((record) => record.updatedAt);
    expect(stamps).toEqual([100, 1, 1, 1]);
  });

  it('returns the records before', async () => {
    const change = await editTags(db, { kind: 'delete', tag: 'ml' }, 100);
    const before = [...change.before].sort((a, b) => a.id.localeCompare(b.id));
    expect(before).toEqual([library[0], library[1]]);
  });

  it('changes nothing for an unknown tag', async () => {
    const change = await editTags(db, { kind: 'delete', tag: 'nope' }, 100);
    expect(change.before).toEqual([]);
    expect(await snapshot()).toEqual(library);
  });

  it('rejects an invalid edit', async () => {
    await expect(editTags(db, { kind: 'rename', from: 'ml', to: ' ' })).rejects.toBeInstanceOf(InvalidEditError);
  });

  it('undo restores exactly', async () => {
    const change = await editTags(db, { kind: 'merge', sources: ['ml', 'vision'], into: 'x' }, 100);
    const result = await undoChange(db, change);
    expect(result).toEqual({ restored: 3, kept: [] });
    expect(await snapshot()).toEqual(library);
  });

  it('failure leaves data unchanged', async () => {
    failSecondWrite();
    await expect(editTags(db, { kind: 'rename', from: 'ml', to: 'z' }, 100)).rejects.toThrow('simulated write failure');
    expect(await snapshot()).toEqual(library);
  });
});

describe('editPapers', () => {
  const ids = [paper(1).id, paper(4).id, paper(9).id];

  it.each<[string, BulkEdit, Partial<PaperRecord>[]]>([
    ['add tag', { kind: 'add-tag', tag: 'new' }, [{ tags: ['ml', 'x', 'new'] }, { tags: ['new'] }]],
    ['remove tag', { kind: 'remove-tag', tag: 'X' }, [{ tags: ['ml'] }, { tags: [] }]],
    ['set status', { kind: 'set-status', status: 'read' }, [{ status: 'read', savedAt: 5 }, { status: 'read', savedAt: 100 }]],
    ['save', { kind: 'set-saved', saved: true }, [{ savedAt: 5 }, { savedAt: 100 }]],
    ['unsave keeps the status', { kind: 'set-saved', saved: false }, [{ status: 'reading' }, { status: 'to-read' }]],
  ])('%s', async (_case, edit, expected) => {
    await editPapers(db, ids, edit, 100);
    const [first, fourth] = await db.papers.bulkGet([paper(1).id, paper(4).id]);
    expect(first).toMatchObject(expected[0]!);
    expect(fourth).toMatchObject(expected[1]!);
  });

  it('unsave removes savedAt', async () => {
    await editPapers(db, ids, { kind: 'set-saved', saved: false }, 100);
    expect(await db.papers.where('savedAt').above(0).count()).toBe(0);
  });

  it('leaves unselected papers alone', async () => {
    await editPapers(db, ids, { kind: 'add-tag', tag: 'new' }, 100);
    expect(await db.papers.get(paper(2).id)).toEqual(library[1]);
  });

  it('ignores ids not in the library', async () => {
    const { change } = await editPapers(db, ids, { kind: 'add-tag', tag: 'new' }, 100);
    expect(change.before.map((record) => record.id)).toEqual([paper(1).id, paper(4).id]);
    expect(await db.papers.count()).toBe(4);
  });

  it.each<[string, BulkEdit]>([
    ['add tag', { kind: 'add-tag', tag: 'new' }],
    ['set status', { kind: 'set-status', status: 'read' }],
    ['unsave', { kind: 'set-saved', saved: false }],
  ])('undo restores exactly: %s', async (_case, edit) => {
    const { change } = await editPapers(db, ids, edit, 100);
    await undoChange(db, change);
    expect(await snapshot()).toEqual(library);
  });

  it('reports papers at the tag limit', async () => {
    const full = paper(5, { tags: Array.from({ length: 200 }, (_, index) => `t${index}`) });
    await db.papers.put(full);
    const { skipped } = await editPapers(db, [full.id], { kind: 'add-tag', tag: 'one more' }, 100);
    expect(skipped).toEqual([full.id]);
    expect(await db.papers.get(full.id)).toEqual(full);
  });

  it('rejects a blank tag', async () => {
    await expect(editPapers(db, ids, { kind: 'add-tag', tag: ' ' })).rejects.toBeInstanceOf(InvalidEditError);
  });

  it('failure leaves data unchanged', async () => {
    failSecondWrite();
    await expect(editPapers(db, ids, { kind: 'add-tag', tag: 'new' }, 100)).rejects.toThrow('simulated write failure');
    expect(await snapshot()).toEqual(library);
  });
});

describe('deletePapers', () => {
  it('deletes and undoes', async () => {
    const change = await deletePapers(db, [paper(2).id, paper(3).id, paper(9).id]);
    expect(change.before).toEqual([library[1], library[2]]);
    expect(await db.papers.count()).toBe(2);
    await undoChange(db, change);
    expect(await snapshot()).toEqual(library);
  });

  it('failure leaves data unchanged', async () => {
    failSecondWrite();
    await expect(deletePapers(db, [paper(2).id, paper(3).id])).rejects.toThrow('simulated write failure');
    expect(await snapshot()).toEqual(library);
  });
});

describe('deleteAllPapers', () => {
  it('empties the library', async () => {
    const change = await deleteAllPapers(db);
    expect(change.before).toHaveLength(4);
    expect(await db.papers.count()).toBe(0);
  });

  it('undo restores every paper', async () => {
    const change = await deleteAllPapers(db);
    const result = await undoChange(db, change);
    expect(result.restored).toBe(4);
    expect(await snapshot()).toEqual(library);
  });

  it('failure leaves data unchanged', async () => {
    failSecondWrite();
    await expect(deleteAllPapers(db)).rejects.toThrow('simulated write failure');
    expect(await snapshot()).toEqual(library);
  });
});

describe('undoChange', () => {
  it('keeps papers changed since', async () => {
    const change = await editTags(db, { kind: 'delete', tag: 'ml' }, 100);
    const edited = { ...(await db.papers.get(paper(1).id))!, note: 'later', updatedAt: 200 };
    await db.papers.put(edited);
    const result = await undoChange(db, change);
    expect(result).toEqual({ restored: 1, kept: [paper(1).id] });
    expect(await db.papers.get(paper(1).id)).toEqual(edited);
    expect(await db.papers.get(paper(2).id)).toEqual(library[1]);
  });

  it('keeps papers saved again after deletion', async () => {
    const change = await deleteAllPapers(db);
    const again = paper(3, { savedAt: 300, updatedAt: 300 });
    await db.papers.put(again);
    const result = await undoChange(db, change);
    expect(result.kept).toEqual([again.id]);
    expect(await db.papers.get(again.id)).toEqual(again);
  });

  it('failure leaves data unchanged', async () => {
    const change = await deletePapers(db, [paper(1).id, paper(2).id]);
    const before = await snapshot();
    failSecondWrite();
    await expect(undoChange(db, change)).rejects.toThrow('simulated write failure');
    expect(await snapshot()).toEqual(before);
  });
});
