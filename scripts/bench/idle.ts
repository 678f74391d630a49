import type { CDPSession, Page } from 'playwright-core';
import { BarReader } from './bars';
import type { BenchBrowser } from './browser';
import { BASELINE_MARKS, PAPERSHELF_MARKS, waitForReady } from './decoration';
import type { Listing } from './listings';

export type Variant = 'papershelf' | 'baseline' | 'none';

/** A task that held the page's main thread for more than 50 ms, as the Long Tasks API reports it. */
export interface LongTask {
  startTime: number;
  duration: number;
}

/** One load of a listing, observed until the page is idle again. */
export interface IdleRun {
  /** Long tasks that ended after the content script started (after DOMContentLoaded with no extension). */
  longTasks: LongTask[];
  /** From the content script's start until every bar had its full controls, or undefined for the other variants. */
  upgradedAfterMs: number | undefined;
  /** Performance.getMetrics of the tab once idle: script and task time in ms, JS heap after a garbage collection in bytes. */
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  heapBytes: number;
}

/** How long the page must stay free of long tasks to count as idle. */
const QUIET_MS = 1000;
const POLL_MS = 250;
/** Polling interval for the ready marks, because polling on animation frames would add script time to every frame. */
const READY_POLL_MS = 100;
/** Time limit for the idle upgrades of the largest listing on a slow, shared machine. */
const IDLE_TIMEOUT_MS = 180_000;

type LongTaskWindow = Window & { papershelfBenchLongTasks?: LongTask[] };

/** Records every long task of the page. Registered before the page's first script, so it gets the whole load. */
export function observeLongTasks(): void {
  const target = window as LongTaskWindow;
  target.papershelfBenchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) target.papershelfBenchLongTasks!.push({ startTime, duration });
  }).observe({ type: 'longtask', buffered: true });
}

function readLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => (window as LongTaskWindow).papershelfBenchLongTasks ?? []);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function deadline<T>(what: string, poll: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + IDLE_TIMEOUT_MS;
  for (;;) {
    const value = await poll();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${IDLE_TIMEOUT_MS} ms waiting for ${what}`);
    await sleep(POLL_MS);
  }
}

/**
 * Waits until the last bar in document order has its full controls, and returns the page
 * time when that was seen. Idle upgrades run in document order, so this is the last one.
 */
export async function waitForUpgrades(page: Page): Promise<number> {
  const reader = await BarReader.attach(page);
  try {
    if (reader.count === 0) throw new Error('the page shows no PaperShelf bar');
    return await deadline('the idle upgrades of every bar', async () =>
      (await reader.read(reader.count - 1)).upgraded ? page.evaluate(() => performance.now()) : undefined,
    );
  } finally {
    await reader.detach();
  }
}

/** Waits until no new long task was reported for QUIET_MS. */
export async function waitForQuiet(page: Page): Promise<void> {
  let count = -1;
  let since = Date.now();
  await deadline('the page to be free of long tasks', async () => {
    const current = (await readLongTasks(page)).length;
    if (current !== count) {
      count = current;
      since = Date.now();
    }
    return Date.now() - since >= QUIET_MS ? true : undefined;
  });
}

async function readMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

/**
 * Loads `listing` in a new tab with a long-task observer and Performance metrics on. It waits
 * until the variant's content script (if any) has finished, PaperShelf's idle upgrades
 * included, and until the page has been free of long tasks for a second. Then it reads both.
 */
export async function measureIdleRun(browser: BenchBrowser, listing: Listing, variant: Variant): Promise<IdleRun> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await page.addInitScript(observeLongTasks);
    await page.goto(listing.url, { waitUntil: 'domcontentloaded' });

    let windowStart: number;
    let upgradedAfterMs: number | undefined;
    if (variant === 'none') {
      await page.waitForLoadState('load');
      windowStart = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      );
    } else {
      const marks = variant === 'papershelf' ? PAPERSHELF_MARKS : BASELINE_MARKS;
      const ready = await waitForReady(page, marks, READY_POLL_MS);
      windowStart = ready.sinceNavigationMs - ready.ms;
      if (variant === 'papershelf') upgradedAfterMs = (await waitForUpgrades(page)) - windowStart;
    }
    await waitForQuiet(page);

    const longTasks = (await readLongTasks(page)).filter((task) => task.startTime + task.duration > windowStart);
    const metrics = await readMetrics(cdp);
    return {
      longTasks,
      upgradedAfterMs,
      scriptMs: (metrics.ScriptDuration ?? 0) * 1000,
      taskMs: (metrics.TaskDuration ?? 0) * 1000,
      layoutMs: ((metrics.LayoutDuration ?? 0) + (metrics.RecalcStyleDuration ?? 0)) * 1000,
      heapBytes: metrics.JSHeapUsedSize ?? 0,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
