import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AX, waitUntil } from './ax';
import { Bar, type BarState } from './bar';
import { launchHarness, openOptions, openTab, type Harness } from './harness';
import { RECENT_URL, SHARED_PAPER, serveFixtures } from './pages';

// A change must reach every other open view within this time, without a reload.
const SYNC_LIMIT_MS = 1_000;

let harness: Harness;
let first: Bar;
let second: Bar;

async function openBar(url: string): Promise<Bar> {
  const page = await openTab(harness, url);
  return Bar.find(await AX.attach(page), SHARED_PAPER.id);
}

/**
 * Switch to the tab of `bar` and wait for it to reach a state, allowing
 * SYNC_LIMIT_MS from now. Chromium renders only the front tab, and reading a
 * background tab's accessibility tree waits about a second for a frame.
 */
async function expectSynced(bar: Bar, accept: (state: BarState) => boolean, message: string): Promise<BarState> {
  await bar.ax.page.bringToFront();
  return bar.waitForState(accept, message, SYNC_LIMIT_MS);
}

/** Switch to the tab of `bar` and run a user action in it. */
async function inTab(bar: Bar, action: (bar: Bar) => Promise<void>): Promise<void> {
  await bar.ax.page.bringToFront();
  await action(bar);
}

beforeAll(async () => {
  harness = await launchHarness();
  serveFixtures(harness);
  first = await openBar(RECENT_URL);
  second = await openBar(RECENT_URL);
});

afterAll(async () => {
  await harness?.close();
});

describe('live sync between tabs', () => {
  it('save reaches the other tab', async () => {
    await inTab(first, (bar) => bar.toggleSave());

    const state = await expectSynced(second, (current) => current.saved, 'saved');
    expect(state.saved).toBe(true);
  });

  it('status reaches the other tab', async () => {
    await inTab(second, (bar) => bar.chooseStatus('Read'));

    const state = await expectSynced(first, (current) => current.status === 'Read', 'status Read');
    expect(state.status).toBe('Read');
  });

  it('tag reaches the other tab', async () => {
    await inTab(first, (bar) => bar.addTag('agents'));

    const state = await expectSynced(second, (current) => current.tags.includes('agents'), 'tag agents');
    expect(state.tags).toEqual(['agents']);
  });

  it('tag removal reaches the other tab', async () => {
    await inTab(second, (bar) => bar.removeTag('agents'));

    const state = await expectSynced(first, (current) => current.tags.length === 0, 'no tags');
    expect(state.tags).toEqual([]);
  });

  it('note reaches the other tab', async () => {
    const note = 'Read the evaluation first.';
    await inTab(second, async (bar) => {
      await bar.openNote();
    });
    await inTab(first, (bar) => bar.typeNote(note));

    await second.ax.page.bringToFront();
    const seen = await waitUntil(() => second.note(), (text) => text === note, {
      timeout: SYNC_LIMIT_MS,
      message: 'the note in the other tab',
    });
    expect(seen).toBe(note);
  });

  it('unsave reaches the other tab', async () => {
    await inTab(second, (bar) => bar.toggleSave());

    const state = await expectSynced(first, (current) => !current.saved, 'not saved');
    expect(state.saved).toBe(false);
    expect(state.status).toBe('Read');
  });
});

describe('live sync from the options page', () => {
  let options: Page;
  let row: Locator;

  beforeAll(async () => {
    options = await openOptions(harness);
    row = options.getByRole('article', { name: SHARED_PAPER.title, exact: true });
  });

  it('status change reaches the tab', async () => {
    await options.bringToFront();
    await row.getByRole('combobox', { name: 'Reading status' }).selectOption({ label: 'Reading' });

    const state = await expectSynced(first, (current) => current.status === 'Reading', 'status Reading');
    expect(state.status).toBe('Reading');
  });

  it('save toggle reaches the tab', async () => {
    await options.bringToFront();
    const save = row.getByRole('button', { name: 'Save to reading list' });
    const wasSaved = (await save.getAttribute('aria-pressed')) === 'true';
    await save.click();

    const state = await expectSynced(first, (current) => current.saved !== wasSaved, `saved ${!wasSaved}`);
    expect(state.saved).toBe(!wasSaved);
  });

  it('tag reaches the tab', async () => {
    await options.bringToFront();
    const tagBox = row.getByRole('textbox', { name: 'Add tag' });
    await tagBox.fill('from-options');
    await tagBox.press('Enter');

    const state = await expectSynced(first, (current) => current.tags.includes('from-options'), 'tag from-options');
    expect(state.tags).toEqual(['from-options']);
  });

  it('a newly opened tab shows the changes', async () => {
    // The background keeps the states it read in memory; the options page's writes must replace them.
    const fresh = await openBar(RECENT_URL);
    const state = await expectSynced(fresh, (current) => current.tags.includes('from-options'), 'tag from-options');
    expect(state.status).toBe('Reading');
    expect(state.tags).toEqual(['from-options']);
    await fresh.ax.page.close();
  });
});

describe('network', () => {
  it('made no extension requests', () => {
    expect(harness.extensionRequests()).toEqual([]);
  });
});
