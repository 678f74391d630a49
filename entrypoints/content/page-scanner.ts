import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { log } from '../../lib/log';
import type { PaperId } from '../../lib/paper';
import type { PaperSighting } from '../../lib/messages';
import { findAdapter } from '../../lib/sites';
import type { SiteAdapter } from '../../lib/sites/types';
import type { BarActions } from '../../components/bar/actions';
import type { PaperStore } from '../../lib/paper-store';
import { containEvents, createHost, HOST_TAG, type MountedBar } from './bar-host';
import type { BarRenderer } from './bar-renderer';
import { showPlaceholder } from './placeholder';
import { detectTheme } from './theme';

/** Pause after the last page mutation before scanning again, so a burst of re-rendering costs one scan. */
const RESCAN_DELAY_MS = 50;

/** How far outside the viewport a bar gets its full controls, so they are ready before they scroll in. */
const ACTIVATION_MARGIN = '400px 0px';

/** Pages with at most this many bars get full controls at once; longer ones start with placeholders. */
const IMMEDIATE_BAR_LIMIT = 100;


function isOwnNode(node: Node): boolean {
  return node instanceof Element && node.localName === HOST_TAG;
}

/** Returns the element the host goes after: the anchor, or the link around it, so clicking the bar never follows the link. */
function insertionPoint(anchor: Element): Element {
  return anchor.closest('a') ?? anchor;
}

/**
 * Finds the papers on the page and keeps exactly one bar after each paper element. A scan
 * is idempotent: it mounts bars for new elements, re-mounts bars that the site removed
 * while their paper is still shown, and unmounts bars whose paper left the page.
 * On long pages, bars start as light placeholders showing the saved state. A bar gets its
 * full React controls when it comes near the viewport, which includes a placeholder that
 * Tab focused, because the browser scrolls the focused button into view.
 */
export class PageScanner {
  private bars = new Map<Element, MountedBar>();
  private barsByHost = new Map<Element, MountedBar>();
  private nextKey = 0;
  private warnedUrl = '';
  private theme: string;
  private timer: number | undefined;
  private observer: MutationObserver;
  private visibility: IntersectionObserver;

  constructor(
    private ctx: ContentScriptContext,
    private renderer: BarRenderer,
    private store: PaperStore,
    private actions: BarActions,
    private onIdsChanged: (ids: PaperId[]) => void,
  ) {
    this.theme = detectTheme(document);
    this.observer = new MutationObserver((mutations) => {
      if (mutations.every((mutation) => this.isOwnMutation(mutation))) return;
      this.scheduleScan();
    });
    this.visibility = new IntersectionObserver((entries) => this.activate(entries), { rootMargin: ACTIVATION_MARGIN });
    ctx.onInvalidated(() => this.stop());
  }

  /** Number of bars with full controls mounted. */
  get activeCount(): number {
    return [...this.bars.values()].filter((bar) => bar.active).length;
  }

  get mountedCount(): number {
    return this.bars.size;
  }

  start(): void {
    // Hosts left by a content script of an earlier install or reload of the extension.
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    this.observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class'],
    });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scheduleScan());
    this.scan();
  }

  /**
   * Stops watching the page once the extension was reloaded or updated. The bars stay as
   * they are, and their actions report that the page needs a reload. A newer content
   * script, where the browser injects one, removes them when it starts.
   */
  private stop(): void {
    this.observer.disconnect();
    this.visibility.disconnect();
    if (this.timer !== undefined) clearTimeout(this.timer);
  }

  private unmount(bar: MountedBar): void {
    bar.releasePlaceholder?.();
    this.visibility.unobserve(bar.host);
    this.barsByHost.delete(bar.host);
    bar.host.remove();
  }

  private renderActive(): void {
    this.renderer.render([...this.bars.values()].filter((bar) => bar.active));
  }

  /** Upgrades placeholders that came near the viewport. */
  private activate(entries: IntersectionObserverEntry[]): void {
    const bars = entries
      .filter((entry) => entry.isIntersecting)
      .map((entry) => this.barsByHost.get(entry.target))
      .filter((bar) => bar !== undefined);
    this.upgrade(bars);
  }

  /** Replaces placeholders with full controls, keeping the focus where it was. */
  private upgrade(bars: readonly MountedBar[]): void {
    const focused: MountedBar[] = [];
    let changed = false;
    for (const bar of bars) {
      if (bar.active) continue;
      if ((bar.slot.getRootNode() as ShadowRoot).activeElement) focused.push(bar);
      bar.releasePlaceholder?.();
      bar.releasePlaceholder = undefined;
      bar.slot.replaceChildren();
      containEvents(bar.host);
      bar.active = true;
      this.visibility.unobserve(bar.host);
      changed = true;
    }
    if (!changed) return;
    this.renderActive();
    for (const bar of focused) bar.slot.querySelector<HTMLElement>('button.save')?.focus();
  }

  private isOwnMutation(mutation: MutationRecord): boolean {
    if (mutation.type === 'attributes') return mutation.target !== document.documentElement && mutation.target !== document.body;
    const nodes = [...mutation.addedNodes, ...mutation.removedNodes];
    return nodes.length > 0 && nodes.every(isOwnNode);
  }

  private scheduleScan(): void {
    if (this.ctx.isInvalid) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => {
      this.timer = undefined;
      this.scan();
    }, RESCAN_DELAY_MS);
  }

  /** Runs one scan now. */
  scan(): void {
    const url = new URL(location.href);
    const adapter = findAdapter(url);
    const sightings = adapter ? this.readPage(adapter, url) : [];
    this.theme = detectTheme(document);

    let changed = false;
    const current = new Set<Element>();
    for (const { anchor, paper } of sightings) {
      current.add(anchor);
      const existing = this.bars.get(anchor);
      if (existing && existing.paper.metadata.id === paper.metadata.id && this.isInPlace(existing)) {
        existing.host.dataset.theme = this.theme;
        continue;
      }
      if (existing) this.unmount(existing);
      this.bars.set(anchor, this.mount(adapter!, anchor, paper));
      changed = true;
    }
    for (const [anchor, bar] of this.bars) {
      if (current.has(anchor)) continue;
      this.unmount(bar);
      this.bars.delete(anchor);
      changed = true;
    }
    // A site that rebuilds a card by cloning its nodes copies our host without its shadow root.
    for (const host of document.querySelectorAll(HOST_TAG)) {
      if (!this.barsByHost.has(host)) host.remove();
    }
    if (!changed) return;

    const waiting = [...this.bars.values()].filter((bar) => !bar.active);
    if (waiting.length > 0 && waiting.length <= IMMEDIATE_BAR_LIMIT) {
      this.upgrade(waiting);
    } else {
      // Placeholders far from the viewport stay light until they come near it: upgrading
      // them all in idle time re-laid out the whole listing again and again.
      this.renderActive();
    }
    this.onIdsChanged([...new Set([...this.bars.values()].map((bar) => bar.paper.metadata.id))]);
  }

  private isInPlace(bar: MountedBar): boolean {
    return bar.host.isConnected && bar.host.previousElementSibling === insertionPoint(bar.anchor);
  }

  private mount(adapter: SiteAdapter, anchor: Element, paper: PaperSighting): MountedBar {
    const { host, slot } = createHost(adapter, paper, this.theme);
    const releasePlaceholder = showPlaceholder(slot, paper, this.store, this.actions);
    insertionPoint(anchor).after(host);
    this.nextKey += 1;
    const bar: MountedBar = { key: String(this.nextKey), anchor, host, slot, paper, active: false, releasePlaceholder };
    this.barsByHost.set(host, bar);
    this.visibility.observe(host);
    return bar;
  }

  /** Runs the adapter, whose entries carry validated metadata. Logs no page text outside debug mode. */
  private readPage(adapter: SiteAdapter, url: URL): { anchor: Element; paper: PaperSighting }[] {
    let entries;
    try {
      entries = adapter.findPapers(document, url);
    } catch (error) {
      log.error(adapter.id, 'reading the page failed; no controls added', error);
      return [];
    }
    const sightings = entries.map((entry) => ({
      anchor: entry.anchor,
      paper: { metadata: entry.metadata, site: adapter.id, url: url.href },
    }));
    if (sightings.length === 0 && this.warnedUrl !== url.href && document.readyState === 'complete') {
      this.warnedUrl = url.href;
      log.warn(adapter.id, 'found no papers on a page it supports; the site markup may have changed');
    }
    return sightings;
  }
}
