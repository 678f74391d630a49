import type { CDPSession, Page } from 'playwright-core';

/**
 * Accessibility-tree access over the Chrome DevTools Protocol. PaperShelf's
 * bars live in closed shadow roots, which Playwright locators cannot enter,
 * but the accessibility tree and the DOM domain of CDP reach them.
 */

export interface AXNode {
  role: string;
  name: string;
  /** The accessible value: a text box's text or a combobox's selected option. */
  value: string | undefined;
  properties: Record<string, unknown>;
  backendNodeId: number;
}

export type NameMatcher = string | RegExp;

function matchesName(name: string, matcher: NameMatcher | undefined): boolean {
  if (matcher === undefined) return true;
  return typeof matcher === 'string' ? name === matcher : matcher.test(name);
}

/** The fields of CDP's Accessibility.AXNode that these helpers read. */
interface RawAXNode {
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  value?: { value?: unknown };
  properties?: { name: string; value: { value?: unknown } }[];
  backendDOMNodeId?: number;
}

function toNode(raw: RawAXNode): AXNode | undefined {
  if (raw.ignored || raw.backendDOMNodeId === undefined) return undefined;
  const properties: Record<string, unknown> = {};
  for (const property of raw.properties ?? []) properties[property.name] = property.value.value;
  return {
    role: String(raw.role?.value ?? ''),
    name: String(raw.name?.value ?? ''),
    value: raw.value?.value === undefined ? undefined : String(raw.value.value),
    properties,
    backendNodeId: raw.backendDOMNodeId,
  };
}

export interface WaitOptions {
  timeout?: number;
  message?: string;
}

/**
 * Poll `read` until `accept` holds for its result, and return that result.
 * Throws unless an accepted result was read completely within `timeout` ms,
 * so a slow read cannot stretch the limit.
 */
export async function waitUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeout = 10_000, message = 'condition' }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    const inTime = Date.now() <= deadline;
    if (accept(value) && inTime) return value;
    if (!inTime) {
      throw new Error(`timed out after ${timeout} ms waiting for ${message}: last value ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export class AX {
  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<AX> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    return new AX(page, cdp);
  }

  /** Find every node of the page with `role` whose accessible name matches `name`, in tree order. */
  async findAll(role: string, name?: NameMatcher): Promise<AXNode[]> {
    const { nodes } = await this.cdp.send('Accessibility.getFullAXTree');
    return nodes
      .map(toNode)
      .filter((node): node is AXNode => node !== undefined && node.role === role && matchesName(node.name, name));
  }

  /** Find nodes with `role` (and matching `name`) in the accessibility subtree of `root`, shadow trees included. */
  async findWithin(root: AXNode | number, role: string, name?: NameMatcher): Promise<AXNode[]> {
    const backendNodeId = typeof root === 'number' ? root : root.backendNodeId;
    const { nodes } = await this.cdp.send('Accessibility.queryAXTree', { backendNodeId, role });
    return nodes
      .map(toNode)
      .filter((node): node is AXNode => node !== undefined && matchesName(node.name, name));
  }

  /** Find the single node with `role` and `name` inside `root`. Throws when there is none or more than one. */
  async one(root: AXNode | number, role: string, name: NameMatcher): Promise<AXNode> {
    const found = await this.findWithin(root, role, name);
    if (found.length !== 1) {
      throw new Error(`expected one ${role} named ${String(name)}, found ${found.length}`);
    }
    return found[0]!;
  }

  /** Re-read a node's current role, name, value and properties. */
  async refresh(node: AXNode): Promise<AXNode> {
    const { nodes } = await this.cdp.send('Accessibility.getPartialAXTree', {
      backendNodeId: node.backendNodeId,
      fetchRelatives: false,
    });
    const fresh = nodes.map(toNode).find((candidate) => candidate?.backendNodeId === node.backendNodeId);
    if (!fresh) throw new Error(`${node.role} named ${node.name} is no longer in the accessibility tree`);
    return fresh;
  }

  /** Return backend node ids of light-DOM elements matching a CSS selector (shadow trees are not searched). */
  async querySelectorAll(selector: string): Promise<number[]> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await this.cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const ids: number[] = [];
    for (const nodeId of nodeIds) {
      const { node } = await this.cdp.send('DOM.describeNode', { nodeId });
      ids.push(node.backendNodeId);
    }
    return ids;
  }

  async scrollIntoView(node: AXNode): Promise<void> {
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
  }

  async click(node: AXNode): Promise<void> {
    await this.scrollIntoView(node);
    const { quads } = await this.cdp.send('DOM.getContentQuads', { backendNodeId: node.backendNodeId });
    const quad = quads[0];
    if (!quad) throw new Error(`${node.role} named ${node.name} has no box to click`);
    const x = (quad[0]! + quad[2]! + quad[4]! + quad[6]!) / 4;
    const y = (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4;
    await this.page.mouse.click(x, y);
  }

  async focus(node: AXNode): Promise<void> {
    await this.cdp.send('DOM.focus', { backendNodeId: node.backendNodeId });
  }

  /** Click into a text box and type `text` with the keyboard. */
  async type(node: AXNode, text: string): Promise<void> {
    await this.click(node);
    await this.page.keyboard.type(text);
  }

  /**
   * Choose the option labelled `label` in a closed select with the arrow
   * keys, as a keyboard user would. Chromium on Linux changes the value
   * (and fires change) on each arrow press without opening the list.
   */
  async selectOption(node: AXNode, label: string, options: readonly string[]): Promise<void> {
    const target = options.indexOf(label);
    if (target < 0) throw new Error(`option ${label} is not one of ${options.join(', ')}`);
    await this.focus(node);

    for (let step = 0; step < options.length; step += 1) {
      const current = (await this.refresh(node)).value ?? '';
      if (current === label) return;
      const index = options.indexOf(current);
      await this.page.keyboard.press(index < target ? 'ArrowDown' : 'ArrowUp');
    }
    const final = (await this.refresh(node)).value;
    if (final !== label) throw new Error(`could not select ${label}: the select shows ${final}`);
  }

  /** Find the node that has keyboard focus, searching through shadow trees. */
  async focused(): Promise<AXNode | undefined> {
    const { nodes } = await this.cdp.send('Accessibility.getFullAXTree');
    return nodes
      .map(toNode)
      .find((node) => node !== undefined && node.properties.focused === true && node.role !== 'RootWebArea');
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }
}
