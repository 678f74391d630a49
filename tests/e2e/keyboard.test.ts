import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AX } from './ax';
import { Bar } from './bar';
import { launchHarness, openTab, type Harness } from './harness';
import { RECENT_URL, serveFixtures } from './pages';

// The header and the first listing entry hold a few dozen links; this bounds the walk.
const MAX_TABS = 200;

let harness: Harness;
let page: Page;
let ax: AX;
let bar: Bar;

/** Return the data-paper-id of the host that has focus in the page's own world, or null. */
function focusedHostPaperId(): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-paper-id') ?? null);
}

beforeAll(async () => {
  harness = await launchHarness();
  serveFixtures(harness);
  page = await openTab(harness, RECENT_URL);
  ax = await AX.attach(page);
  const firstId = await page.evaluate(() => document.querySelector('[data-paper-id]')?.getAttribute('data-paper-id'));
  if (!firstId) throw new Error(`no PaperShelf host on ${RECENT_URL}`);
  bar = await Bar.find(ax, firstId);
});

afterAll(async () => {
  await harness?.close();
});

describe('keyboard', () => {
  it('Tab reaches the first bar', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    let presses = 0;
    while ((await focusedHostPaperId()) === null && presses < MAX_TABS) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    const focused = await ax.focused();

    expect(await focusedHostPaperId()).toBe(bar.paperId);
    expect(focused?.role).toBe('button');
    expect(focused?.name).toBe('Save to reading list');
    expect(focused?.backendNodeId).toBe((await bar.saveButton()).backendNodeId);
  });

  it('Enter saves the paper', async () => {
    await page.keyboard.press('Enter');

    const state = await bar.waitForState((current) => current.saved, 'saved');
    expect(state.saved).toBe(true);
  });

  it('Space removes it again', async () => {
    await page.keyboard.press('Space');

    const state = await bar.waitForState((current) => !current.saved, 'not saved');
    expect(state.saved).toBe(false);
  });

  it('Tab moves to the status select', async () => {
    await page.keyboard.press('Tab');
    const focused = await ax.focused();

    expect(focused?.role).toBe('combobox');
    expect(focused?.name).toBe('Reading status');
  });

  it('Shift+Tab returns to Save', async () => {
    await page.keyboard.press('Shift+Tab');
    const focused = await ax.focused();

    expect(focused?.name).toBe('Save to reading list');
    expect(focused?.properties.pressed).toBe('false');
  });
});
