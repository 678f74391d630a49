import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PaperShelfDatabase } from '../../../lib/db/database';
import { paper } from '../edits/records';
import { eventually, openLibrary, renderLibrary, snapshot } from './library';

let db: PaperShelfDatabase;

function rows() {
  return within(screen.getByRole('region', { name: 'Papers' })).queryAllByRole('article');
}

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('LibraryPage', () => {
  it('renders pages of 100 rows', async () => {
    db = await openLibrary(Array.from({ length: 250 }, (_, index) => paper(index + 1, { savedAt: index + 1 })));
    await renderLibrary(db);
    const user = userEvent.setup();
    await eventually(() => expect(rows()).toHaveLength(100));
    await user.click(screen.getByRole('button', { name: 'Show 100 more of 150' }));
    expect(rows()).toHaveLength(200);
    await user.click(screen.getByRole('button', { name: 'Show 50 more of 50' }));
    expect(rows()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /^Show \d+ more of/ })).toBeNull();
  });

  it('selects every match, not only rendered rows', async () => {
    db = await openLibrary(Array.from({ length: 150 }, (_, index) => paper(index + 1)));
    await renderLibrary(db);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Select all shown' }));
    expect(screen.getByRole('group', { name: 'Edit 150 papers at once' })).toBeTruthy();
  });

  it('removes a row and undoes it', async () => {
    const library = [paper(1, { title: 'Kept' }), paper(2, { title: 'Gone', tags: ['t'], note: 'n' })];
    db = await openLibrary(library);
    await renderLibrary(db);
    const user = userEvent.setup();
    const row = screen.getByRole('article', { name: 'Gone' });
    await user.click(within(row).getByRole('button', { name: 'Remove Gone' }));
    expect(await screen.findByText('Removed "Gone" from the library.')).toBeTruthy();
    await eventually(() => expect(screen.queryByRole('article', { name: 'Gone' })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Gone' })).toBeTruthy();
    expect(await snapshot(db)).toEqual(library);
  });

  it('undo keeps papers edited since', async () => {
    db = await openLibrary([paper(1, { title: 'One', tags: ['a'] }), paper(2, { title: 'Two', tags: ['a'] })]);
    await renderLibrary(db);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete tag a' }));
    await screen.findByText('Deleted tag "a" from 2 papers.');
    // Another view edits one of the papers after the tag was deleted.
    await db.papers.update(paper(1).id, { note: 'newer', updatedAt: Date.now() + 1000 });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: restored 1 paper. 1 paper changed since then and was left as it is.')).toBeTruthy();
    expect((await db.papers.get(paper(1).id))?.tags).toEqual([]);
    expect((await db.papers.get(paper(2).id))?.tags).toEqual(['a']);
  });

  it('reports a failed operation', async () => {
    const library = [paper(1, { title: 'One', tags: ['a'] }), paper(2, { title: 'Two', tags: ['a'] })];
    db = await openLibrary(library);
    await renderLibrary(db);
    let writes = 0;
    db.papers.hook('updating', () => {
      writes += 1;
      if (writes === 2) throw new Error('disk full');
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete tag a' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Could not delete the tag: disk full. The library is unchanged.')).toBeTruthy();
    expect(await snapshot(db)).toEqual(library);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('failed undo keeps the offer', async () => {
    db = await openLibrary([paper(1, { title: 'One', tags: ['a'] }), paper(2, { title: 'Two', tags: ['a'] })]);
    await renderLibrary(db);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete tag a' }));
    await screen.findByText('Deleted tag "a" from 2 papers.');
    const changed = await snapshot(db);
    let writes = 0;
    db.papers.hook('updating', () => {
      writes += 1;
      if (writes === 2) throw new Error('disk full');
    });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Could not undo: disk full. The library is unchanged and Undo is still offered.')).toBeTruthy();
    expect(await snapshot(db)).toEqual(changed);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('keeps the row controls named', async () => {
    db = await openLibrary([paper(1, { title: 'Named', tags: ['t'] })]);
    await renderLibrary(db);
    const row = screen.getByRole('article', { name: 'Named' });
    for (const [role, name] of [
      ['button', 'Save to reading list'],
      ['combobox', 'Reading status'],
      ['textbox', 'Add tag'],
      ['button', 'Remove tag t'],
      ['button', 'Edit note'],
      ['button', 'Remove Named'],
    ] as const) {
      expect(within(row).getByRole(role, { name })).toBeTruthy();
    }
    expect(screen.getByRole('searchbox', { name: 'Search library' })).toBeTruthy();
    expect(screen.getByLabelText('Import file')).toBeTruthy();
  });
});
