import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../lib/export/backup';
import { PaperRecordSchema } from '../../lib/paper';
import { launchHarness, openOptions, type Harness } from './harness';

const SEED = [
  { title: 'Attention Is All You Need', tags: ['nlp', 'transformers'], savedAt: 1 },
  { title: 'Deep Residual Learning for Image Recognition', tags: ['cv', 'Vision'], savedAt: 2 },
  { title: 'Proximal Policy Optimization Algorithms', tags: ['rl'], savedAt: 3 },
  { title: 'An Image is Worth 16x16 Words', tags: ['vision', 'transformers'] },
].map((paper, index) =>
  PaperRecordSchema.parse({ id: `arxiv:2401.0000${index + 1}`, createdAt: 1, updatedAt: 1, ...paper }),
);

let harness: Harness;
let options: Page;

function tagsRegion(): Locator {
  return options.getByRole('region', { name: 'Tags' });
}

/** Names of the tags the Tags panel lists, in order. */
function tagNames(): Promise<string[]> {
  return tagsRegion().getByRole('button', { name: /^Show papers tagged / }).allTextContents();
}

function focusedText(): Promise<string | undefined> {
  return options.evaluate(() => document.activeElement?.textContent ?? undefined);
}

beforeAll(async () => {
  harness = await launchHarness();
  options = await openOptions(harness);
  const backup = JSON.stringify(createBackup(SEED, Date.now()));
  await options.getByLabel('Import file').setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await options.getByText(/^Imported seed\.json: 4 added/).waitFor();
});

afterAll(async () => {
  await harness?.close();
});

describe('library management', () => {
  it('lists tags with counts', async () => {
    await expect.poll(tagNames).toEqual(['transformers', 'Vision', 'cv', 'nlp', 'rl']);
  });

  it('rename onto a tag merges', async () => {
    await tagsRegion().getByRole('button', { name: 'Rename tag cv' }).click();
    await tagsRegion().getByRole('textbox', { name: 'New name for tag cv' }).fill('vision');
    await tagsRegion().getByRole('textbox', { name: 'New name for tag cv' }).press('Enter');

    await options.getByText('Renamed tag "cv" to "vision" on 1 paper.').waitFor();
    await expect.poll(tagNames).toEqual(['transformers', 'vision', 'nlp', 'rl']);
  });

  it('undo restores the tags', async () => {
    await options.getByRole('button', { name: 'Undo', exact: true }).click();

    await options.getByText('Undone: restored 1 paper.').waitFor();
    await expect.poll(tagNames).toEqual(['transformers', 'Vision', 'cv', 'nlp', 'rl']);
  });

  it('merges checked tags', async () => {
    await tagsRegion().getByRole('checkbox', { name: 'Select tag nlp' }).check();
    await tagsRegion().getByRole('checkbox', { name: 'Select tag rl' }).check();
    await tagsRegion().getByRole('textbox', { name: 'Merged tag name' }).fill('misc');
    await tagsRegion().getByRole('button', { name: 'Merge 2 tags' }).click();

    await options.getByText('Merged "nlp", "rl" into "misc" on 2 papers.').waitFor();
    await expect.poll(tagNames).toEqual(['misc', 'transformers', 'Vision', 'cv']);
  });

  it('bulk status saves papers', async () => {
    await options.getByRole('checkbox', { name: `Select ${SEED[3]!.title}` }).check();
    const bulk = options.getByRole('group', { name: 'Edit 1 paper at once' });
    await bulk.getByRole('combobox', { name: 'Status for selected papers' }).selectOption({ label: 'Reading' });
    await bulk.getByRole('button', { name: 'Set status of selected' }).click();

    await options.getByText('Set status to Reading on 1 paper.').waitFor();
    const row = options.getByRole('article', { name: SEED[3]!.title, exact: true });
    await expect.poll(() => row.getByRole('button', { name: 'Save to reading list' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('dialog keeps focus inside', async () => {
    await options.getByRole('button', { name: 'Delete all papers' }).click();
    const dialog = options.getByRole('dialog', { name: 'Delete all 4 papers?' });
    await dialog.waitFor();

    for (let press = 0; press < 8; press++) await options.keyboard.press('Tab');
    const inside = await options.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
    expect(inside).toBe(true);
  });

  it('dialog downloads a backup', async () => {
    const dialog = options.getByRole('dialog');
    const [download] = await Promise.all([options.waitForEvent('download'), dialog.getByRole('button', { name: 'Download a backup first' }).click()]);
    const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as { format: string; papers: unknown[] };

    expect(backup.format).toBe('papershelf-backup');
    expect(backup.papers).toHaveLength(4);
  });

  it('deletes all after typing DELETE', async () => {
    const dialog = options.getByRole('dialog');
    const confirm = dialog.getByRole('button', { name: 'Delete all 4 papers' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('DELETE');
    await confirm.click();

    await options.getByText('Deleted all 4 papers. Undo works until this page is closed.').waitFor();
    await expect.poll(() => options.getByRole('article').count()).toBe(0);
    await expect.poll(focusedText).toBe('Undo');
  });

  it('undo brings every paper back', async () => {
    await options.getByRole('button', { name: 'Undo', exact: true }).click();

    await options.getByText('Undone: restored 4 papers.').waitFor();
    await expect.poll(() => options.getByRole('article').count()).toBe(4);
  });

  it('Escape closes the dialog', async () => {
    await options.getByRole('button', { name: 'Delete all papers' }).click();
    await options.getByRole('dialog').waitFor();
    await options.keyboard.press('Escape');

    await expect.poll(() => options.getByRole('dialog').count()).toBe(0);
    expect(await focusedText()).toBe('Delete all papers');
  });
});
