import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { removePapers, setSaved } from '../../../lib/db/papers';
import { ChangedPapers } from '../../../lib/messaging/changed-papers';
import { sighting } from '../sighting';

let db: PaperShelfDatabase;
let changes: ChangedPapers;
const collect = (parts: ObservabilitySet) => {
  changes.add(parts);
};

/** Dexie fires storagemutated after the transaction committed, in a later task. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(async () => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  changes = new ChangedPapers(db.name);
  Dexie.on('storagemutated', collect);
  // Creating the database names every key; start from the writes of the test itself.
  await db.open();
  await settle();
  changes.take();
});

afterEach(async () => {
  Dexie.on('storagemutated').unsubscribe(collect);
  await db.delete();
});

describe('ChangedPapers', () => {
  it('names the papers that a write changed and no others', async () => {
    await setSaved(db, sighting({ id: 'arxiv:2401.00001' }), true);
    await settle();
    const isChanged = changes.take();
    expect(isChanged('arxiv:2401.00001')).toBe(true);
    expect(isChanged('arxiv:2401.00002')).toBe(false);
  });

  it('starts a new collection after take', async () => {
    await setSaved(db, sighting({ id: 'arxiv:2401.00001' }), true);
    await settle();
    changes.take();
    await setSaved(db, sighting({ id: 'arxiv:2401.00002' }), true);
    await settle();
    const isChanged = changes.take();
    expect(isChanged('arxiv:2401.00001')).toBe(false);
    expect(isChanged('arxiv:2401.00002')).toBe(true);
  });

  it('names deleted papers', async () => {
    await setSaved(db, sighting({ id: 'arxiv:2401.00003' }), true);
    await settle();
    changes.take();
    await removePapers(db, ['arxiv:2401.00003']);
    await settle();
    expect(changes.take()('arxiv:2401.00003')).toBe(true);
  });

  it('counts every paper as changed after the table is cleared', async () => {
    await setSaved(db, sighting({ id: 'arxiv:2401.00001' }), true);
    await settle();
    changes.take();
    await db.papers.clear();
    await settle();
    const isChanged = changes.take();
    expect(isChanged('arxiv:2401.00001')).toBe(true);
    expect(isChanged('hf:whatever')).toBe(true);
  });

  it('ignores parts of other databases', () => {
    const other = new ChangedPapers(db.name);
    expect(other.add({ 'idb://another/papers/': { from: 'arxiv:2401.00001', to: 'arxiv:2401.00001', d: 1 } })).toBeUndefined();
    expect(other.take()('arxiv:2401.00001')).toBe(false);
  });
});
