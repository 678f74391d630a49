import type { Page } from 'playwright-core';
import { waitUntil, type AX } from '../../tests/e2e/ax';
import { Bar } from '../../tests/e2e/bar';

export function hostSelector(paperId: string): string {
  return `papershelf-bar[data-paper-id="${paperId}"]`;
}

/** Paper ids of the page's bars in page order, leaving out papers that have more than one bar. */
export async function singleBarPaperIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('papershelf-bar')
    .evaluateAll((hosts) => hosts.map((host) => (host as HTMLElement).dataset.paperId ?? ''));
  return ids.filter((id) => id !== '' && ids.indexOf(id) === ids.lastIndexOf(id));
}

/**
 * Find the bar of `paperId`, scroll it into view and wait until it shows the
 * full controls: bars start as placeholders holding only the Save button.
 */
export async function activeBar(ax: AX, paperId: string): Promise<Bar> {
  const bar = await Bar.find(ax, paperId);
  await ax.page.locator(hostSelector(paperId)).first().scrollIntoViewIfNeeded();
  await waitUntil(
    async () => ax.findWithin(await bar.group(), 'combobox', 'Reading status'),
    (found) => found.length === 1,
    { message: `the full controls of ${paperId}` },
  );
  return bar;
}

/** The paper title a bar shows, read from its group name `PaperShelf: <title>`. */
export async function barTitle(bar: Bar): Promise<string> {
  return (await bar.group()).name.replace(/^PaperShelf: /, '');
}
