import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { getStates, setSaved, setNote } from '../../../lib/db/papers';
import type { LiveServerMessage } from '../../../lib/messages';
import { LiveHub } from '../../../lib/messaging/live-hub';
import { sighting } from '../sighting';

let db: PaperShelfDatabase;
let hub: LiveHub;

function port() {
  const messages: LiveServerMessage[] = [];
  return { messages, postMessage: (message: LiveServerMessage) => messages.push(message) };
}

beforeEach(() => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  hub = new LiveHub((ids) => getStates(db, ids));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('LiveHub', () => {
  it('answers a watch with current states', async () => {
    await setSaved(db, sighting(), true);
    const tab = port();
    await hub.receive(tab, { type: 'watch', ids: ['arxiv:2401.00001', 'arxiv:2401.00002'] });
    expect(tab.messages).toHaveLength(1);
    expect(tab.messages[0]?.states.map((state) => state.saved)).toEqual([true, false]);
  });

  it('pushes only changed papers to watchers', async () => {
    const first = port();
    const second = port();
    await hub.receive(first, { type: 'watch', ids: ['arxiv:2401.00001'] });
    await hub.receive(second, { type: 'watch', ids: ['arxiv:2401.00002'] });
    await setNote(db, sighting(), 'new note');
    await hub.refresh();
    expect(first.messages).toHaveLength(2);
    expect(first.messages[1]?.states[0]?.note).toBe('new note');
    expect(second.messages).toHaveLength(1);
  });

  it('re-reads only the watched ids that the filter accepts', async () => {
    const read = vi.fn((ids: string[]) => getStates(db, ids));
    const filtered = new LiveHub(read);
    const tab = port();
    await filtered.receive(tab, { type: 'watch', ids: ['arxiv:2401.00001', 'arxiv:2401.00002'] });
    await setSaved(db, sighting(), true);
    await filtered.refresh((id) => id === 'arxiv:2401.00001');
    expect(read).toHaveBeenLastCalledWith(['arxiv:2401.00001']);
    expect(tab.messages[1]?.states).toEqual([expect.objectContaining({ id: 'arxiv:2401.00001', saved: true })]);
  });

  it('stops pushing after disconnect', async () => {
    const tab = port();
    await hub.receive(tab, { type: 'watch', ids: ['arxiv:2401.00001'] });
    hub.disconnect(tab);
    await setSaved(db, sighting(), true);
    await hub.refresh();
    expect(tab.messages).toHaveLength(1);
    expect(hub.size).toBe(0);
  });

  it('ignores an invalid watch', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tab = port();
    await hub.receive(tab, { type: 'watch', ids: ['not-an-id'] });
    expect(tab.messages).toEqual([]);
    expect(console.warn).toHaveBeenCalledTimes(1);
  });
});
