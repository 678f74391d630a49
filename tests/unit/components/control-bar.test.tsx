import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncExternalStore } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BarActionsContext, type BarActions } from '../../../components/bar/actions';
import { ControlBar } from '../../../components/bar/ControlBar';
import { NOTE_SAVE_DELAY_MS } from '../../../components/bar/NoteEditor';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { handleRequest } from '../../../lib/messaging/handle-request';
import type { PaperSighting } from '../../../lib/messages';
import { PaperStore } from '../../../lib/paper-store';
import { sighting } from '../sighting';

let db: PaperShelfDatabase;
let store: PaperStore;

/** Bar actions that call the background's request handler directly on a real database. */
function databaseActions(): BarActions {
  async function change(request: Record<string, unknown>) {
    const response = await handleRequest(db, request);
    if (!response.ok) throw new Error(String(response.error));
    store.set([response.state as never]);
  }
  return {
    setSaved: (paper, saved) => change({ type: 'set-saved', paper, saved }),
    setStatus: (paper, status) => change({ type: 'set-status', paper, status }),
    addTag: (paper, tag) => change({ type: 'add-tag', paper, tag }),
    removeTag: (id, tag) => change({ type: 'remove-tag', id, tag }),
    setNote: (paper, note) => change({ type: 'set-note', paper, note }),
    listTags: async () => ((await handleRequest(db, { type: 'list-tags' })).tags as string[]) ?? [],
    copyBibtex: async (paper) => {
      const response = await handleRequest(db, { type: 'get-bibtex', paper });
      await navigator.clipboard.writeText(String(response.text));
    },
  };
}

function Connected({ paper }: { paper: PaperSighting }) {
  const id = paper.metadata.id;
  const state = useSyncExternalStore(
    (listener) => store.subscribe(id, listener),
    () => store.get(id),
  );
  return <ControlBar paper={paper} state={state} />;
}

function renderBar(paper = sighting()) {
  render(
    <BarActionsContext.Provider value={databaseActions()}>
      <Connected paper={paper} />
    </BarActionsContext.Provider>,
  );
  return screen.getByRole('group', { name: `PaperShelf: ${paper.metadata.title}` });
}

beforeEach(() => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  store = new PaperStore();
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('ControlBar', () => {
  it('saves and unsaves with the toggle', async () => {
    const user = userEvent.setup();
    const bar = renderBar();
    const save = within(bar).getByRole('button', { name: 'Save to reading list' });
    expect(save.getAttribute('aria-pressed')).toBe('false');
    await user.click(save);
    await vi.waitFor(() => expect(save.getAttribute('aria-pressed')).toBe('true'));
    expect((await db.papers.get('arxiv:2401.00001'))?.savedAt).toBeGreaterThan(0);
    await user.click(save);
    await vi.waitFor(() => expect(save.getAttribute('aria-pressed')).toBe('false'));
    expect((await db.papers.get('arxiv:2401.00001'))?.savedAt).toBeUndefined();
  });

  it('offers exactly three statuses', () => {
    const bar = renderBar();
    const select = within(bar).getByRole('combobox', { name: 'Reading status' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['To read', 'Reading', 'Read']);
  });

  it('saves when a status is chosen', async () => {
    const user = userEvent.setup();
    const bar = renderBar();
    await user.selectOptions(within(bar).getByRole('combobox', { name: 'Reading status' }), 'Reading');
    const save = within(bar).getByRole('button', { name: 'Save to reading list' });
    await vi.waitFor(() => expect(save.getAttribute('aria-pressed')).toBe('true'));
    expect((await db.papers.get('arxiv:2401.00001'))?.status).toBe('reading');
  });

  it('adds a trimmed tag on Enter and removes it', async () => {
    const user = userEvent.setup();
    const bar = renderBar();
    await user.type(within(bar).getByRole('textbox', { name: 'Add tag' }), '  Diffusion {Enter}');
    const remove = await within(bar).findByRole('button', { name: 'Remove tag Diffusion' });
    expect((await db.papers.get('arxiv:2401.00001'))?.tags).toEqual(['Diffusion']);
    await user.type(within(bar).getByRole('textbox', { name: 'Add tag' }), 'diffusion{Enter}');
    expect((await db.papers.get('arxiv:2401.00001'))?.tags).toEqual(['Diffusion']);
    await user.click(remove);
    await vi.waitFor(() => expect(within(bar).queryByRole('button', { name: 'Remove tag Diffusion' })).toBeNull());
    expect((await db.papers.get('arxiv:2401.00001'))?.tags).toEqual([]);
  });

  it('suggests existing tags', async () => {
    await handleRequest(db, { type: 'add-tag', paper: sighting({ id: 'arxiv:2401.00002' }), tag: 'robotics' });
    const user = userEvent.setup();
    const bar = renderBar();
    const input = within(bar).getByRole('textbox', { name: 'Add tag' });
    await user.type(input, 'rob');
    const suggestions = await within(bar).findByRole('listbox', { name: 'Tag suggestions' });
    expect(within(suggestions).getAllByRole('option').map((option) => option.textContent)).toEqual(['robotics']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await within(bar).findByRole('button', { name: 'Remove tag robotics' })).toBeTruthy();
  });

  it('stores the note after typing stops', async () => {
    const user = userEvent.setup();
    const bar = renderBar();
    await user.click(within(bar).getByRole('button', { name: 'Edit note' }));
    await user.type(within(bar).getByRole('textbox', { name: 'Note' }), 'Check *Table 2*');
    await vi.waitFor(async () => {
      expect((await db.papers.get('arxiv:2401.00001'))?.note).toBe('Check *Table 2*');
    });
  });

  it('stores an unsent note on pagehide', async () => {
    const user = userEvent.setup();
    const bar = renderBar();
    await user.click(within(bar).getByRole('button', { name: 'Edit note' }));
    await user.type(within(bar).getByRole('textbox', { name: 'Note' }), 'closing soon');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    // Wait less than the debounce delay: only the pagehide flush can have stored it.
    await vi.waitFor(
      async () => {
        expect((await db.papers.get('arxiv:2401.00001'))?.note).toBe('closing soon');
      },
      { timeout: NOTE_SAVE_DELAY_MS / 2, interval: 10 },
    );
  });

  it('copies the BibTeX entry', async () => {
    const user = userEvent.setup();
    const bar = renderBar(sighting({ categories: ['math.CO'] }));
    await user.click(within(bar).getByRole('button', { name: 'Copy BibTeX' }));
    await vi.waitFor(async () => {
      const text = await navigator.clipboard.readText();
      expect(text).toMatch(/^@\w+\{/);
      expect(text).toMatch(/eprint\s*=\s*\{2401\.00001\}/);
      expect(text).toMatch(/primaryClass\s*=\s*\{math\.CO\}/);
    });
    expect(within(bar).getByRole('button', { name: 'Copy BibTeX' }).textContent).toBe('Copied');
  });

  it('renders page text as text', () => {
    const paper = sighting({ title: '<img src=x onerror=alert(1)> Evil' });
    const bar = renderBar(paper);
    expect(bar.querySelector('img')).toBeNull();
    expect(bar.getAttribute('aria-label')).toBe('PaperShelf: <img src=x onerror=alert(1)> Evil');
  });

  it('shows updates from elsewhere', async () => {
    const bar = renderBar();
    act(() => {
      store.set([{ id: 'arxiv:2401.00001', saved: true, status: 'read', tags: ['remote'], note: '' }]);
    });
    expect(within(bar).getByRole('button', { name: 'Save to reading list' }).getAttribute('aria-pressed')).toBe('true');
    expect((within(bar).getByRole('combobox', { name: 'Reading status' }) as HTMLSelectElement).value).toBe('read');
    expect(within(bar).getByRole('button', { name: 'Remove tag remote' })).toBeTruthy();
  });
});
