import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXPORT_FORMATS as MENU_FORMATS } from '../../lib/export';
import { AX } from './ax';
import { Bar } from './bar';
import { downloadExport, readCounts, searchBox } from './extension-pages';
import { launchHarness, openOptions, openPopup, openTab, type Harness } from './harness';
import { RECENT_URL, SHARED_PAPER, serveFixtures, sharedPaperHuggingfaceUrl } from './pages';

const TAG = 'llm';
const NOTE = 'Compare with the tutoring baseline.\nSection 4 has the ablation.';

const BARE_ID = SHARED_PAPER.id.replace(/^arxiv:/, '');

const EXPORT_FORMATS = ['BibTeX', 'Markdown', 'CSV', 'JSON backup'] as const;

/** Export buttons by format: the options page names each `Export <menu label>`. */
const EXPORT_BUTTONS: Record<(typeof EXPORT_FORMATS)[number], RegExp> = {
  BibTeX: /^Export BibTeX$/,
  Markdown: /^Export Markdown( \(one file\))?$/,
  CSV: /^Export CSV( \(spreadsheet\))?$/,
  'JSON backup': /^Export (JSON backup|PaperShelf backup \(JSON\))$/,
};

/** What each export must hold of the paper, checked on the downloaded text. */
const EXPORT_CHECKS = {
  BibTeX(text: string) {
    const library = parseBibtex(text);
    const entry = library.entries.find((candidate) => candidate.input.includes(BARE_ID));

    expect(library.errors).toEqual([]);
    expect(entry?.fields.title).toBe(SHARED_PAPER.title);
  },
  Markdown(text: string) {
    expect(text).toContain(SHARED_PAPER.title);
    expect(text).toContain(BARE_ID);
    expect(text).toContain(TAG);
    expect(text).toContain(NOTE.split('\n')[0]);
  },
  CSV(text: string) {
    const rows: Record<string, string>[] = parseCsv(text, { columns: true, bom: true });
    const row = rows.find((candidate) => Object.values(candidate).includes(SHARED_PAPER.title));
    const cells = Object.values(row ?? {});

    expect(row).toBeDefined();
    expect(cells.some((cell) => cell.includes(BARE_ID))).toBe(true);
    expect(cells.some((cell) => cell.split(/[;,]\s*/).includes(TAG))).toBe(true);
    expect(cells).toContain(NOTE);
  },
  'JSON backup'(text: string) {
    const backup = JSON.parse(text) as { papers: Record<string, unknown>[] };
    const record = backup.papers.find((paper) => paper.id === SHARED_PAPER.id);

    expect(record?.title).toBe(SHARED_PAPER.title);
    expect(record?.status).toBe('reading');
    expect(record?.tags).toEqual([TAG]);
    expect(record?.note).toBe(NOTE);
  },
} as const;

let harness: Harness;
let page: Page;
let ax: AX;

beforeAll(async () => {
  harness = await launchHarness();
  serveFixtures(harness);
  page = await openTab(harness, RECENT_URL);
  ax = await AX.attach(page);
});

afterAll(async () => {
  await harness?.close();
});

// The steps build on each other, as one person's session would.
describe('core flow on arXiv and Hugging Face', () => {
  it('shows the paper unsaved at first', async () => {
    const bar = await Bar.find(ax, SHARED_PAPER.id);
    const state = await bar.state();

    expect((await bar.group()).name).toBe(`PaperShelf: ${SHARED_PAPER.title}`);
    expect(state.saved).toBe(false);
    expect(state.tags).toEqual([]);
  });

  it('saves the paper', async () => {
    const bar = await Bar.find(ax, SHARED_PAPER.id);
    await bar.toggleSave();

    const state = await bar.waitForState((current) => current.saved, 'saved');
    expect(state.saved).toBe(true);
  });

  it('sets the status to Reading', async () => {
    const bar = await Bar.find(ax, SHARED_PAPER.id);
    await bar.chooseStatus('Reading');

    const state = await bar.waitForState((current) => current.status === 'Reading', 'status Reading');
    expect(state.status).toBe('Reading');
    expect(state.saved).toBe(true);
  });

  it('adds a tag', async () => {
    const bar = await Bar.find(ax, SHARED_PAPER.id);
    await bar.addTag(TAG);

    const state = await bar.waitForState((current) => current.tags.includes(TAG), `tag ${TAG}`);
    expect(state.tags).toEqual([TAG]);
  });

  it('writes a note', async () => {
    const bar = await Bar.find(ax, SHARED_PAPER.id);
    await bar.typeNote(NOTE);

    expect(await bar.note()).toBe(NOTE);
  });

  // The reload comes straight after typing, so the note is stored by the flush on page hide.
  it('keeps all four after a reload', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    const bar = await Bar.find(ax, SHARED_PAPER.id);
    const state = await bar.waitForState((current) => current.saved, 'saved after reload');

    expect(state.saved).toBe(true);
    expect(state.status).toBe('Reading');
    expect(state.tags).toEqual([TAG]);
    expect(await bar.note()).toBe(NOTE);
  });

  it('shows the same state on Hugging Face', async () => {
    const huggingface = await openTab(harness, sharedPaperHuggingfaceUrl());
    const huggingfaceAx = await AX.attach(huggingface);
    const bar = await Bar.find(huggingfaceAx, SHARED_PAPER.id);
    const state = await bar.waitForState((current) => current.saved, 'saved on Hugging Face');

    expect(state.saved).toBe(true);
    expect(state.status).toBe('Reading');
    expect(state.tags).toEqual([TAG]);
    expect(await bar.note()).toBe(NOTE);
    await huggingface.close();
  });

  it('popup counts the saved paper', async () => {
    const popup = await openPopup(harness);
    const counts = popup.getByLabel('Reading list counts');

    await expect.poll(() => readCounts(popup)).toEqual({ Saved: '1', 'To read': '0', Reading: '1', Read: '0' });
    expect(await counts.count()).toBe(1);
    await popup.close();
  });

  it('popup updates while open', async () => {
    const popup = await openPopup(harness);
    await expect.poll(() => readCounts(popup)).toEqual({ Saved: '1', 'To read': '0', Reading: '1', Read: '0' });
    const bar = await Bar.find(ax, SHARED_PAPER.id);

    await bar.chooseStatus('Read');
    await expect.poll(() => readCounts(popup)).toEqual({ Saved: '1', 'To read': '0', Reading: '0', Read: '1' });
    // Back to Reading, which the exports below expect.
    await bar.chooseStatus('Reading');
    await expect.poll(() => readCounts(popup)).toEqual({ Saved: '1', 'To read': '0', Reading: '1', Read: '0' });
    await popup.close();
  });

  it('popup lists the paper in recent saves', async () => {
    const popup = await openPopup(harness);
    const recent = popup.getByRole('region', { name: 'Recent saves' });

    await expect.poll(() => recent.getByText(SHARED_PAPER.title).count()).toBe(1);
    await expect.poll(() => popup.getByRole('region', { name: 'Top tags' }).getByText(TAG).count()).toBe(1);
    await popup.close();
  });

  it('popup search finds the paper', async () => {
    const popup = await openPopup(harness);
    await searchBox(popup).fill('Sherpa');

    await expect.poll(() => popup.getByText(SHARED_PAPER.title).count()).toBe(1);
    await popup.close();
  });

  it('popup links to the library and export', async () => {
    const popup = await openPopup(harness);
    const optionsUrl = harness.extensionUrl('options.html');
    const hrefs = await popup.getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));

    expect(hrefs).toContain(optionsUrl);
    expect(hrefs).toContain(`${optionsUrl}#export`);
    await popup.close();
  });

  it('options search filters the library', async () => {
    const options = await openOptions(harness);
    const row = options.getByRole('article', { name: SHARED_PAPER.title, exact: true });
    const search = searchBox(options);

    await search.fill('Sherpa');
    await expect.poll(() => row.count()).toBe(1);
    await search.fill('no paper has this phrase');
    await expect.poll(() => row.count()).toBe(0);
    await options.close();
  });

  it('options page has a button per export format', async () => {
    const options = await openOptions(harness);
    const names = await options.getByRole('button', { name: /^Export / }).evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim()),
    );

    for (const format of MENU_FORMATS) expect(names).toContain(`Export ${format.label}`);
    for (const format of EXPORT_FORMATS) expect(names.some((name) => EXPORT_BUTTONS[format].test(name ?? ''))).toBe(true);
    await options.close();
  });

  it.each(EXPORT_FORMATS)('%s export contains the paper', async (format) => {
    const options = await openOptions(harness);
    const text = await downloadExport(options, EXPORT_BUTTONS[format]);

    const check = EXPORT_CHECKS[format];
    check(text);
    await options.close();
  });

  it('JSON backup restores into a fresh profile', async () => {
    const options = await openOptions(harness);
    const backup = await downloadExport(options, EXPORT_BUTTONS['JSON backup']);
    await options.close();

    const fresh = await launchHarness();
    try {
      serveFixtures(fresh);
      const freshOptions = await openOptions(fresh);
      await freshOptions.getByLabel('Import file', { exact: true }).setInputFiles({
        name: 'papershelf-backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(backup),
      });
      await expect.poll(() => freshOptions.getByRole('article', { name: SHARED_PAPER.title, exact: true }).count()).toBe(1);

      const freshPage = await openTab(fresh, RECENT_URL);
      const bar = await Bar.find(await AX.attach(freshPage), SHARED_PAPER.id);
      const state = await bar.waitForState((current) => current.saved, 'saved after import');
      expect(state.status).toBe('Reading');
      expect(state.tags).toEqual([TAG]);
      expect(await bar.note()).toBe(NOTE);
      expect(fresh.extensionRequests()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('made no extension requests', () => {
    expect(harness.extensionRequests()).toEqual([]);
  });
});
