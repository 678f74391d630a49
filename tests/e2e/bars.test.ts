import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AX, waitUntil } from './ax';
import { countBars, countHosts } from './bar';
import { launchHarness, openTab, type Harness } from './harness';
import { FIXTURE_PAGES, serveFixtures } from './pages';

// After the expected bars are there, the page is watched this long for extra ones.
const SETTLE_MS = 1_000;

// Host elements carry the canonical id: `arxiv:` and a new-style or old-style arXiv id.
const ARXIV_PAPER_ID = /^arxiv:(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/;

const supported = FIXTURE_PAGES.filter((page) => page.site !== null);
const unsupported = FIXTURE_PAGES.filter((page) => page.site === null);

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
  serveFixtures(harness);
});

afterAll(async () => {
  await harness?.close();
});

/** Sample the bar count for SETTLE_MS and return the largest value seen. */
async function maxBarsWhileSettling(ax: AX): Promise<number> {
  let max = await countBars(ax);
  const deadline = Date.now() + SETTLE_MS;
  while (Date.now() < deadline) {
    max = Math.max(max, await countBars(ax));
  }
  return max;
}

describe('control bars', () => {
  it('has pages of both kinds', () => {
    expect(supported.some((page) => page.source === 'shared')).toBe(true);
    expect(unsupported.length).toBeGreaterThan(0);
  });

  it.each(supported.map((page) => [page.name, page] as const))('%s gets one bar per paper', async (_name, fixture) => {
    const page = await openTab(harness, fixture.url);
    const ax = await AX.attach(page);

    const bars = await waitUntil(
      () => countBars(ax),
      (count) => count >= fixture.papers,
      { timeout: 15_000, message: `${fixture.papers} bars on ${fixture.url}` },
    );
    expect(bars).toBe(fixture.papers);
    expect(await maxBarsWhileSettling(ax)).toBe(fixture.papers);
    expect(await countHosts(ax)).toBe(fixture.papers);

    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('[data-papershelf]')].map((host) => ({
        site: host.getAttribute('data-papershelf'),
        paperId: host.getAttribute('data-paper-id') ?? '',
      })),
    );
    for (const host of hosts) {
      expect(host.site).toBe(fixture.site);
      expect(host.paperId).toMatch(ARXIV_PAPER_ID);
    }
    await page.close();
  });

  it.each(unsupported.map((page) => [page.name, page] as const))('%s gets no bar', async (_name, fixture) => {
    const page = await openTab(harness, fixture.url);
    const ax = await AX.attach(page);

    expect(await maxBarsWhileSettling(ax)).toBe(0);
    expect(await countHosts(ax)).toBe(0);
    await page.close();
  });

  it('made no extension requests', () => {
    expect(harness.extensionRequests()).toEqual([]);
  });
});
