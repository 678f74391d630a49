import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { waitUntil } from '../../tests/e2e/ax';
import { readCounts, searchBox } from '../../tests/e2e/extension-pages';
import { openOptions, openPopup, type Harness } from '../../tests/e2e/harness';
import { EXPORT_FORMATS } from '../../lib/export';
import { READING_STATUSES, STATUS_LABELS } from '../../lib/paper';
import { displayPath, plural, type DemoLog } from './log';
import type { SavedPaper } from './reading-flow';

const POPUP_VIEWPORT = { width: 400, height: 700 };
const SEARCH_TAG = 'agents';

function bareId(paper: SavedPaper): string {
  return paper.id.replace(/^arxiv:/, '');
}

/** Open the popup, check its counts, screenshot it, then search and screenshot the results. */
export async function showPopup(harness: Harness, papers: SavedPaper[], log: DemoLog, outDir: string): Promise<void> {
  const popup = await openPopup(harness);
  await popup.setViewportSize(POPUP_VIEWPORT);
  const counts = await waitUntil(() => readCounts(popup), (shown) => !Object.values(shown).includes('…'), {
    message: 'the popup counts',
  });
  log.info(`counts: ${Object.entries(counts).map(([term, value]) => `${term} ${value}`).join(', ')}`);

  const expected: Record<string, string> = { Saved: String(papers.length) };
  for (const status of READING_STATUSES) {
    const label = STATUS_LABELS[status];
    expected[label] = String(papers.filter((paper) => paper.status === label).length);
  }
  log.check(
    Object.entries(expected).every(([term, value]) => counts[term] === value),
    `counts match the papers saved: ${Object.entries(expected).map(([term, value]) => `${term} ${value}`).join(', ')}`,
  );
  const file = path.join(outDir, 'popup.png');
  await popup.locator('main').screenshot({ path: file });
  log.wrote(file);

  await searchBox(popup).fill(SEARCH_TAG);
  const results = popup.getByRole('region', { name: 'Search results' });
  const tagged = papers.filter((paper) => paper.tags.includes(SEARCH_TAG));
  const found = await waitUntil(
    () => results.getByRole('listitem').count(),
    (count) => count === tagged.length,
    { message: `${tagged.length} search results` },
  ).catch(() => results.getByRole('listitem').count());
  log.check(found === tagged.length, `searching "${SEARCH_TAG}" lists ${plural(found, 'paper')}; ${tagged.length} have that tag`);
  const searchFile = path.join(outDir, 'popup-search.png');
  await popup.locator('main').screenshot({ path: searchFile });
  log.wrote(searchFile);
}

/** Return the text of a downloaded file, or for a zip archive the text of every file in it. */
function exportedText(bytes: Uint8Array): { text: string; files: number } {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) return { text: strFromU8(bytes), files: 1 };
  const entries = Object.values(unzipSync(bytes));
  return { text: entries.map((entry) => strFromU8(entry)).join('\n'), files: entries.length };
}

/** Check the backup's records against what the demo set: status, tags and note of each saved paper. */
function checkBackup(text: string, papers: SavedPaper[], log: DemoLog): void {
  const backup = JSON.parse(text) as { papers?: { id: string; status?: string; tags?: string[]; note?: string; savedAt?: number }[] };
  for (const paper of papers) {
    const record = backup.papers?.find((candidate) => candidate.id === paper.id);
    const status = READING_STATUSES.find((value) => STATUS_LABELS[value] === paper.status);
    const matches =
      record !== undefined &&
      record.savedAt !== undefined &&
      record.status === status &&
      JSON.stringify([...(record.tags ?? [])].sort()) === JSON.stringify([...paper.tags].sort()) &&
      (record.note ?? '') === paper.note;
    const note = paper.note ? 'its note' : 'no note';
    log.check(matches, `backup has ${paper.id} as saved, ${paper.status}, tags ${paper.tags.join(', ')}, ${note}`);
  }
}

/** Press the export button named `name`, save the download in `dir` and check that it contains every saved paper. */
async function exportOne(options: Page, name: string, papers: SavedPaper[], log: DemoLog, dir: string): Promise<void> {
  const format = EXPORT_FORMATS.find((candidate) => `Export ${candidate.label}` === name);
  const button = options.getByRole('button', { name, exact: true });
  const [download] = await Promise.all([options.waitForEvent('download'), button.click()]);
  const failure = await download.failure();
  if (failure) {
    log.check(false, `${name}: download failed: ${failure}`);
    return;
  }
  // Two formats may suggest the same file name, so a taken name gets the format in front.
  const suggested = download.suggestedFilename();
  const prefix = format?.id ?? name.replace(/^Export /, '').replace(/[^A-Za-z0-9]+/g, '-');
  const file = existsSync(path.join(dir, suggested)) ? path.join(dir, `${prefix}-${suggested}`) : path.join(dir, suggested);
  await download.saveAs(file);

  const { text, files } = exportedText(new Uint8Array(await readFile(file)));
  const missing = papers.filter((paper) => !text.includes(bareId(paper)));
  const archive = files > 1 ? `, a zip of ${files} files` : '';
  log.check(
    missing.length === 0,
    `${name}: ${path.basename(file)}${archive}, contains ${papers.length - missing.length} of ${plural(papers.length, 'paper')}` +
      (missing.length > 0 ? `; missing ${missing.map((paper) => paper.id).join(', ')}` : ''),
  );
  if (format?.id === 'backup') checkBackup(text, papers, log);
}

/** Open the library page, screenshot it, and press every export button, saving each download. */
export async function showLibrary(harness: Harness, papers: SavedPaper[], log: DemoLog, outDir: string): Promise<void> {
  const options = await openOptions(harness);
  const summary = options.getByText(/ papers, \d+ in the reading list/);
  await summary.waitFor();
  log.info(`library page: ${await summary.textContent()}`);
  for (const paper of papers) {
    const listed = await options.getByText(paper.title, { exact: true }).count();
    log.check(listed > 0, `library lists "${paper.title}"`);
  }
  const file = path.join(outDir, 'library.png');
  await options.screenshot({ path: file, fullPage: true });
  log.wrote(file);

  const exportNames = (await options.getByRole('button', { name: /^Export / }).allTextContents()).map((name) => name.trim());
  log.info(`${plural(exportNames.length, 'export button')}: ${exportNames.join(', ')}`);
  for (const format of EXPORT_FORMATS) {
    const name = `Export ${format.label}`;
    if (!exportNames.includes(name)) log.check(false, `the library page has a button "${name}"`);
  }

  const dir = path.join(outDir, 'exports');
  await mkdir(dir, { recursive: true });
  for (const name of exportNames) await exportOne(options, name, papers, log, dir);
  log.info(`exported files are in ${displayPath(dir)}`);
}
