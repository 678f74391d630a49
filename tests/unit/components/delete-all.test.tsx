import { cleanup, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaperShelfDatabase } from '../../../lib/db/database';
import { BackupSchema } from '../../../lib/export/backup';
import { paper } from '../edits/records';
import { eventually, openLibrary, renderLibrary, snapshot } from './library';

const library = [paper(1, { title: 'One', tags: ['a'], note: 'keep me' }), paper(2, { title: 'Two', savedAt: 5 })];

let db: PaperShelfDatabase;
let user: UserEvent;

async function openDialog() {
  await user.click(screen.getByRole('button', { name: 'Delete all papers' }));
  return screen.getByRole('dialog', { name: 'Delete all 2 papers?' });
}

beforeEach(async () => {
  db = await openLibrary(library);
  await renderLibrary(db);
  user = userEvent.setup();
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await db.delete();
});

describe('DeleteAllPanel', () => {
  it('opens a modal dialog', async () => {
    const dialog = await openDialog();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Type DELETE to confirm' }));
  });

  it('makes the page behind inert', async () => {
    const dialog = await openDialog();
    const page = screen.getByRole('button', { name: 'Delete all papers', hidden: true }).closest('body > *') as HTMLElement;
    expect(page.inert).toBe(true);
    expect(dialog.closest('body > *')?.hasAttribute('inert')).toBe(false);
  });

  it('requires typing DELETE', async () => {
    const dialog = await openDialog();
    const confirm = within(dialog).getByRole('button', { name: 'Delete all 2 papers' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await user.type(within(dialog).getByRole('textbox', { name: 'Type DELETE to confirm' }), 'delete');
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await user.clear(within(dialog).getByRole('textbox', { name: 'Type DELETE to confirm' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Type DELETE to confirm' }), 'DELETE');
    expect(confirm.hasAttribute('disabled')).toBe(false);
  });

  it('cancels with Escape', async () => {
    await openDialog();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all papers' }));
    expect(await db.papers.count()).toBe(2);
  });

  it('restores the page on close', async () => {
    const dialog = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const page = screen.getByRole('button', { name: 'Delete all papers' }).closest('body > *') as HTMLElement;
    expect(page.inert).toBe(false);
  });

  it('downloads a backup of every paper', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:backup';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const dialog = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Download a backup first' }));
    expect(within(dialog).getByRole('status').textContent).toMatch(/^Downloaded papershelf-backup-\d{4}-\d{2}-\d{2}\.json with 2 papers\.$/);
    expect(blobs).toHaveLength(1);
    const backup = BackupSchema.parse(JSON.parse(await blobs[0]!.text()));
    expect(backup.papers.map((record) => record.id).sort()).toEqual(library.map((record) => record.id));
    expect(await db.papers.count()).toBe(2);
  });

  it('deletes everything and undoes', async () => {
    const dialog = await openDialog();
    await user.type(within(dialog).getByRole('textbox', { name: 'Type DELETE to confirm' }), 'DELETE{Enter}');
    expect(await screen.findByText('Deleted all 2 papers. Undo works until this page is closed.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await db.papers.count()).toBe(0);
    const undo = screen.getByRole('button', { name: 'Undo' });
    await eventually(() => expect(document.activeElement).toBe(undo));
    await user.click(undo);
    expect(await screen.findByText('Undone: restored 2 papers.')).toBeTruthy();
    expect(await snapshot(db)).toEqual(library);
  });

  it('is disabled for an empty library', async () => {
    await db.papers.clear();
    await eventually(() => expect(screen.getByRole('button', { name: 'Delete all papers' }).hasAttribute('disabled')).toBe(true));
  });
});
