import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PossibleDuplicates } from '../../../components/library/PossibleDuplicates';
import { DatabaseContext } from '../../../components/shared/useDatabase';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { type PaperRecord, PaperRecordSchema } from '../../../lib/paper';

const PREPRINT = PaperRecordSchema.parse({
  id: 'arxiv:1810.04805',
  title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
  authors: ['Jacob Devlin', 'Ming-Wei Chang'],
  doi: '10.18653/v1/N19-1423',
  savedAt: 1,
  createdAt: 1,
  updatedAt: 1,
});
const PUBLISHED = PaperRecordSchema.parse({
  id: 'doi:10.18653/v1/n19-1423',
  doi: '10.18653/v1/N19-1423',
  title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
  authors: ['Jacob Devlin', 'Ming-Wei Chang'],
  venue: 'Proceedings of NAACL-HLT 2019',
  venueType: 'proceedings',
  createdAt: 2,
  updatedAt: 2,
});
const NATURE = PaperRecordSchema.parse({
  id: 'doi:10.1038/nature14539',
  title: 'Deep learning',
  authors: ['Yann LeCun'],
  venue: 'Nature',
  createdAt: 3,
  updatedAt: 3,
});
const OTHER_DEEP_LEARNING = PaperRecordSchema.parse({
  id: 'arxiv:1505.00001',
  title: 'Deep learning',
  authors: ['Jane Smith'],
  createdAt: 4,
  updatedAt: 4,
});
const LIBRARY = [PREPRINT, PUBLISHED, NATURE, OTHER_DEEP_LEARNING];
const PAIR_NAME = `${PREPRINT.title} and ${PUBLISHED.title}`;
// IndexedDB returns records by primary key, compared by code unit.
const LIBRARY_BY_ID = [...LIBRARY].sort((a, b) => (a.id < b.id ? -1 : 1));

let db: PaperShelfDatabase;

/** Renders the panel as the options page does, with the library from a live query. */
function LivePanel({ database }: { database: PaperShelfDatabase }) {
  const records = useLiveQuery(() => database.papers.toArray(), [database]);
  return <PossibleDuplicates records={records} />;
}

async function renderPanel() {
  render(
    <DatabaseContext.Provider value={db}>
      <LivePanel database={db} />
    </DatabaseContext.Provider>,
  );
  return screen.findByRole('list', { name: 'Possible duplicates' });
}

async function stored(id: string): Promise<PaperRecord | undefined> {
  return db.papers.get(id);
}

beforeEach(async () => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  await db.papers.bulkPut(LIBRARY);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('PossibleDuplicates', () => {
  it('lists the preprint and published version', async () => {
    const list = await renderPanel();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const pair = within(list).getByRole('listitem', { name: PAIR_NAME });
    expect(within(pair).getAllByRole('link', { name: PREPRINT.title })).toHaveLength(2);
    expect(pair.textContent).toContain('arXiv:1810.04805');
    expect(pair.textContent).toContain('DOI 10.18653/v1/N19-1423');
    expect(pair.textContent).toContain('Proceedings of NAACL-HLT 2019');
    expect(pair.textContent).toContain('Why: Same DOI, Same title and first author');
  });

  it('links the two papers to their pages', async () => {
    const pair = within(await renderPanel()).getByRole('listitem', { name: PAIR_NAME });
    const hrefs = within(pair)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['https://arxiv.org/abs/1810.04805', 'https://doi.org/10.18653/v1/n19-1423']);
  });

  it('leaves out papers sharing only a title', async () => {
    const list = await renderPanel();
    expect(within(list).queryByRole('listitem', { name: /Deep learning/ })).toBeNull();
  });

  it('links a pair and offers Unlink', async () => {
    const user = userEvent.setup();
    const pair = within(await renderPanel()).getByRole('listitem', { name: PAIR_NAME });
    await user.click(within(pair).getByRole('button', { name: 'Link' }));

    const linked = await screen.findByRole('list', { name: 'Linked papers' });
    expect(within(linked).getByRole('listitem', { name: PAIR_NAME })).toBeTruthy();
    expect(within(linked).getByRole('button', { name: 'Unlink' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Possible duplicates' })).toBeNull();
    expect(screen.getByText('No possible duplicates.')).toBeTruthy();
    expect((await stored(PREPRINT.id))?.linkedIds).toEqual([PUBLISHED.id]);
    expect((await stored(PUBLISHED.id))?.linkedIds).toEqual([PREPRINT.id]);
    expect(await db.papers.count()).toBe(LIBRARY.length);
  });

  it('unlinks a linked pair', async () => {
    const user = userEvent.setup();
    const pair = within(await renderPanel()).getByRole('listitem', { name: PAIR_NAME });
    await user.click(within(pair).getByRole('button', { name: 'Link' }));
    await user.click(await screen.findByRole('button', { name: 'Unlink' }));

    await screen.findByRole('list', { name: 'Possible duplicates' });
    expect(screen.getByText('No linked papers.')).toBeTruthy();
    expect((await stored(PREPRINT.id))?.linkedIds).toEqual([]);
    expect((await stored(PUBLISHED.id))?.linkedIds).toEqual([]);
  });

  it('stops suggesting a dismissed pair', async () => {
    const user = userEvent.setup();
    const pair = within(await renderPanel()).getByRole('listitem', { name: PAIR_NAME });
    await user.click(within(pair).getByRole('button', { name: 'Not the same paper' }));

    expect(await screen.findByText('No possible duplicates.')).toBeTruthy();
    expect(screen.getByText('No linked papers.')).toBeTruthy();
    expect((await stored(PREPRINT.id))?.dismissedIds).toEqual([PUBLISHED.id]);
    expect((await stored(PUBLISHED.id))?.dismissedIds).toEqual([PREPRINT.id]);
  });

  it('undoes the last action', async () => {
    const user = userEvent.setup();
    const pair = within(await renderPanel()).getByRole('listitem', { name: PAIR_NAME });
    await user.click(within(pair).getByRole('button', { name: 'Not the same paper' }));
    expect(await screen.findByText('Marked as different papers: arXiv:1810.04805 and DOI 10.18653/v1/N19-1423.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByRole('list', { name: 'Possible duplicates' })).toBeTruthy();
    expect(screen.getByText('Undone.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(await db.papers.orderBy('id').toArray()).toEqual(LIBRARY_BY_ID);
  });

  it('shows a pair linked in another view', async () => {
    await renderPanel();
    await db.papers.update(PREPRINT.id, { linkedIds: [PUBLISHED.id] });
    await db.papers.update(PUBLISHED.id, { linkedIds: [PREPRINT.id] });
    const linked = await screen.findByRole('list', { name: 'Linked papers' });
    expect(within(linked).getAllByRole('listitem')).toHaveLength(1);
  });

  it('reports a failed action', async () => {
    const user = userEvent.setup();
    const pair = within(await renderPanel()).getByRole('listitem', { name: PAIR_NAME });
    vi.spyOn(db.papers, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await user.click(within(pair).getByRole('button', { name: 'Link' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Could not link the papers: disk full. The library is unchanged.');
    expect((await stored(PREPRINT.id))?.linkedIds).toEqual([]);
    expect((await stored(PUBLISHED.id))?.linkedIds).toEqual([]);
  });
});
