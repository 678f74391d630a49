import type { Page } from 'playwright-core';
import { BarReader } from './bars';
import type { BenchBrowser } from './browser';
import { PAPERSHELF_MARKS, waitForReady } from './decoration';
import { waitForIdle } from './idle';
import type { Listing } from './listings';

const SET_SAVED_MEASURE = 'papershelf:set-saved';
const CLICK_TIMEOUT_MS = 30_000;

/** Resolves after two animation frames, by which time IntersectionObserver callbacks for the last scroll have run. */
function afterTwoFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

async function clickNode(reader: BarReader, backendNodeId: number): Promise<void> {
  const { cdp } = reader;
  const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId });
  const quad = quads[0];
  if (!quad) throw new Error(`the Save button (node ${backendNodeId}) has no box to click`);
  const x = (quad[0]! + quad[2]! + quad[4]! + quad[6]!) / 4;
  const y = (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4;
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
}

function countMeasures(page: Page): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(name).length, SET_SAVED_MEASURE);
}

/**
 * Loads `listing`, waits until the page is idle, then clicks Save on `count` unsaved papers,
 * one at a time. Each bar is first scrolled into view and read again after two frames,
 * because a bar coming near the viewport may swap its placeholder for the full controls.
 * Each click waits for its `papershelf:set-saved` measure before the next. Returns the
 * measures' durations (from the click handler until the background's response is in the
 * page's store) and checks that each bar then shows aria-pressed=true.
 */
export async function measureSaveClicks(browser: BenchBrowser, listing: Listing, count: number): Promise<number[]> {
  const page = await browser.context.newPage();
  let reader: BarReader | undefined;
  try {
    await page.goto(listing.url, { waitUntil: 'domcontentloaded' });
    await waitForReady(page, PAPERSHELF_MARKS);
    reader = await BarReader.attach(page);
    await reader.cdp.send('Performance.enable');
    await waitForIdle(reader.cdp);

    const targets: number[] = [];
    for (let index = 0; index < reader.count && targets.length < count; index++) {
      if ((await reader.read(index)).saved === false) targets.push(index);
    }
    if (targets.length < count) throw new Error(`${listing.label} has ${targets.length} unsaved bars, fewer than ${count} clicks`);

    for (const [done, index] of targets.entries()) {
      await reader.scrollIntoView(index);
      await afterTwoFrames(page);
      const bar = await reader.read(index);
      if (bar.saveButtonNodeId === undefined) throw new Error(`bar ${index} (${bar.paperId}) has no Save button`);
      await clickNode(reader, bar.saveButtonNodeId);
      const end = Date.now() + CLICK_TIMEOUT_MS;
      while ((await countMeasures(page)) < done + 1) {
        if (Date.now() > end) throw new Error(`click ${done + 1} on bar ${index} produced no ${SET_SAVED_MEASURE} measure`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }

    for (const index of targets) {
      const bar = await reader.read(index);
      if (bar.saved !== true) throw new Error(`bar ${index} (${bar.paperId}) does not show aria-pressed=true after its Save click`);
    }
    return await page.evaluate((name) => performance.getEntriesByName(name).map((entry) => entry.duration), SET_SAVED_MEASURE);
  } finally {
    await reader?.detach();
    await page.close();
  }
}
