import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePapers } from '../../scripts/bench/data';
import { arxivListingHtml } from '../../scripts/bench/pages';
import { AX, waitUntil } from './ax';
import { Bar, countBars } from './bar';
import { launchHarness, openTab, type Harness } from './harness';

// A listing long enough for placeholders: bars far from the viewport show only Save.
const PAPERS = generatePapers({ count: 300, seed: 11, firstMonth: 2402, isSaved: () => false });
const URL = 'https://arxiv.org/list/cs.LG/2402?show=300';

// The same listing with two entries that are no papers: an empty title and a block of text too long for one.
const ODD_URL = 'https://arxiv.org/list/cs.LG/2402?show=300&odd=1';
const ODD_PAPERS = PAPERS.map((paper, index) => {
  if (index === 10) return { ...paper, record: { ...paper.record, title: ' ' } };
  if (index === 250) return { ...paper, record: { ...paper.record, title: 'x'.repeat(2500) } };
  return paper;
});

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
  harness.servePage(URL, { html: arxivListingHtml(PAPERS) });
  harness.servePage(ODD_URL, { html: arxivListingHtml(ODD_PAPERS) });
});

afterAll(async () => {
  await harness?.close();
});

describe('long listing', () => {
  it('upgrades a far bar when scrolled to', async () => {
    const page = await openTab(harness, URL);
    const ax = await AX.attach(page);
    await waitUntil(() => countBars(ax), (count) => count === PAPERS.length, { timeout: 15_000, message: '300 bars' });

    const last = PAPERS.at(-1)!;
    const hosts = await ax.querySelectorAll(`[data-paper-id="arxiv:${last.bareId}"]`);
    expect(hosts).toHaveLength(1);
    expect(await ax.findWithin(hosts[0]!, 'combobox', 'Reading status')).toHaveLength(0);
    expect(await ax.findWithin(hosts[0]!, 'button', 'Save to reading list')).toHaveLength(1);

    const bar = await Bar.find(ax, `arxiv:${last.bareId}`);
    await bar.chooseStatus('Reading');
    const state = await bar.waitForState((current) => current.saved && current.status === 'Reading', 'saved as Reading');
    expect(state.status).toBe('Reading');
    await page.close();
  });

  it('saves from a placeholder', async () => {
    const page = await openTab(harness, URL);
    const ax = await AX.attach(page);
    await waitUntil(() => countBars(ax), (count) => count === PAPERS.length, { timeout: 15_000, message: '300 bars' });

    const paper = PAPERS[200]!;
    const host = (await ax.querySelectorAll(`[data-paper-id="arxiv:${paper.bareId}"]`))[0]!;
    const save = (await ax.findWithin(host, 'button', 'Save to reading list'))[0]!;
    await ax.click(save);
    const pressed = await waitUntil(
      async () => (await ax.findWithin(host, 'button', 'Save to reading list'))[0]?.properties.pressed,
      (value) => value === 'true',
      { timeout: 5_000, message: 'the placeholder shows the paper saved' },
    );
    expect(pressed).toBe('true');
    await page.close();
  });

  it('gives no bar to entries that are no papers', async () => {
    const page = await openTab(harness, ODD_URL);
    const ax = await AX.attach(page);
    await waitUntil(() => countBars(ax), (count) => count === PAPERS.length - 2, { timeout: 15_000, message: '298 bars' });
    const hosts = await ax.querySelectorAll('[data-papershelf]');
    expect(hosts).toHaveLength(PAPERS.length - 2);
    expect(await ax.querySelectorAll(`[data-paper-id="arxiv:${PAPERS[10]!.bareId}"]`)).toHaveLength(0);
    expect(await ax.querySelectorAll(`[data-paper-id="arxiv:${PAPERS[250]!.bareId}"]`)).toHaveLength(0);
    await page.close();
  });
});
