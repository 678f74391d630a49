import type { Page } from 'playwright-core';
import { BarReader, checkSavedStates } from './bars';
import type { BenchBrowser } from './browser';
import type { Listing } from './listings';

/** User Timing marks that a content script sets when it starts and when every entry shows its bar. */
export interface ReadyMarks {
  start: string;
  ready: string;
}

export const PAPERSHELF_MARKS: ReadyMarks = { start: 'papershelf:start', ready: 'papershelf:ready' };
export const BASELINE_MARKS: ReadyMarks = { start: 'baseline:start', ready: 'baseline:ready' };
export const ISOLATED_MARKS: ReadyMarks = { start: 'isolated:start', ready: 'isolated:ready' };

/** Time limit for decorating the largest listing on a slow, shared machine. */
const READY_TIMEOUT_MS = 120_000;

export interface ReadyTiming {
  /** Ready mark minus start mark. */
  ms: number;
  /** Ready mark since navigation start, which adds parsing the page and waiting for document_idle. */
  sinceNavigationMs: number;
  /** Entries the content script reported in the ready mark's detail. */
  papers: number;
}

/**
 * Waits until the page has both marks and returns their timing. It polls on animation
 * frames unless given an interval in ms, which costs the page less script time.
 */
export async function waitForReady(page: Page, marks: ReadyMarks, polling: 'raf' | number = 'raf'): Promise<ReadyTiming> {
  const handle = await page.waitForFunction(
    ({ start, ready }) => {
      const startMark = performance.getEntriesByName(start)[0];
      const readyMark = performance.getEntriesByName(ready)[0] as PerformanceMark | undefined;
      if (!startMark || !readyMark) return false;
      const detail = readyMark.detail as { papers?: unknown } | null;
      return {
        ms: readyMark.startTime - startMark.startTime,
        sinceNavigationMs: readyMark.startTime,
        papers: typeof detail?.papers === 'number' ? detail.papers : -1,
      };
    },
    marks,
    { polling, timeout: READY_TIMEOUT_MS },
  );
  // waitForFunction resolves only with a truthy value, so this is the timing object.
  return (await handle.jsonValue()) as ReadyTiming;
}

/**
 * Loads `listing` in a new tab, returns the time from the content script's start until
 * every entry shows its bar, and closes the tab. With `verify`, it then reads every bar
 * through CDP and checks that each shows its paper's stored saved state.
 */
export async function measureReady(browser: BenchBrowser, listing: Listing, marks: ReadyMarks, verify: boolean): Promise<ReadyTiming> {
  const page = await browser.context.newPage();
  try {
    await page.goto(listing.url, { waitUntil: 'domcontentloaded' });
    const timing = await waitForReady(page, marks);
    if (timing.papers !== listing.papers.length) {
      throw new Error(`${listing.label}: the ready mark counts ${timing.papers} papers, expected ${listing.papers.length}`);
    }
    if (verify) {
      const reader = await BarReader.attach(page);
      try {
        checkSavedStates(await reader.readAll(), listing.expectedStates);
      } finally {
        await reader.detach();
      }
    }
    return timing;
  } finally {
    await page.close();
  }
}
