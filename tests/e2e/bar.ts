import { AX, waitUntil, type AXNode } from './ax';

/** Labels of the `Reading status` options, in the order the select lists them. */
export const STATUS_OPTIONS = ['To read', 'Reading', 'Read'] as const;
export type StatusLabel = (typeof STATUS_OPTIONS)[number];

export const BAR_NAME = /^PaperShelf: /;

/** What one control bar shows, read from the accessibility tree. */
export interface BarState {
  saved: boolean;
  status: string | undefined;
  tags: string[];
}

/**
 * One paper's control bar, addressed through its host element's
 * data-paper-id. Every lookup finds the bar again, so a re-rendered bar
 * does not leave stale node ids behind.
 */
export class Bar {
  private constructor(
    readonly ax: AX,
    readonly paperId: string,
  ) {}

  /**
   * Wait until the page shows a bar for `paperId` with all its controls, and
   * return it. The bar is scrolled into view first, because bars out of view
   * may show only their Save button until they are scrolled to.
   */
  static async find(ax: AX, paperId: string, timeout = 15_000): Promise<Bar> {
    const message = `the bar of ${paperId}`;
    await waitUntil(() => barGroupsOf(ax, paperId), (found) => found.length > 0, { timeout, message });

    const bar = new Bar(ax, paperId);
    await ax.scrollIntoView(await bar.group());
    await waitUntil(
      async () => ax.findWithin(await bar.group(), 'combobox', 'Reading status'),
      (found) => found.length === 1,
      { timeout, message: `all controls in ${message}` },
    );
    return bar;
  }

  /** Find the bar's group node. Throws unless the page shows exactly one bar for this paper. */
  async group(): Promise<AXNode> {
    const groups = await barGroupsOf(this.ax, this.paperId);
    if (groups.length !== 1) throw new Error(`expected one bar for ${this.paperId}, found ${groups.length}`);
    return groups[0]!;
  }

  async control(role: string, name: string): Promise<AXNode> {
    return this.ax.one(await this.group(), role, name);
  }

  saveButton(): Promise<AXNode> {
    return this.control('button', 'Save to reading list');
  }

  statusSelect(): Promise<AXNode> {
    return this.control('combobox', 'Reading status');
  }

  tagInput(): Promise<AXNode> {
    return this.control('textbox', 'Add tag');
  }

  async state(): Promise<BarState> {
    const save = await this.saveButton();
    const status = await this.statusSelect();
    const removeButtons = await this.ax.findWithin(await this.group(), 'button', /^Remove tag /);
    return {
      saved: save.properties.pressed === 'true',
      status: status.value,
      tags: removeButtons.map((button) => button.name.replace(/^Remove tag /, '')),
    };
  }

  /** Wait until the bar's state passes `accept`, and return that state. */
  waitForState(accept: (state: BarState) => boolean, message: string, timeout = 10_000): Promise<BarState> {
    return waitUntil(() => this.state(), accept, { timeout, message: `${this.paperId}: ${message}` });
  }

  async toggleSave(): Promise<void> {
    await this.ax.click(await this.saveButton());
  }

  async chooseStatus(label: StatusLabel): Promise<void> {
    await this.ax.selectOption(await this.statusSelect(), label, STATUS_OPTIONS);
  }

  async addTag(tag: string): Promise<void> {
    await this.ax.type(await this.tagInput(), tag);
    await this.ax.page.keyboard.press('Enter');
  }

  async removeTag(tag: string): Promise<void> {
    await this.ax.click(await this.control('button', `Remove tag ${tag}`));
  }

  /** Return the `Note` text box, opening it with `Edit note` when it is not shown yet. */
  async openNote(): Promise<AXNode> {
    const open = await this.ax.findWithin(await this.group(), 'textbox', 'Note');
    if (open.length === 1) return open[0]!;

    await this.ax.click(await this.control('button', 'Edit note'));
    const found = await waitUntil(
      async () => this.ax.findWithin(await this.group(), 'textbox', 'Note'),
      (boxes) => boxes.length === 1,
      { message: `the note box of ${this.paperId}` },
    );
    return found[0]!;
  }

  async note(): Promise<string> {
    return (await this.openNote()).value ?? '';
  }

  async typeNote(text: string): Promise<void> {
    await this.ax.type(await this.openNote(), text);
  }
}

/** Find the control-bar groups inside the host elements marked with `paperId`. */
async function barGroupsOf(ax: AX, paperId: string): Promise<AXNode[]> {
  const hosts = await ax.querySelectorAll(`[data-paper-id="${paperId}"]`);
  const groups: AXNode[] = [];
  for (const host of hosts) groups.push(...(await ax.findWithin(host, 'group', BAR_NAME)));
  return groups;
}

/** Count the page's control bars: groups named `PaperShelf: <title>`. */
export async function countBars(ax: AX): Promise<number> {
  return (await ax.findAll('group', BAR_NAME)).length;
}

/** Count the light-DOM host elements that PaperShelf mounted. */
export async function countHosts(ax: AX): Promise<number> {
  return (await ax.querySelectorAll('[data-papershelf]')).length;
}
