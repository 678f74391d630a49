import { describe, expect, it, vi } from 'vitest';
import { PaperStore } from '../../../lib/paper-store';

const ID = 'arxiv:2401.00001';

describe('PaperStore', () => {
  it('reports no state for an id that was only read', () => {
    const store = new PaperStore();
    expect(store.get(ID).saved).toBe(false);
    expect(store.has(ID)).toBe(false);
  });

  it('returns the same empty state object on every read, as useSyncExternalStore needs', () => {
    const store = new PaperStore();
    expect(store.get(ID)).toBe(store.get(ID));
  });

  it('returns the reported state and tells its listeners', () => {
    const store = new PaperStore();
    const listener = vi.fn();
    store.subscribe(ID, listener);
    store.get(ID);
    store.set([{ id: ID, saved: true, status: 'reading', tags: ['rl'], note: '' }]);
    expect(store.has(ID)).toBe(true);
    expect(store.get(ID)).toMatchObject({ saved: true, status: 'reading', tags: ['rl'] });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
