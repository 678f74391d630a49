import type { BarActions } from '../../components/bar/actions';
import { log } from '../../lib/log';
import type { PaperStore } from '../../lib/paper-store';
import type { MountedBar } from './bar-host';

let template: HTMLElement | undefined;

/** Returns the placeholder's markup, built once: cloning it costs less than building each copy. */
function placeholderTemplate(): HTMLElement {
  if (template) return template;
  template = document.createElement('div');
  template.className = 'bar';
  template.setAttribute('role', 'group');
  const save = document.createElement('button');
  save.type = 'button';
  save.className = 'save';
  save.setAttribute('aria-label', 'Save to reading list');
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  save.append(icon, ' ', document.createTextNode(''));
  template.append(save);
  return template;
}

/**
 * Fills a slot with a light bar: the same group and a working Save toggle, built with plain
 * DOM calls. Bars start like this so that a listing of thousands of papers shows every
 * saved state at once. The full React controls replace it when the bar scrolls into view.
 * Returns a function that stops it following the store.
 */
export function showPlaceholder(
  slot: HTMLElement,
  { id, title, paper }: Pick<MountedBar, 'id' | 'title' | 'paper'>,
  store: PaperStore,
  actions: BarActions,
): () => void {
  const group = placeholderTemplate().cloneNode(true) as HTMLElement;
  group.setAttribute('aria-label', `PaperShelf: ${title}`);
  const save = group.firstChild as HTMLButtonElement;
  const icon = save.firstChild as HTMLElement;
  const label = save.lastChild as Text;
  save.addEventListener('click', () => {
    actions.setSaved(paper(), !store.get(id).saved).catch((error: unknown) => log.error('bar', 'saving failed', error));
  });

  const update = () => {
    const saved = store.get(id).saved;
    save.setAttribute('aria-pressed', String(saved));
    icon.textContent = saved ? '★' : '☆';
    label.data = saved ? 'Saved' : 'Save';
    group.setAttribute('data-saved', String(saved));
  };
  update();
  slot.replaceChildren(group);
  return store.subscribe(id, update);
}
