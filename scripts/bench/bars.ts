import type { CDPSession, Page } from 'playwright-core';

/**
 * Reads PaperShelf's bars through the Chrome DevTools Protocol. The bars live in closed
 * shadow roots, which page scripts and Playwright locators cannot enter, but
 * DOM.describeNode with pierce returns a host's shadow tree.
 */

const HOST_SELECTOR = 'papershelf-bar';
const OBJECT_GROUP = 'papershelf-bench';

/** The state one bar shows, read from its shadow tree. */
export interface BarReading {
  paperId: string;
  /** aria-pressed of the Save button, or undefined when the bar has no Save button. */
  saved: boolean | undefined;
  /** Whether the full controls replaced the placeholder (the status select is present). */
  upgraded: boolean;
  saveButtonNodeId: number | undefined;
}

interface DescribedNode {
  backendNodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DescribedNode[];
  shadowRoots?: DescribedNode[];
}

function attribute(node: DescribedNode, name: string): string | undefined {
  const attributes = node.attributes ?? [];
  for (let index = 0; index < attributes.length; index += 2) {
    if (attributes[index] === name) return attributes[index + 1];
  }
  return undefined;
}

function* walk(node: DescribedNode): Generator<DescribedNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

function readHost(host: DescribedNode): BarReading {
  let save: DescribedNode | undefined;
  let upgraded = false;
  for (const node of walk(host)) {
    if (node.localName === 'select') upgraded = true;
    if (!save && node.localName === 'button' && attribute(node, 'aria-label') === 'Save to reading list') save = node;
  }
  const pressed = save ? attribute(save, 'aria-pressed') : undefined;
  return {
    paperId: attribute(host, 'data-paper-id') ?? '',
    saved: pressed === undefined ? undefined : pressed === 'true',
    upgraded,
    saveButtonNodeId: save?.backendNodeId,
  };
}

/** A CDP session on `page` with handles to every bar host, in document order. */
export class BarReader {
  private constructor(
    readonly cdp: CDPSession,
    private hosts: string[],
  ) {}

  static async attach(page: Page): Promise<BarReader> {
    const cdp = await page.context().newCDPSession(page);
    const reader = new BarReader(cdp, []);
    await reader.refreshHosts();
    return reader;
  }

  get count(): number {
    return this.hosts.length;
  }

  /** Finds the host elements again, for a page that re-mounted its bars. */
  async refreshHosts(): Promise<void> {
    await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP });
    const { result } = await this.cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll('${HOST_SELECTOR}')]`,
      objectGroup: OBJECT_GROUP,
    });
    if (!result.objectId) throw new Error('could not list the bar hosts of the page');
    const { result: properties } = await this.cdp.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    });
    this.hosts = properties
      .filter((property) => /^\d+$/.test(property.name))
      .sort((a, b) => Number(a.name) - Number(b.name))
      .map((property) => property.value?.objectId)
      .filter((objectId): objectId is string => objectId !== undefined);
  }

  async read(index: number): Promise<BarReading> {
    const objectId = this.hosts.at(index);
    if (objectId === undefined) throw new Error(`no bar at index ${index}: the page has ${this.hosts.length} bars`);
    const { node } = await this.cdp.send('DOM.describeNode', { objectId, depth: -1, pierce: true });
    return readHost(node as DescribedNode);
  }

  /** Scrolls the host of the bar at `index` into view, as a person scrolling to it would. */
  async scrollIntoView(index: number): Promise<void> {
    const objectId = this.hosts.at(index);
    if (objectId === undefined) throw new Error(`no bar at index ${index}: the page has ${this.hosts.length} bars`);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { objectId });
  }

  /** Reads every bar. The requests are sent together, so the page processes them between its own tasks. */
  readAll(): Promise<BarReading[]> {
    return Promise.all(this.hosts.map((_, index) => this.read(index)));
  }

  async detach(): Promise<void> {
    await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP }).catch(() => undefined);
    await this.cdp.detach().catch(() => undefined);
  }
}

/**
 * Checks that the page shows one bar per expected paper, in order, each with the expected
 * saved state. Throws naming the first bar that differs.
 */
export function checkSavedStates(readings: readonly BarReading[], expected: readonly { paperId: string; saved: boolean }[]): void {
  if (readings.length !== expected.length) {
    throw new Error(`expected ${expected.length} bars on the page, found ${readings.length}`);
  }
  expected.forEach((paper, index) => {
    const reading = readings[index]!;
    if (reading.paperId !== paper.paperId || reading.saved !== paper.saved) {
      throw new Error(
        `bar ${index} shows ${reading.paperId} saved=${String(reading.saved)}, expected ${paper.paperId} saved=${paper.saved}`,
      );
    }
  });
}
