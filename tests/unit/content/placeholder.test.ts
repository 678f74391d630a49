import { describe, expect, it, vi } from 'vitest';
import type { BarActions } from '../../../components/bar/actions';
import { showPlaceholder } from '../../../entrypoints/content/placeholder';
import { detectTheme } from '../../../entrypoints/content/theme';
import { PaperStore } from '../../../lib/paper-store';
import { sighting } from '../sighting';

function setup() {
  const store = new PaperStore();
  const setSaved = vi.fn<BarActions['setSaved']>(async (paper, saved) => {
    store.set([{ ...store.get(paper.metadata.id), saved }]);
  });
  const actions = { setSaved } as unknown as BarActions;
  const slot = document.createElement('div');
  const paper = sighting({ title: '<b>Bold</b> claims' });
  const release = showPlaceholder(slot, { id: paper.metadata.id, title: paper.metadata.title, paper: () => paper }, store, actions);
  const button = slot.querySelector('button')!;
  return { store, setSaved, slot, paper, release, button };
}

describe('showPlaceholder', () => {
  it('names the group after the paper', () => {
    const { slot } = setup();
    const group = slot.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).toBe('PaperShelf: <b>Bold</b> claims');
    expect(slot.querySelector('b')).toBeNull();
  });

  it('follows the stored state', () => {
    const { store, button } = setup();
    expect(button.getAttribute('aria-pressed')).toBe('false');
    store.set([{ id: 'arxiv:2401.00001', saved: true, status: 'to-read', tags: [], note: '' }]);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.textContent).toContain('Saved');
  });

  it('saves on click', async () => {
    const { setSaved, button, paper } = setup();
    button.click();
    expect(setSaved).toHaveBeenCalledWith(paper, true);
    await vi.waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
  });

  it('stops following after release', () => {
    const { store, button, release } = setup();
    release();
    store.set([{ id: 'arxiv:2401.00001', saved: true, status: 'to-read', tags: [], note: '' }]);
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('detectTheme', () => {
  it.each([
    ['dark class on the root', (doc: Document) => doc.documentElement.classList.add('dark'), 'dark'],
    ['light text on the body', (doc: Document) => (doc.body.style.color = 'rgb(230, 237, 243)'), 'dark'],
    ['dark text on the body', (doc: Document) => (doc.body.style.color = 'rgb(31, 35, 40)'), 'light'],
  ])('%s', (_case, prepare, expected) => {
    const doc = document.implementation.createHTMLDocument('page');
    prepare(doc);
    document.documentElement.className = doc.documentElement.className;
    document.body.style.color = doc.body.style.color;
    expect(detectTheme(document)).toBe(expected);
    document.documentElement.className = '';
    document.body.style.color = '';
  });
});
