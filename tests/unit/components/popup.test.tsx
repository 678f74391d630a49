import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { readCachedSummary } from '../../../components/popup/summary-cache';
import { DatabaseContext } from '../../../components/shared/useDatabase';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { addPaperTag, setNote, setSaved, setStatus } from '../../../lib/db/papers';
import { SUMMARY_ID } from '../../../lib/db/summary-record';
import { sighting } from '../sighting';

let db: PaperShelfDatabase;

function paper(n: number, title: string) {
  return sighting({ id: `arxiv:2401.${String(n).padStart(5, '0')}`, title });
}

beforeEach(async () => {
  localStorage.clear();
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  await setStatus(db, paper(1, 'Graph Networks'), 'reading', 10);
  await setStatus(db, paper(2, 'Protein Folding'), 'read', 20);
  await setSaved(db, paper(3, 'Sparse Attention'), true, 30);
  await addPaperTag(db, paper(3, 'Sparse Attention'), 'llm');
  await addPaperTag(db, paper(1, 'Graph Networks'), 'llm');
  await setNote(db, paper(2, 'Protein Folding'), 'compare with AlphaFold');
  render(
    <DatabaseContext.Provider value={db}>
      <Popup libraryUrl="chrome-extension://test/options.html" />
    </DatabaseContext.Provider>,
  );
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('Popup', () => {
  it('counts the reading list by status', async () => {
    const counts = screen.getByLabelText('Reading list counts');
    await within(counts).findByText('3');
    const values = [...counts.querySelectorAll('div')].map((item) => [item.querySelector('dt')?.textContent, item.querySelector('dd')?.textContent]);
    expect(values).toEqual([
      ['Saved', '3'],
      ['To read', '1'],
      ['Reading', '1'],
      ['Read', '1'],
    ]);
  });

  it('lists recent saves newest first', async () => {
    const recent = screen.getByRole('region', { name: 'Recent saves' });
    await within(recent).findByText('Sparse Attention');
    const titles = within(recent).getAllByRole('link').map((link) => link.textContent);
    expect(titles).toEqual(['Sparse Attention', 'Protein Folding', 'Graph Networks']);
  });

  it('shows the most used tags', async () => {
    const tags = await screen.findByRole('region', { name: 'Top tags' });
    expect(within(tags).getByRole('link', { name: 'llm' }).getAttribute('href')).toBe('chrome-extension://test/options.html#tag=llm');
  });

  it('searches notes', async () => {
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search library' }), 'alphafold');
    const results = await screen.findByRole('region', { name: 'Search results' });
    await within(results).findByText('Protein Folding');
    expect(within(results).getAllByRole('link').map((link) => link.textContent)).toEqual(['Protein Folding']);
  });

  it('keeps the summary for the next opening', async () => {
    const counts = screen.getByLabelText('Reading list counts');
    await within(counts).findByText('3');
    await screen.findByRole('region', { name: 'Top tags' });
    await vi.waitFor(() => expect(readCachedSummary()?.saved).toBe(3));
    expect(readCachedSummary()?.recent.map((paper) => paper.title)).toEqual(['Sparse Attention', 'Protein Folding', 'Graph Networks']);
  });

  it('ignores an invalid cached summary', () => {
    localStorage.setItem('papershelf:popup-summary', '{"saved":-1}');
    expect(readCachedSummary()).toBeUndefined();
    localStorage.setItem('papershelf:popup-summary', 'not json');
    expect(readCachedSummary()).toBeUndefined();
  });

  it('updates the counts after a change elsewhere', async () => {
    const counts = screen.getByLabelText('Reading list counts');
    await within(counts).findByText('3');
    await setStatus(db, paper(4, 'Diffusion Models'), 'read', 40);
    await within(counts).findByText('4');
    expect(within(counts).getByText('Read').nextSibling?.textContent).toBe('2');
    const tags = screen.getByRole('region', { name: 'Top tags' });
    await addPaperTag(db, paper(4, 'Diffusion Models'), 'llm');
    await vi.waitFor(() => expect(within(tags).getByRole('listitem').textContent).toBe('llm 3'));
  });

  it('recounts and stores a missing summary', async () => {
    const counts = screen.getByLabelText('Reading list counts');
    await within(counts).findByText('3');
    await db.summary.delete(SUMMARY_ID);
    await setSaved(db, paper(4, 'Diffusion Models'), true, 40);
    await within(counts).findByText('4');
    await vi.waitFor(async () => expect((await db.summary.get(SUMMARY_ID))?.saved).toBe(4));
    expect(within(counts).getByText('To read').nextSibling?.textContent).toBe('2');
  });

  it('links to the library and export', () => {
    expect(screen.getByRole('link', { name: 'Open library' }).getAttribute('href')).toBe('chrome-extension://test/options.html');
    expect(screen.getByRole('link', { name: 'Export' }).getAttribute('href')).toBe('chrome-extension://test/options.html#export');
  });
});
