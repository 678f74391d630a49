import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AX, waitUntil } from '../../tests/e2e/ax';
import { countBars } from '../../tests/e2e/bar';
import { openTab, type Harness } from '../../tests/e2e/harness';
import { FIXTURE_PAGES } from '../../tests/e2e/pages';
import { activeBar, singleBarPaperIds } from './bars';
import { plural, type DemoLog } from './log';
import { screenshotBars } from './screenshots';

/** How long a page that must get no bar is watched for one, as in tests/e2e/bars.test.ts. */
const NO_BAR_WATCH_MS = 1_000;
const BARS_TIMEOUT_MS = 15_000;

function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Count bars until `expected` show up, and return the count then or at the timeout. */
async function waitForBars(ax: AX, expected: number): Promise<number> {
  try {
    return await waitUntil(() => countBars(ax), (count) => count >= expected, { timeout: BARS_TIMEOUT_MS });
  } catch {
    return countBars(ax);
  }
}

/** Return the largest bar count seen while watching the page for NO_BAR_WATCH_MS after it loaded. */
async function maxBarsWhileWatching(ax: AX): Promise<number> {
  await ax.page.waitForLoadState('load');
  let max = await countBars(ax);
  const deadline = Date.now() + NO_BAR_WATCH_MS;
  while (Date.now() < deadline) max = Math.max(max, await countBars(ax));
  return max;
}

/**
 * Open every page of the fixture manifest, print its URL and how many bars it
 * got, and screenshot the region around its first bar.
 */
export async function tourPages(harness: Harness, log: DemoLog, outDir: string): Promise<void> {
  const screenshotDir = path.join(outDir, 'pages');
  await mkdir(screenshotDir, { recursive: true });
  const shared = FIXTURE_PAGES.filter((fixture) => fixture.source === 'shared').length;
  log.info(`${FIXTURE_PAGES.length} pages: ${shared} real saved pages, ${FIXTURE_PAGES.length - shared} hand-written models`);

  for (const [index, fixture] of FIXTURE_PAGES.entries()) {
    const page = await openTab(harness, fixture.url);
    const ax = await AX.attach(page);
    const expected = fixture.site === null ? 0 : fixture.papers;
    const bars = fixture.site === null ? await maxBarsWhileWatching(ax) : await waitForBars(ax, expected);

    log.info('');
    log.info(`${fixture.url}`);
    log.info(`${fixture.name} (${fixture.source === 'shared' ? 'real saved page' : 'hand-written model'})`);
    const expectation = fixture.site === null ? 'not a supported site, so no bar expected' : `${plural(expected, 'paper')} on the page`;
    log.check(bars === expected, `${plural(bars, 'bar')} found; ${expectation}`);

    const [firstId] = await singleBarPaperIds(page);
    if (firstId !== undefined) {
      await activeBar(ax, firstId);
      const file = path.join(screenshotDir, `${String(index + 1).padStart(2, '0')}-${fileSlug(fixture.name)}.png`);
      await screenshotBars(page, [firstId], file);
      log.wrote(file);
    }
    await ax.detach();
    await page.close();
  }
}
