import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaperShelfDatabase } from '../../../lib/db/database';
import {
  addPaperTag,
  getStates,
  listTags,
  PaperNotFoundError,
  removePapers,
  removePaperTag,
  restorePapers,
  setNote,
  setSaved,
  setStatus,
} from '../../../lib/db/papers';
import { sighting } from '../sighting';

let db: PaperShelfDatabase;

beforeEach(async () => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('setSaved', () => {
  it('creates the record with first sighting', async () => {
    const state = await setSaved(db, sighting(), true, 1000);
    expect(state.saved).toBe(true);
    const record = await db.papers.get('arxiv:2401.00001');
    expect(record?.title).toBe('Attention Is Still All You Need');
    expect(record?.savedAt).toBe(1000);
    expect(record?.firstSeen).toEqual({ site: 'arxiv', url: 'https://arxiv.org/list/cs.AI/recent', at: 1000 });
  });

  it('is idempotent for a saved paper', async () => {
    await setSaved(db, sighting(), true, 1000);
    const state = await setSaved(db, sighting(), true, 2000);
    expect(state.saved).toBe(true);
    expect(await db.papers.count()).toBe(1);
    expect((await db.papers.get('arxiv:2401.00001'))?.savedAt).toBe(1000);
  });

  it('keeps tags and note when unsaving', async () => {
    await setSaved(db, sighting(), true);
    await addPaperTag(db, sighting(), 'llm');
    await setNote(db, sighting(), 'read section 3');
    const state = await setSaved(db, sighting(), false);
    expect(state.saved).toBe(false);
    expect(state.tags).toEqual(['llm']);
    expect(state.note).toBe('read section 3');
    expect(await db.papers.where('savedAt').above(0).count()).toBe(0);
  });

  it('merges metadata from another site', async () => {
    await setSaved(db, sighting({ version: 1 }), true);
    const fromHuggingFace = {
      ...sighting({ version: 2, abstract: 'We study attention.', links: { huggingface: 'https://huggingface.co/papers/2401.00001' } }),
      site: 'huggingface' as const,
    };
    await addPaperTag(db, fromHuggingFace, 'vision');
    const record = await db.papers.get('arxiv:2401.00001');
    expect(record?.version).toBe(2);
    expect(record?.abstract).toBe('We study attention.');
    expect(record?.links.huggingface).toBe('https://huggingface.co/papers/2401.00001');
    expect(record?.firstSeen?.site).toBe('arxiv');
  });
});

describe('setStatus', () => {
  it('saves the paper too', async () => {
    const state = await setStatus(db, sighting(), 'reading');
    expect(state).toMatchObject({ saved: true, status: 'reading' });
  });
});

describe('tags', () => {
  it('compares case-insensitively and trims', async () => {
    await addPaperTag(db, sighting(), 'LLM');
    const state = await addPaperTag(db, sighting(), '  llm ');
    expect(state.tags).toEqual(['LLM']);
  });

  it('removes by any spelling', async () => {
    await addPaperTag(db, sighting(), 'Vision');
    const state = await removePaperTag(db, 'arxiv:2401.00001', 'vision');
    expect(state.tags).toEqual([]);
  });

  it('rejects an id not in the library', async () => {
    await expect(removePaperTag(db, 'arxiv:2401.99999', 'x')).rejects.toBeInstanceOf(PaperNotFoundError);
  });

  it('lists tags by use', async () => {
    await addPaperTag(db, sighting(), 'llm');
    await addPaperTag(db, sighting({ id: 'arxiv:2401.00002' }), 'llm');
    await addPaperTag(db, sighting({ id: 'arxiv:2401.00002' }), 'agents');
    expect(await listTags(db)).toEqual([
      { tag: 'llm', count: 2 },
      { tag: 'agents', count: 1 },
    ]);
  });
});

describe('two tabs', () => {
  it('keeps the last edit of each field', async () => {
    await Promise.all([setNote(db, sighting(), 'from tab A'), setStatus(db, sighting(), 'read'), addPaperTag(db, sighting(), 'b')]);
    const [state] = await getStates(db, ['arxiv:2401.00001']);
    expect(state?.note).toBe('from tab A');
    expect(state?.status).toBe('read');
    expect(state?.tags).toEqual(['b']);
  });
});

describe('getStates', () => {
  it('returns empty states for unknown ids in order', async () => {
    await setSaved(db, sighting({ id: 'arxiv:2401.00002' }), true);
    const states = await getStates(db, ['arxiv:2401.00001', 'arxiv:2401.00002']);
    expect(states.map((state) => [state.id, state.saved])).toEqual([
      ['arxiv:2401.00001', false],
      ['arxiv:2401.00002', true],
    ]);
  });

  const arxivId = (number: number) => `arxiv:2401.${String(number).padStart(5, '0')}`;
  // Odd numbers only, so an even one lies between the page's ids without being on the page.
  const pageIds = Array.from({ length: 200 }, (_, index) => arxivId(2 * index + 1));

  it.each([
    ['most of a long page stored', (index: number) => index % 4 !== 0],
    ['few of a long page stored', (index: number) => index % 40 === 0],
  ])('reads %s', async (_, isStored) => {
    const stored = pageIds.filter((_, index) => isStored(index));
    // A stored paper between the page's ids that the page does not show must not appear.
    await setSaved(db, sighting({ id: arxivId(50) }), true);
    for (const id of stored) await setSaved(db, sighting({ id }), true);
    const reversed = [...pageIds].reverse();

    const states = await getStates(db, reversed);

    expect(states.map((state) => state.id)).toEqual(reversed);
    expect(states.filter((state) => state.saved).map((state) => state.id).sort()).toEqual(stored);
  });
});

describe('removePapers', () => {
  it('returns removed records for undo', async () => {
    await setSaved(db, sighting(), true, 5);
    await addPaperTag(db, sighting(), 'keep', 6);
    const before = await db.papers.get('arxiv:2401.00001');
    const removed = await removePapers(db, ['arxiv:2401.00001', 'arxiv:2401.99999']);
    expect(removed).toHaveLength(1);
    expect(await db.papers.count()).toBe(0);
    await restorePapers(db, removed);
    expect(await db.papers.get('arxiv:2401.00001')).toEqual(before);
  });
});
