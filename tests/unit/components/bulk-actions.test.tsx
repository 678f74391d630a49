import { cleanup, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaperShelfDatabase } from '../../../lib/db/database';
import { paper } from '../edits/records';
import { eventually, openLibrary, renderLibrary, snapshot } from './library';

const library = [
  paper(1, { title: 'One', tags: ['rl'], savedAt: 10, status: 'reading' }),
  paper(2, { title: 'Two', tags: ['RL', 'cv'] }),
  paper(3, { title: 'Three', tags: [] }),
];

let db: PaperShelfDatabase;
let user: UserEvent;

function bulk() {
  return screen.getByRole('group', { name: /^Edit \d+ papers? at once$|^Select papers/ });
}

async function select(...titles: string[]) {
  for (const title of titles) await user.click(await screen.findByRole('checkbox', { name: `Select ${title}` }));
}

beforeEach(async () => {
  db = await openLibrary(library);
  await renderLibrary(db);
  user = userEvent.setup();
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('BulkActions', () => {
  it('is disabled without a selection', () => {
    expect(bulk().hasAttribute('disabled')).toBe(true);
    expect(within(bulk()).getByRole('button', { name: 'Remove selected' }).closest('fieldset')?.disabled).toBe(true);
  });

  it('names the selection size', async () => {
    await select('One', 'Two');
    expect(screen.getByRole('group', { name: 'Edit 2 papers at once' })).toBeTruthy();
  });

  it('adds a tag to selected papers', async () => {
    await select('Two', 'Three');
    await user.type(within(bulk()).getByRole('combobox', { name: 'Tag to add to selected papers' }), ' new {Enter}');
    await eventually(async () => expect((await db.papers.get(paper(3).id))?.tags).toEqual(['new']));
    expect((await db.papers.get(paper(2).id))?.tags).toEqual(['RL', 'cv', 'new']);
    expect((await db.papers.get(paper(1).id))?.tags).toEqual(['rl']);
    expect(await screen.findByText('Added tag "new" to 2 papers.')).toBeTruthy();
  });

  it('offers only tags of the selection', async () => {
    await select('Two');
    const choice = within(bulk()).getByRole('combobox', { name: 'Tag to remove from selected papers' });
    expect(within(choice).getAllByRole('option').map((option) => option.textContent)).toEqual(['cv (1)', 'RL (1)']);
  });

  it('removes a tag in any case', async () => {
    await select('One', 'Two');
    await user.selectOptions(within(bulk()).getByRole('combobox', { name: 'Tag to remove from selected papers' }), 'rl');
    await user.click(within(bulk()).getByRole('button', { name: 'Remove tag from selected' }));
    await eventually(async () => expect((await db.papers.get(paper(2).id))?.tags).toEqual(['cv']));
    expect((await db.papers.get(paper(1).id))?.tags).toEqual([]);
  });

  it('sets status and saves', async () => {
    await select('One', 'Three');
    await user.selectOptions(within(bulk()).getByRole('combobox', { name: 'Status for selected papers' }), 'Reading');
    await user.click(within(bulk()).getByRole('button', { name: 'Set status of selected' }));
    await eventually(async () => expect((await db.papers.get(paper(3).id))?.status).toBe('reading'));
    expect((await db.papers.get(paper(3).id))?.savedAt).toBeGreaterThan(0);
    expect((await db.papers.get(paper(1).id))?.savedAt).toBe(10);
    expect(await screen.findByText('Set status to Reading on 1 paper.')).toBeTruthy();
  });

  it.each([
    ['Add selected to reading list', 'Added 2 papers to the reading list.', 3],
    ['Remove selected from reading list', 'Removed 1 paper from the reading list.', 0],
  ])('%s', async (button, message, savedCount) => {
    await select('One', 'Two', 'Three');
    await user.click(within(bulk()).getByRole('button', { name: button }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(await db.papers.where('savedAt').above(0).count()).toBe(savedCount);
  });

  it('reports when nothing changes', async () => {
    await select('One');
    await user.click(within(bulk()).getByRole('button', { name: 'Add selected to reading list' }));
    expect(await screen.findByText('Nothing changed: every selected paper is already in the reading list.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('removes selected papers and undoes', async () => {
    await select('One', 'Three');
    await user.click(within(bulk()).getByRole('button', { name: 'Remove selected' }));
    expect(await screen.findByText('Removed 2 papers from the library.')).toBeTruthy();
    await eventually(() => expect(screen.queryByRole('article', { name: 'One' })).toBeNull());
    expect(await db.papers.count()).toBe(1);
    expect(screen.getByRole('group', { name: /^Select papers/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'One' })).toBeTruthy();
    expect(await snapshot(db)).toEqual(library);
  });

  it('undoes a bulk tag exactly', async () => {
    await select('One', 'Two', 'Three');
    await user.type(within(bulk()).getByRole('combobox', { name: 'Tag to add to selected papers' }), 'x{Enter}');
    await screen.findByText('Added tag "x" to 3 papers.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone: restored 3 papers.');
    expect(await snapshot(db)).toEqual(library);
  });

  it('keeps one undo slot', async () => {
    await select('Three');
    await user.click(within(bulk()).getByRole('button', { name: 'Add selected to reading list' }));
    await screen.findByText('Added 1 paper to the reading list.');
    await user.type(within(bulk()).getByRole('combobox', { name: 'Tag to add to selected papers' }), 'y{Enter}');
    await screen.findByText('Added tag "y" to 1 paper.');
    expect(screen.getAllByRole('button', { name: 'Undo' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone: restored 1 paper.');
    const three = await db.papers.get(paper(3).id);
    expect(three?.tags).toEqual([]);
    expect(three?.savedAt).toBeGreaterThan(0);
  });
});
