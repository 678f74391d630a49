import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** Locate the `Search library` box. An input of type search has the searchbox role, a kind of textbox. */
export function searchBox(page: Page): Locator {
  const name = 'Search library';
  return page.getByRole('searchbox', { name, exact: true }).or(page.getByRole('textbox', { name, exact: true }));
}

/** Read the popup's counts as shown, from term (Saved, To read, Reading, Read) to number text. */
export async function readCounts(popup: Page): Promise<Record<string, string>> {
  const counts = popup.getByLabel('Reading list counts');
  const terms = await counts.getByRole('term').allTextContents();
  const values = await counts.getByRole('definition').allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term.trim(), (values[index] ?? '').trim()]));
}

/** Press the export button named `name` on the options page and return the downloaded file's text. */
export async function downloadExport(options: Page, name: string | RegExp): Promise<string> {
  const button = options.getByRole('button', { name, exact: true });
  const [download] = await Promise.all([options.waitForEvent('download'), button.click()]);
  const file = await download.path();
  return readFile(file, 'utf8');
}
