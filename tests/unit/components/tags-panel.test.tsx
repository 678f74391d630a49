import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaperShelfDatabase } from '../../../lib/db/database';
import { paper } from '../edits/records';
import { eventually, openLibrary, renderLibrary, snapshot } from './library';

const library = [
  paper(1, { title: 'One', tags: ['ml', 'x'] }),
  paper(2, { title: 'Two', tags: ['ML', 'Vision'] }),
  paper(3, { title: 'Three', tags: ['vision', 'cv'] }),
  paper(4, { title: 'Four', tags: [] }),
];

let db: PaperShelfDatabase;

function tagsRegion() {
  return screen.getByRole('region', { name: 'Tags' });
}

function tagNames(): string[] {
  return within(within(tagsRegion()).getByRole('list', { name: 'Tags' }))
    .getAllByRole('listitem')
    .map((item) => within(item).getByRole('button', { name: /^Show papers tagged / }).textContent ?? '');
}

async function tagsOf(n: number): Promise<string[] | undefined> {
  return (await db.papers.get(paper(n).id))?.tags;
}

beforeEach(async () => {
  db = await openLibrary(library);
  await renderLibrary(db);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('TagsPanel', () => {
  it('lists tags with counts', async () => {
    const region = tagsRegion();
    // The tags index sorts upper case first, so "ML" is the spelling shown for ml and ML.
    await eventually(() => expect(tagNames()).toEqual(['ML', 'Vision', 'cv', 'x']));
    const items = within(region).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('2 papers');
    expect(items[2]?.textContent).toContain('1 paper');
  });

  it('renames a tag everywhere', async () => {
    const user = userEvent.setup();
    await user.click(await within(tagsRegion()).findByRole('button', { name: 'Rename tag cv' }));
    const input = within(tagsRegion()).getByRole('textbox', { name: 'New name for tag cv' });
    await user.clear(input);
    await user.type(input, 'computer vision{Enter}');
    await eventually(async () => expect(await tagsOf(3)).toEqual(['vision', 'computer vision']));
    expect(await screen.findByText('Renamed tag "cv" to "computer vision" on 1 paper.')).toBeTruthy();
  });

  it('warns that a rename merges', async () => {
    const user = userEvent.setup();
    await user.click(await within(tagsRegion()).findByRole('button', { name: 'Rename tag cv' }));
    const input = within(tagsRegion()).getByRole('textbox', { name: 'New name for tag cv' });
    await user.clear(input);
    await user.type(input, 'VISION');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(tagsRegion()).getByText('"Vision" already exists: the two tags will be merged as "VISION".')).toBeTruthy();
  });

  it('merges on rename without duplicates', async () => {
    const user = userEvent.setup();
    await user.click(await within(tagsRegion()).findByRole('button', { name: 'Rename tag cv' }));
    const input = within(tagsRegion()).getByRole('textbox', { name: 'New name for tag cv' });
    await user.clear(input);
    await user.type(input, 'Vision{Enter}');
    await eventually(async () => expect(await tagsOf(3)).toEqual(['Vision']));
    expect(await tagsOf(2)).toEqual(['ML', 'Vision']);
    await eventually(() => expect(tagNames()).toEqual(['ML', 'Vision', 'x']));
  });

  it('disables saving an unchanged name', async () => {
    const user = userEvent.setup();
    await user.click(await within(tagsRegion()).findByRole('button', { name: 'Rename tag x' }));
    expect(within(tagsRegion()).getByRole('button', { name: 'Save name' }).hasAttribute('disabled')).toBe(true);
    expect(within(tagsRegion()).getByText('The new name is the same as the old one.')).toBeTruthy();
  });

  it('cancels a rename with Escape', async () => {
    const user = userEvent.setup();
    await user.click(await within(tagsRegion()).findByRole('button', { name: 'Rename tag x' }));
    await user.keyboard('{Escape}');
    expect(within(tagsRegion()).queryByRole('textbox', { name: 'New name for tag x' })).toBeNull();
    expect(within(tagsRegion()).getByRole('button', { name: 'Rename tag x' })).toBeTruthy();
  });

  it('merges checked tags', async () => {
    const user = userEvent.setup();
    await user.click(await within(tagsRegion()).findByRole('checkbox', { name: 'Select tag cv' }));
    await user.click(within(tagsRegion()).getByRole('checkbox', { name: 'Select tag x' }));
    const name = within(tagsRegion()).getByRole('textbox', { name: 'Merged tag name' }) as HTMLInputElement;
    expect(name.value).toBe('cv');
    await user.clear(name);
    await user.type(name, 'misc');
    await user.click(within(tagsRegion()).getByRole('button', { name: 'Merge 2 tags' }));
    await eventually(async () => expect(await tagsOf(1)).toEqual(['ml', 'misc']));
    expect(await tagsOf(3)).toEqual(['vision', 'misc']);
    expect(await screen.findByText('Merged "cv", "x" into "misc" on 2 papers.')).toBeTruthy();
  });

  it('needs two tags to merge', async () => {
    const user = userEvent.setup();
    await user.click(await within(tagsRegion()).findByRole('checkbox', { name: 'Select tag cv' }));
    expect(within(tagsRegion()).getByRole('button', { name: 'Merge 1 tag' }).hasAttribute('disabled')).toBe(true);
    expect(within(tagsRegion()).getByText('Select at least two tags to merge.')).toBeTruthy();
  });

  it('deletes a tag and undoes it', async () => {
    const user = userEvent.setup();
    await user.click(await within(tagsRegion()).findByRole('button', { name: 'Delete tag ML' }));
    await eventually(async () => expect(await tagsOf(1)).toEqual(['x']));
    expect(await tagsOf(2)).toEqual(['Vision']);
    expect(await screen.findByText('Deleted tag "ML" from 2 papers.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await eventually(async () => expect(await snapshot(db)).toEqual(library));
    expect(await screen.findByText('Undone: restored 2 papers.')).toBeTruthy();
  });

  it('filters the list by tag', async () => {
    const user = userEvent.setup();
    await user.click(await within(tagsRegion()).findByRole('button', { name: 'Show papers tagged cv' }));
    const papers = screen.getByRole('region', { name: 'Papers' });
    await eventually(() => expect(within(papers).getAllByRole('article').map((row) => row.getAttribute('aria-label'))).toEqual(['Three']));
    expect((screen.getByRole('combobox', { name: 'Filter by tag' }) as HTMLSelectElement).value).toBe('cv');
  });

  it('finds tags by name', async () => {
    const user = userEvent.setup();
    await user.type(await within(tagsRegion()).findByRole('searchbox', { name: 'Find tag' }), 'VIS');
    await eventually(() => expect(tagNames()).toEqual(['Vision']));
  });
});
