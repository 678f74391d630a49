import barCss from '../../components/bar/bar.css?inline';
import type { PaperSighting } from '../../lib/messages';
import type { PaperId } from '../../lib/paper';
import type { SiteAdapter } from '../../lib/sites/types';

/** Tag name of the element that contains one bar's closed shadow root. */
export const HOST_TAG = 'papershelf-bar';

const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'input'];

/** One bar on the page: where it is, what paper it shows, and whether its full controls are mounted. */
export interface MountedBar {
  key: string;
  anchor: Element;
  host: HTMLElement;
  /** Element inside the closed shadow root that contains the placeholder or the React bar. */
  slot: HTMLElement;
  id: PaperId;
  /** The title as shown, for the group's accessible name. */
  title: string;
  /** The sighting with the paper's full metadata, read from the page on first use. */
  paper(): PaperSighting;
  /** True once the full React controls replaced the placeholder. */
  active: boolean;
  /** Stops updating the placeholder; set while the placeholder is shown. */
  releasePlaceholder?: () => void;
}

/**
 * Stops key, pointer and input events at the host, so typing in a full bar never triggers
 * the site's shortcuts. Placeholders hold only a button and skip this, which saves eight
 * listeners per paper on long listings.
 */
export function containEvents(host: HTMLElement): void {
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, stopPropagation);
}

function stopPropagation(event: Event): void {
  event.stopPropagation();
}

const HOST_STYLE = 'display: block !important; position: relative !important';

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

/**
 * Creates the host element with a closed shadow root, so page scripts cannot read what the
 * bar shows, and one shared style sheet.
 */
export function createHost(adapter: SiteAdapter, id: PaperId, theme: string): { host: HTMLElement; slot: HTMLElement } {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-papershelf', adapter.id);
  host.setAttribute('data-paper-id', id);
  host.setAttribute('data-theme', theme);
  // Inline and important, so site rules on unknown elements cannot hide or restyle the host.
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  attachStyles(shadow);
  const slot = document.createElement('div');
  shadow.append(slot);
  return { host, slot };
}
