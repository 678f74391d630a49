import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { addPaperTag, setSaved, setStatus } from '../../../lib/db/papers';
import { readSummary } from '../../../lib/db/summary';
import { sighting } from '../sighting';

let db: PaperShelfDatabase;

beforeEach(() => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

function paper(n: number) {
  return sighting({ id: `arxiv:2401.${String(n).padStart(5, '0')}`, title: `Paper ${n}` });
}

describe('readSummary', () => {
  it('counts the reading list by status', async () => {
    await setStatus(db, paper(1), 'reading', 1);
    await setStatus(db, paper(2), 'read', 2);
    await setSaved(db, paper(3), true, 3);
    await addPaperTag(db, paper(4), 'only-tagged', 4);
    const summary = await readSummary(db);
    expect(summary.saved).toBe(3);
    expect(summary.total).toBe(4);
    expect(summary.byStatus).toEqual({ 'to-read': 1, reading: 1, read: 1 });
  });

  it('lists recent saves newest first', async () => {
    for (let n = 1; n <= 12; n++) await setSaved(db, paper(n), true, n * 10);
    const summary = await readSummary(db);
    expect(summary.recent).toHaveLength(10);
    expect(summary.recent[0]?.title).toBe('Paper 12');
    expect(summary.recent[9]?.title).toBe('Paper 3');
  });

  it('ranks tags by use', async () => {
    await addPaperTag(db, paper(1), 'rl');
    await addPaperTag(db, paper(2), 'rl');
    await addPaperTag(db, paper(2), 'nlp');
    const summary = await readSummary(db);
    expect(summary.topTags).toEqual([
      { tag: 'rl', count: 2 },
      { tag: 'nlp', count: 1 },
    ]);
  });
});
