import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { log } from '../../lib/log';
import { PaperMetadataSchema, type PaperId } from '../../lib/paper';
import type { PaperSighting } from '../../lib/messages';
import { findAdapter } from '../../lib/sites';
import { isValidTitle, once } from '../../lib/sites/entry';
import type { PaperLocation, SiteAdapter } from '../../lib/sites/types';
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

/** Pages with at most this many bars get full controls right after their placeholders; longer ones when near the viewport. */
const IMMEDIATE_BAR_LIMIT = 100;

/**
 * Script time one task may spend mounting placeholders, so that no task of a 2000-entry
 * listing runs long. Bars that need more than one task are mounted hidden and shown
 * together at the end. Shown part by part, they made the browser lay out the whole
 * listing once per part (measured on a loaded 2-core machine: 100 to 300 ms a part).
 */
const MOUNT_BUDGET_MS = 8;

/** Placeholders replaced by full controls per task on a page that gets them all at once. */
const UPGRADE_BATCH = 25;

/** Maximum wait for an idle moment before a batch of placeholders is replaced. */
const UPGRADE_WAIT_MS = 100;

/** Callbacks the scanner calls as it decorates a page. */
export interface ScanListener {
  /** Called with the page's distinct ids when they change, before their bars are mounted, so the states can load meanwhile. */
  idsChanged(ids: PaperId[]): void;
  /** Called once every paper on the page has its bar. */
  mounted(): void;
}

interface PendingBar {
  adapter: SiteAdapter;
  location: PaperLocation;
  url: string;
}

function isOwnNode(node: Node): boolean {
  return node instanceof Element && node.localName === HOST_TAG;
}

/** Returns the element the host goes after: the anchor, or the link around it, so clicking the bar never follows the link. */
function insertionPoint(anchor: Element): Element {
  return anchor.closest('a') ?? anchor;
}

/** Metadata for an entry whose fields failed validation when read: its id and shown title. */
function minimalSighting({ id, title }: PaperLocation): PaperSighting['metadata'] {
  return PaperMetadataSchema.parse({ id, title });
}

/**
 * Finds the papers on the page and keeps exactly one bar after each paper element. A scan
 * is idempotent: it mounts bars for new elements, re-mounts bars that the site removed
 * while their paper is still shown, and unmounts bars whose paper left the page.
 * On long pages, bars start as light placeholders showing the saved state. A bar gets its
 * full React controls when it comes near the viewport, which includes a placeholder that
 * Tab focused, because the browser scrolls the focused button into view.
 * The page's ids go to the background before any bar is mounted, and long pages are
 * mounted over several tasks.
 */
export class PageScanner {
  private bars = new Map<Element, MountedBar>();
  private barsByHost = new Map<Element, MountedBar>();
  private nextKey = 0;
  private warnedUrl = '';
  private theme: string;
  private timer: number | undefined;
  private pending: PendingBar[] = [];
  private pendingFrom = 0;
  private mountScheduled = false;
  /** Bars mounted hidden by the parts of a mounting that took more than one task. */
  private hidden: MountedBar[] = [];
  private upgradeScheduled = false;
  private sentIds = '';
  private observer: MutationObserver;
  private visibility: IntersectionObserver;

  constructor(
    private ctx: ContentScriptContext,
    private renderer: BarRenderer,
    private store: PaperStore,
    private actions: BarActions,
    private listener: ScanListener,
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

  /** Runs one scan now: bars that are in place stay, the rest are mounted or removed. */
  scan(): void {
    const url = new URL(location.href);
    const adapter = findAdapter(url);
    const found = adapter ? this.locate(adapter, url) : [];
    this.theme = detectTheme(document);

    // This scan covers every paper, so bars still waiting from an earlier one are queued anew.
    this.pending = [];
    this.pendingFrom = 0;
    let removed = false;
    const current = new Set<Element>();
    for (const location of found) {
      current.add(location.anchor);
      const existing = this.bars.get(location.anchor);
      if (existing && existing.id === location.id && this.isInPlace(existing)) {
        existing.host.dataset.theme = this.theme;
        continue;
      }
      if (existing) {
        this.unmount(existing);
        this.bars.delete(location.anchor);
        removed = true;
      }
      this.pending.push({ adapter: adapter!, location, url: url.href });
    }
    for (const [anchor, bar] of this.bars) {
      if (current.has(anchor)) continue;
      this.unmount(bar);
      this.bars.delete(anchor);
      removed = true;
    }
    // A site that rebuilds a card by cloning its nodes copies our host without its shadow root.
    for (const host of document.querySelectorAll(HOST_TAG)) {
      if (!this.barsByHost.has(host)) host.remove();
    }

    const ids = [...new Set(found.map((location) => location.id))];
    const key = ids.join(' ');
    if (key !== this.sentIds) {
      this.sentIds = key;
      this.listener.idsChanged(ids);
    }
    if (removed) this.renderActive();
    // A long page starts mounting in a task of its own, apart from reading the page.
    if (this.pending.length > IMMEDIATE_BAR_LIMIT) this.scheduleMount();
    else this.mountPending();
  }

  /** Mounts queued bars until the task's budget is spent, then continues in the next task. */
  private mountPending(): void {
    this.mountScheduled = false;
    if (this.ctx.isInvalid) return;
    const deadline = performance.now() + MOUNT_BUDGET_MS;
    const firstPart = this.pendingFrom === 0;
    const from = this.pendingFrom;
    while (this.pendingFrom < this.pending.length) {
      const { adapter, location, url } = this.pending[this.pendingFrom]!;
      this.pendingFrom += 1;
      // Adapters may read the title only now. An entry with an invalid title is no paper.
      if (!isValidTitle(location.title)) continue;
      this.bars.set(location.anchor, this.mount(adapter, location, url));
      // A part contains at least IMMEDIATE_BAR_LIMIT bars, so a short page is mounted in one task
      // and never hidden. Reading the clock every 16 bars keeps its cost out of the loop.
      const partSize = this.pendingFrom - from;
      if (partSize >= IMMEDIATE_BAR_LIMIT && partSize % 16 === 0 && performance.now() > deadline) break;
    }
    if (this.pendingFrom < this.pending.length || !firstPart) {
      for (const { location } of this.pending.slice(from, this.pendingFrom)) {
        const bar = this.bars.get(location.anchor);
        if (!bar) continue;
        bar.host.style.setProperty('display', 'none', 'important');
        this.hidden.push(bar);
      }
    }
    if (this.pendingFrom < this.pending.length) {
      this.scheduleMount();
      return;
    }
    this.pending = [];
    this.pendingFrom = 0;
    for (const bar of this.hidden) bar.host.style.setProperty('display', 'block', 'important');
    this.hidden = [];
    this.listener.mounted();
    const waiting = [...this.bars.values()].filter((bar) => !bar.active);
    if (waiting.length > 0 && this.bars.size <= IMMEDIATE_BAR_LIMIT) this.scheduleUpgrade();
  }

  private scheduleMount(): void {
    if (this.mountScheduled) return;
    this.mountScheduled = true;
    this.ctx.setTimeout(() => this.mountPending(), 0);
  }

  /**
   * On a short page, replaces every placeholder with full controls, a batch per task. It
   * waits for an idle moment, so the states from the background, which usually arrive a few
   * milliseconds after mounting, show in the placeholders first.
   */
  private scheduleUpgrade(): void {
    if (this.upgradeScheduled) return;
    this.upgradeScheduled = true;
    this.ctx.requestIdleCallback(() => {
      this.upgradeScheduled = false;
      if (this.bars.size > IMMEDIATE_BAR_LIMIT) return;
      const waiting = [...this.bars.values()].filter((bar) => !bar.active);
      this.upgrade(waiting.slice(0, UPGRADE_BATCH));
      if (waiting.length > UPGRADE_BATCH) this.scheduleUpgrade();
    }, { timeout: UPGRADE_WAIT_MS });
  }

  private isInPlace(bar: MountedBar): boolean {
    return bar.host.isConnected && bar.host.previousElementSibling === insertionPoint(bar.anchor);
  }

  private mount(adapter: SiteAdapter, location: PaperLocation, url: string): MountedBar {
    const { id, title, anchor } = location;
    const { host, slot } = createHost(adapter, id, this.theme);
    const paper = once((): PaperSighting => ({ metadata: location.read() ?? minimalSighting(location), site: adapter.id, url }));
    const releasePlaceholder = showPlaceholder(slot, { id, title, paper }, this.store, this.actions);
    insertionPoint(anchor).after(host);
    this.nextKey += 1;
    const bar: MountedBar = { key: String(this.nextKey), anchor, host, slot, id, title, paper, active: false, releasePlaceholder };
    this.barsByHost.set(host, bar);
    this.visibility.observe(host);
    return bar;
  }

  /** Runs the adapter's cheap pass over the page. Logs no page text outside debug mode. */
  private locate(adapter: SiteAdapter, url: URL): PaperLocation[] {
    let found: PaperLocation[];
    try {
      found = adapter.locatePapers(document, url);
    } catch (error) {
      log.error(adapter.id, 'reading the page failed; no controls added', error);
      return [];
    }
    if (found.length === 0 && this.warnedUrl !== url.href && document.readyState === 'complete') {
      this.warnedUrl = url.href;
      log.warn(adapter.id, 'found no papers on a page it supports; the site markup may have changed');
    }
    return found;
  }
}
