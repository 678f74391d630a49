import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { log } from '../../lib/log';
import { PaperMetadataSchema, type PaperId } from '../../lib/paper';
import type { PaperSighting } from '../../lib/messages';
import { findAdapter } from '../../lib/sites';
import type { SiteAdapter } from '../../lib/sites/types';
import { createHost, HOST_TAG, type BarRenderer, type MountedBar } from './bar-mounter';
import { detectTheme } from './theme';

/** Pause after the last page mutation before scanning again, so a burst of re-rendering costs one scan. */
const RESCAN_DELAY_MS = 50;

function isOwnNode(node: Node): boolean {
  return node instanceof Element && node.localName === HOST_TAG;
}

/** Where the host goes: after the anchor, but outside any link, so clicking the bar never follows it. */
function insertionPoint(anchor: Element): Element {
  return anchor.closest('a') ?? anchor;
}

/**
 * Finds the papers on the page and keeps exactly one bar after each paper element. A scan
 * is idempotent: it mounts bars for new elements, re-mounts bars that the site removed
 * while their paper is still shown, and unmounts bars whose paper left the page.
 */
export class PageScanner {
  private bars = new Map<Element, MountedBar>();
  private nextKey = 0;
  private warnedUrl = '';
  private theme: string;
  private timer: number | undefined;
  private observer: MutationObserver;

  constructor(
    private ctx: ContentScriptContext,
    private renderer: BarRenderer,
    private onIdsChanged: (ids: PaperId[]) => void,
  ) {
    this.theme = detectTheme(document);
    this.observer = new MutationObserver((mutations) => {
      if (mutations.every((mutation) => this.isOwnMutation(mutation))) return;
      this.scheduleScan();
    });
    ctx.onInvalidated(() => this.stop());
  }

  get mountedCount(): number {
    return this.bars.size;
  }

  start(): void {
    this.observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class'],
    });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scheduleScan());
    this.scan();
  }

  private stop(): void {
    this.observer.disconnect();
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const bar of this.bars.values()) bar.host.remove();
    this.bars.clear();
    this.renderer.unmount();
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
      if (existing) existing.host.remove();
      this.bars.set(anchor, this.mount(adapter!, anchor, paper));
      changed = true;
    }
    for (const [anchor, bar] of this.bars) {
      if (current.has(anchor)) continue;
      bar.host.remove();
      this.bars.delete(anchor);
      changed = true;
    }
    if (!changed) return;

    this.renderer.render([...this.bars.values()]);
    this.onIdsChanged([...new Set([...this.bars.values()].map((bar) => bar.paper.metadata.id))]);
  }

  private isInPlace(bar: MountedBar): boolean {
    return bar.host.isConnected && bar.host.previousElementSibling === insertionPoint(bar.anchor);
  }

  private mount(adapter: SiteAdapter, anchor: Element, paper: PaperSighting): MountedBar {
    const { host, shadow } = createHost(adapter, paper.metadata.id, this.theme);
    insertionPoint(anchor).after(host);
    this.nextKey += 1;
    return { key: String(this.nextKey), anchor, host, shadow, paper };
  }

  /** Runs the adapter and keeps the entries whose metadata is valid. Logs no page text outside debug mode. */
  private readPage(adapter: SiteAdapter, url: URL): { anchor: Element; paper: PaperSighting }[] {
    let entries;
    try {
      entries = adapter.findPapers(document, url);
    } catch (error) {
      log.error(adapter.id, 'reading the page failed; no controls added', error);
      return [];
    }
    const sightings = [];
    for (const entry of entries) {
      const metadata = PaperMetadataSchema.safeParse(entry.metadata);
      if (!metadata.success) {
        log.debug(adapter.id, 'skipped an entry with invalid metadata', entry.metadata, metadata.error.issues);
        continue;
      }
      sightings.push({ anchor: entry.anchor, paper: { metadata: metadata.data, site: adapter.id, url: url.href } });
    }
    if (sightings.length === 0 && this.warnedUrl !== url.href && document.readyState === 'complete') {
      this.warnedUrl = url.href;
      log.warn(adapter.id, 'found no papers on a page it supports; the site markup may have changed');
    }
    return sightings;
  }
}
