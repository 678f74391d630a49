import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { handleRequest } from '../../../lib/messaging/handle-request';
import { sighting } from '../sighting';

let db: PaperShelfDatabase;

beforeEach(async () => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('handleRequest', () => {
  it('saves and reports the new state', async () => {
    const response = await handleRequest(db, { type: 'set-saved', paper: sighting(), saved: true });
    expect(response).toMatchObject({ ok: true, state: { id: 'arxiv:2401.00001', saved: true } });
  });

  it.each([
    ['not an object', 'save please'],
    ['unknown type', { type: 'drop-database' }],
    ['bad id', { type: 'get-states', ids: ['2401.00001'] }],
    ['bad status', { type: 'set-status', paper: sighting(), status: 'done' }],
    ['missing title', { type: 'set-saved', paper: { ...sighting(), metadata: { id: 'arxiv:2401.00001' } }, saved: true }],
    ['oversized note', { type: 'set-note', paper: sighting(), note: 'x'.repeat(100_001) }],
  ])('rejects %s', async (_case, message) => {
    const response = await handleRequest(db, message);
    expect(response.ok).toBe(false);
    expect(String(response.error)).toMatch(/^invalid message: /);
    expect(await db.papers.count()).toBe(0);
    expect(console.warn).toHaveBeenCalledTimes(1);
  });

  it('names the failing field', async () => {
    const response = await handleRequest(db, { type: 'set-status', paper: sighting(), status: 'done' });
    expect(String(response.error)).toContain('status');
  });

  it('reports a missing paper as an error', async () => {
    const response = await handleRequest(db, { type: 'remove-tag', id: 'arxiv:2401.00009', tag: 'x' });
    expect(response).toEqual({ ok: false, error: 'paper arxiv:2401.00009 is not in the library' });
  });

  it('lists tags', async () => {
    await handleRequest(db, { type: 'add-tag', paper: sighting(), tag: 'llm' });
    expect(await handleRequest(db, { type: 'list-tags' })).toEqual({ ok: true, tags: ['llm'] });
  });
});
