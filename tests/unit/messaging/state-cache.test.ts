import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { getStates, setSaved } from '../../../lib/db/papers';
import { StateCache } from '../../../lib/messaging/state-cache';
import { sighting } from '../sighting';

const FIRST = 'arxiv:2401.00001';
const SECOND = 'arxiv:2401.00002';

let db: PaperShelfDatabase;
let read: ReturnType<typeof vi.fn<(ids: string[]) => ReturnType<typeof getStates>>>;

beforeEach(() => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  read = vi.fn((ids: string[]) => getStates(db, ids));
});

afterEach(async () => {
  await db.delete();
});

describe('StateCache', () => {
  it('reads each id once', async () => {
    await setSaved(db, sighting({ id: FIRST }), true);
    const cache = new StateCache(read);
    await cache.get([FIRST, SECOND]);
    const again = await cache.get([SECOND, FIRST]);
    expect(read).toHaveBeenCalledTimes(1);
    expect(again.map((state) => [state.id, state.saved])).toEqual([
      [SECOND, false],
      [FIRST, true],
    ]);
  });

  it('reads a forgotten paper again', async () => {
    const cache = new StateCache(read);
    await cache.get([FIRST, SECOND]);
    await setSaved(db, sighting({ id: FIRST }), true);
    cache.forget((id) => id === FIRST);
    const [first] = await cache.get([FIRST]);
    expect(first?.saved).toBe(true);
    expect(read).toHaveBeenLastCalledWith([FIRST]);
  });

  it('keeps no read that a write overtook', async () => {
    const cache = new StateCache(read);
    const pending = cache.get([FIRST]);
    cache.forget(() => true);
    await pending;
    expect(cache.size).toBe(0);
  });

  it('drops the oldest state beyond its limit', async () => {
    const cache = new StateCache(read, 2);
    await cache.get([FIRST, SECOND]);
    await cache.get(['arxiv:2401.00003']);
    expect(cache.size).toBe(2);
    await cache.get([SECOND]);
    expect(read).toHaveBeenCalledTimes(2);
    await cache.get([FIRST]);
    expect(read).toHaveBeenCalledTimes(3);
  });
});
