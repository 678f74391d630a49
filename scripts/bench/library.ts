import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser';

/** Time limit for one import or export of the largest library on a slow, shared machine. */
const LIBRARY_TIMEOUT_MS = 300_000;

export interface ImportOutcome {
  /** From handing the file to the `Import file` input until the page reports the result. */
  ms: number;
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Imports `file` through the options page's `Import file` input, as a person would, and
 * waits for the page to report it. Throws with the page's message when the import failed.
 * The page must not show an earlier import's result, which would end the wait at once.
 */
export async function importThroughOptions(options: Page, file: string): Promise<ImportOutcome> {
  const status = options.getByRole('status').filter({ hasText: /was not imported|^Imported / });
  if ((await status.count()) > 0) throw new Error('the options page already shows an import result: import from a newly opened page');
  const start = performance.now();
  await options.getByLabel('Import file').setInputFiles(file);
  await status.waitFor({ timeout: LIBRARY_TIMEOUT_MS });
  const ms = performance.now() - start;
  const message = (await status.textContent()) ?? '';
  const counts = /(\d+) added, (\d+) updated, (\d+) unchanged/.exec(message);
  if (!counts) throw new Error(`importing ${file} failed: ${message}`);
  return { ms, added: Number(counts[1]), updated: Number(counts[2]), unchanged: Number(counts[3]) };
}

/** Opens the options page, waits for its library list and imports `file`. */
export async function seedLibrary(browser: BenchBrowser, file: string): Promise<ImportOutcome> {
  const options = await browser.context.newPage();
  try {
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByLabel('Import file').waitFor();
    return await importThroughOptions(options, file);
  } finally {
    await options.close();
  }
}

export interface ExportOutcome {
  /** From the click until the browser saved the downloaded file. */
  ms: number;
  bytes: number;
  text: string;
}

/**
 * Clicks the export button named `name` and waits until the download is saved to `target`.
 * The page must have loaded the library: the buttons stay disabled while it loads, and
 * that wait would be timed as part of the export.
 */
export async function exportThroughOptions(options: Page, name: string, target: string): Promise<ExportOutcome> {
  const button = options.getByRole('button', { name, exact: true });
  if (!(await button.isEnabled())) throw new Error(`the ${name} button is disabled: wait for the options page to load the library`);
  const start = performance.now();
  const [download] = await Promise.all([options.waitForEvent('download', { timeout: LIBRARY_TIMEOUT_MS }), button.click()]);
  await download.saveAs(target);
  const ms = performance.now() - start;
  const text = await readFile(target, 'utf8');
  return { ms, bytes: Buffer.byteLength(text), text };
}
