import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AX, waitUntil } from './ax';
import { Bar, BAR_NAME, countBars, countHosts } from './bar';
import { launchHarness, openTab, type Harness } from './harness';
import { FIXTURE_PAGES, serveFixtures } from './pages';

// These tests play the part of the sites' own scripts: the saved pages run none, so each
// client-side change (navigation, new results, re-rendering) is made with page.evaluate.

function fixture(url: string) {
  const page = FIXTURE_PAGES.find((candidate) => candidate.url === url);
  if (!page) throw new Error(`no fixture page for ${url}`);
  return { ...page, html: readFileSync(page.file, 'utf8') };
}

const TRENDING = 'https://huggingface.co/papers/trending';
const DAILY = 'https://huggingface.co/papers';
const HF_SEARCH = 'https://huggingface.co/papers?q=state+space+models';
const DAILY_NO_PROPS = 'https://huggingface.co/papers/date/2024-08-02';
const LG_NEW = 'https://arxiv.org/list/cs.LG/new';
const DUPLICATED_PAPER = 'arxiv:2601.03990';

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
  serveFixtures(harness);
});

afterAll(async () => {
  await harness?.close();
});

/** Client-side navigation: push a URL and swap the body for another saved page's body. */
async function navigateWithin(page: Page, url: string, html: string, how: 'push' | 'back' = 'push'): Promise<void> {
  await page.evaluate(
    ({ url, html, how }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      if (how === 'push') history.pushState({}, '', url);
      else history.replaceState({}, '', url);
      document.body.replaceChildren(...[...next.body.childNodes].map((node) => document.importNode(node, true)));
    },
    { url, html, how },
  );
}

async function expectBars(ax: AX, expected: number, message: string): Promise<void> {
  const bars = await waitUntil(() => countBars(ax), (count) => count === expected, { timeout: 10_000, message });
  expect(bars).toBe(expected);
  expect(await countHosts(ax)).toBe(expected);
}

describe('client-side navigation on Hugging Face', () => {
  it('swaps the bars for the new page and back', async () => {
    const trending = fixture(TRENDING);
    const daily = fixture(DAILY);
    const page = await openTab(harness, TRENDING);
    const ax = await AX.attach(page);
    await expectBars(ax, trending.papers, 'trending bars');

    await navigateWithin(page, DAILY, daily.html);
    await expectBars(ax, daily.papers, 'daily bars after pushState');

    await page.goBack({ waitUntil: 'commit' }).catch(() => undefined);
    await navigateWithin(page, TRENDING, trending.html, 'back');
    await expectBars(ax, trending.papers, 'trending bars after back');
    await page.close();
  });

  it('keeps one bar per paper over 50 navigations', async () => {
    const pages = [fixture(HF_SEARCH), fixture(DAILY_NO_PROPS)];
    const page = await openTab(harness, HF_SEARCH);
    const ax = await AX.attach(page);
    await expectBars(ax, pages[0]!.papers, 'first page');
    for (let step = 1; step <= 50; step++) {
      const next = pages[step % 2]!;
      await navigateWithin(page, next.url, next.html);
      await waitUntil(() => countBars(ax), (count) => count === next.papers, {
        timeout: 10_000,
        message: `${next.papers} bars after navigation ${step}`,
      });
    }
    const last = pages[0]!;
    expect(await countBars(ax)).toBe(last.papers);
    expect(await countHosts(ax)).toBe(last.papers);
    await page.close();
  });

  it('follows replaced search results and load more', async () => {
    const search = fixture(HF_SEARCH);
    const page = await openTab(harness, HF_SEARCH);
    const ax = await AX.attach(page);
    await expectBars(ax, search.papers, 'search result bars');

    // New results: the first card is replaced by a rebuilt copy of the last.
    await page.evaluate(() => {
      const cards = [...document.querySelectorAll('article')];
      cards[0]!.replaceWith(cards.at(-1)!.cloneNode(true));
    });
    await expectBars(ax, search.papers, 'bars after results were replaced');

    // Load more: cards of another page appended to the list.
    const daily = fixture(DAILY);
    await page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      const list = document.querySelector('article')!.parentElement!;
      for (const card of next.querySelectorAll('article')) list.append(document.importNode(card, true));
    }, daily.html);
    await expectBars(ax, search.papers + daily.papers, 'bars after load more');
    await page.close();
  });

  it('restores a bar once after a card re-renders', async () => {
    const trending = fixture(TRENDING);
    const page = await openTab(harness, TRENDING);
    const ax = await AX.attach(page);
    await expectBars(ax, trending.papers, 'trending bars');

    // The site replaces a card's children, then rebuilds the whole list a moment later.
    await page.evaluate(() => {
      const card = document.querySelector('article')!;
      card.replaceChildren(...[...card.cloneNode(true).childNodes].filter((node) => node.nodeName !== 'PAPERSHELF-BAR'));
    });
    await expectBars(ax, trending.papers, 'bars after a card re-rendered');
    await page.evaluate(() => {
      const list = document.querySelector('article')!.parentElement!;
      const rebuilt = list.cloneNode(true) as Element;
      rebuilt.querySelectorAll('papershelf-bar').forEach((host) => host.remove());
      list.replaceWith(rebuilt);
    });
    await expectBars(ax, trending.papers, 'bars after the list was rebuilt');
    await page.close();
  });
});

describe('arXiv listing variants', () => {
  it('shows one state in both bars of a paper listed twice', async () => {
    const listing = fixture(LG_NEW);
    const page = await openTab(harness, LG_NEW);
    const ax = await AX.attach(page);
    await expectBars(ax, listing.papers, 'bars on the new listing');

    const hosts = await ax.querySelectorAll(`[data-paper-id="${DUPLICATED_PAPER}"]`);
    expect(hosts).toHaveLength(2);
    const first = (await ax.findWithin(hosts[0]!, 'group', BAR_NAME))[0]!;
    await ax.scrollIntoView(first);
    await ax.click((await ax.findWithin(first, 'button', 'Save to reading list'))[0]!);

    await waitUntil(
      async () => (await ax.findWithin(hosts[1]!, 'button', 'Save to reading list'))[0],
      (button) => button?.properties.pressed === 'true',
      { timeout: 5_000, message: 'the second bar shows the paper saved' },
    );
    const pressed = await Promise.all(
      hosts.map(async (host) => (await ax.findWithin(host, 'button', 'Save to reading list'))[0]?.properties.pressed),
    );
    expect(pressed).toEqual(['true', 'true']);
    await page.close();
  });
});

describe('background restarts', () => {
  it('keeps a save made after the service worker stopped', async () => {
    const listing = fixture(LG_NEW);
    const page = await openTab(harness, LG_NEW);
    const ax = await AX.attach(page);
    await expectBars(ax, listing.papers, 'bars');
    const bar = await Bar.find(ax, 'arxiv:2601.04587');

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await bar.toggleSave();
    await bar.waitForState((state) => state.saved, 'saved after the worker restarted');

    await page.reload();
    const reloaded = await Bar.find(await AX.attach(page), 'arxiv:2601.04587');
    expect((await reloaded.state()).saved).toBe(true);
    await page.close();
  });
});

describe('closing a tab', () => {
  it('keeps a note typed just before the tab closed', async () => {
    const page = await openTab(harness, LG_NEW);
    const bar = await Bar.find(await AX.attach(page), 'arxiv:2601.04533');
    await bar.typeNote('typed right before closing');
    await page.close({ runBeforeUnload: true });

    const again = await openTab(harness, LG_NEW);
    const reopened = await Bar.find(await AX.attach(again), 'arxiv:2601.04533');
    expect(await reopened.note()).toBe('typed right before closing');
    await again.close();
  });

  it('keeps the last edit of each field from two tabs', async () => {
    const [left, right] = [await openTab(harness, LG_NEW), await openTab(harness, LG_NEW)];
    const leftBar = await Bar.find(await AX.attach(left), 'arxiv:2601.04533');
    const rightBar = await Bar.find(await AX.attach(right), 'arxiv:2601.04533');
    // The right tab still shows the old status when it adds its tag; the tag must not undo the status.
    await left.bringToFront();
    await leftBar.chooseStatus('Read');
    await right.bringToFront();
    await rightBar.addTag('two-tabs');
    const expected = (state: { status?: string; tags: string[] }) => state.status === 'Read' && state.tags.includes('two-tabs');
    expect(expected(await leftBar.waitForState(expected, 'status and tag in the left tab'))).toBe(true);
    expect(expected(await rightBar.waitForState(expected, 'status and tag in the right tab'))).toBe(true);
    await Promise.all([left.close(), right.close()]);
  });
});

describe('extension reload', () => {
  it('leaves old bars inert without page errors', async () => {
    const page = await openTab(harness, LG_NEW);
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    const ax = await AX.attach(page);
    const bar = await Bar.find(ax, 'arxiv:2601.04587');
    const before = await bar.state();

    const stopped = new Promise((resolve) => harness.serviceWorker.once('close', resolve));
    await harness.serviceWorker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined);
    await stopped;
    await bar.toggleSave();
    const alerts = await waitUntil(
      async () => ax.findWithin(await bar.group(), 'alert'),
      (found) => found.length === 1,
      { timeout: 5_000, message: 'an alert in the old bar' },
    );
    expect(alerts).toHaveLength(1);
    expect((await bar.state()).saved).toBe(before.saved);
    expect(errors).toEqual([]);
    await page.close();
  });
});
