import { createPortal } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { useSyncExternalStore } from 'react';
import barCss from '../../components/bar/bar.css?inline';
import { BarActionsContext, type BarActions } from '../../components/bar/actions';
import { ControlBar } from '../../components/bar/ControlBar';
import type { PaperSighting } from '../../lib/messages';
import type { PaperId } from '../../lib/paper';
import type { PaperStore } from '../../lib/paper-store';
import type { SiteAdapter } from '../../lib/sites/types';

/** Tag name of the element that holds one bar's closed shadow root. */
export const HOST_TAG = 'papershelf-bar';

/** Events stopped at the host so that typing in a bar never triggers the site's shortcuts. */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'input'];

export interface MountedBar {
  key: string;
  anchor: Element;
  host: HTMLElement;
  shadow: ShadowRoot;
  paper: PaperSighting;
}

let sharedSheet: CSSStyleSheet | null | undefined;

function attachStyles(shadow: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(barCss);
    } catch {
      sharedSheet = null;
    }
  }
  try {
    if (sharedSheet) {
      shadow.adoptedStyleSheets = [sharedSheet];
      return;
    }
  } catch {
    // Firefox rejects a sheet built in the content script's compartment; use a style element.
  }
  const style = document.createElement('style');
  style.textContent = barCss;
  shadow.append(style);
}

/** Creates the host element and its closed shadow root, so page scripts cannot read the bar. */
export function createHost(adapter: SiteAdapter, id: PaperId, theme: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(HOST_TAG);
  host.dataset.papershelf = adapter.id;
  host.dataset.paperId = id;
  host.dataset.theme = theme;
  // Inline and important, so site rules on unknown elements cannot hide or restyle the host.
  host.style.setProperty('display', 'block', 'important');
  host.style.setProperty('position', 'relative', 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  attachStyles(shadow);
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  return { host, shadow };
}

function BarSlot({ store, paper }: { store: PaperStore; paper: PaperSighting }) {
  const id = paper.metadata.id;
  const state = useSyncExternalStore(
    (listener) => store.subscribe(id, listener),
    () => store.get(id),
  );
  return <ControlBar paper={paper} state={state} />;
}

/**
 * Renders every bar of the page from one React root, each through a portal into its own
 * shadow root: one root keeps the cost per bar low on listings of thousands of papers.
 */
export class BarRenderer {
  private root: Root;
  private container = document.createElement('div');

  constructor(
    private store: PaperStore,
    private actions: BarActions,
  ) {
    this.root = createRoot(this.container);
  }

  render(bars: readonly MountedBar[]): void {
    this.root.render(
      <BarActionsContext.Provider value={this.actions}>
        {bars.map((bar) => createPortal(<BarSlot store={this.store} paper={bar.paper} />, bar.shadow, bar.key))}
      </BarActionsContext.Provider>,
    );
  }

  unmount(): void {
    this.root.unmount();
  }
}
