import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AX } from './ax';
import { Bar } from './bar';
import { launchHarness, openTab, type Harness } from './harness';
import { RECENT_URL, SHARED_PAPER, serveFixtures } from './pages';

// Strings that appear nowhere on the saved page, so finding one means a leak.
const SECRET_TAG = 'private-tag-q7x';
const SECRET_NOTE = 'Private note 5d1f: do not show this to the site.';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await launchHarness();
  serveFixtures(harness);
  page = await openTab(harness, RECENT_URL);

  const bar = await Bar.find(await AX.attach(page), SHARED_PAPER.id);
  await bar.addTag(SECRET_TAG);
  await bar.waitForState((state) => state.tags.includes(SECRET_TAG), `tag ${SECRET_TAG}`);
  await bar.typeNote(SECRET_NOTE);

  // Reload so the note is stored, then open it again: it is now on screen in the bar.
  await page.reload({ waitUntil: 'domcontentloaded' });
  const reloaded = await Bar.find(await AX.attach(page), SHARED_PAPER.id);
  expect(await reloaded.note()).toBe(SECRET_NOTE);
  expect((await reloaded.state()).tags).toEqual([SECRET_TAG]);
});

afterAll(async () => {
  await harness?.close();
});

// Each check runs in the page's own JavaScript world, where the site's scripts run.
describe('privacy from page scripts', () => {
  it('hosts expose no shadow root', async () => {
    const roots = await page.evaluate(() =>
      [...document.querySelectorAll('[data-papershelf]')].map((host) => host.shadowRoot === null),
    );

    expect(roots.length).toBeGreaterThan(0);
    expect(roots.every(Boolean)).toBe(true);
  });

  it.each([
    ['note', SECRET_NOTE],
    ['tag', SECRET_TAG],
  ])('page text omits the %s', async (_label, secret) => {
    const text = await page.evaluate(() => ({
      innerText: document.body.innerText,
      textContent: document.documentElement.textContent ?? '',
    }));

    expect(text.innerText).not.toContain(secret);
    expect(text.textContent).not.toContain(secret);
  });

  it.each([
    ['note', SECRET_NOTE],
    ['tag', SECRET_TAG],
  ])('no light-DOM element holds the %s', async (_label, secret) => {
    const holders = await page.evaluate((needle) => {
      const found: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        const attributes = [...element.attributes].map((attribute) => attribute.value);
        const value = 'value' in element ? String(element.value) : '';
        if ([...attributes, value].some((text) => text.includes(needle))) found.push(element.outerHTML.slice(0, 200));
      }
      return found;
    }, secret);

    expect(holders).toEqual([]);
  });

  it('page storage holds no PaperShelf data', async () => {
    const storage = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((database) => database.name),
      localStorage: JSON.stringify({ ...localStorage }),
      sessionStorage: JSON.stringify({ ...sessionStorage }),
    }));

    expect(storage.databases).toEqual([]);
    for (const secret of [SECRET_NOTE, SECRET_TAG]) {
      expect(storage.localStorage).not.toContain(secret);
      expect(storage.sessionStorage).not.toContain(secret);
    }
  });

  it('made no extension requests', () => {
    expect(harness.extensionRequests()).toEqual([]);
  });
});
