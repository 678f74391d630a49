import type { CDPSession, Page } from 'playwright-core';
import type { BenchBrowser } from './browser';
import { BASELINE_MARKS, ISOLATED_MARKS, PAPERSHELF_MARKS, waitForReady, type ReadyMarks } from './decoration';
import type { Listing } from './listings';

export type Variant = 'papershelf' | 'baseline' | 'isolated' | 'none';

const VARIANT_MARKS: Record<Exclude<Variant, 'none'>, ReadyMarks> = {
  papershelf: PAPERSHELF_MARKS,
  baseline: BASELINE_MARKS,
  isolated: ISOLATED_MARKS,
};

/** A task that held the page's main thread for more than 50 ms, as the Long Tasks API reports it. */
export interface LongTask {
  startTime: number;
  duration: number;
}

/** One load of a listing, observed until the page is idle again. */
export interface IdleRun {
  /** Long tasks that ended after the content script started (after DOMContentLoaded with no extension). */
  longTasks: LongTask[];
  /** From the content script's start until the page went idle, or undefined with no extension. */
  idleAfterMs: number | undefined;
  /** Performance.getMetrics of the tab once idle: script and task time in ms, JS heap after a garbage collection in bytes. */
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  heapBytes: number;
}

/** How long the main thread must stay idle for the page to count as idle. */
const QUIET_MS = 1000;
/**
 * Main-thread task time per second of wall time below which the page counts as idle. The
 * benchmark's own polls cost about a millisecond each, four times a second.
 */
const IDLE_TASK_MS_PER_SECOND = 20;
const POLL_MS = 250;
/** Polling interval for the ready marks, because polling on animation frames would add script time to every frame. */
const READY_POLL_MS = 100;
/** Time limit for the page to go idle after decorating the largest listing on a slow, shared machine. */
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

async function readTaskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Waits until the page's main thread has spent less than IDLE_TASK_MS_PER_SECOND per second
 * on tasks for QUIET_MS, read from CDP's TaskDuration metric, so it needs
 * `Performance.enable` on `cdp`. It waits out whatever the extension defers (idle callbacks,
 * timers, layout), whether or not it upgrades bars in idle time. Returns the wall-clock
 * time (Date.now) when that quiet stretch began.
 */
export async function waitForIdle(cdp: CDPSession): Promise<number> {
  const samples: { at: number; taskMs: number }[] = [];
  const end = Date.now() + IDLE_TIMEOUT_MS;
  for (;;) {
    const sample = { at: Date.now(), taskMs: await readTaskMs(cdp) };
    samples.push(sample);
    const earlier = samples.findLast((candidate) => sample.at - candidate.at >= QUIET_MS);
    if (earlier && sample.taskMs - earlier.taskMs < (IDLE_TASK_MS_PER_SECOND * (sample.at - earlier.at)) / 1000) {
      return earlier.at;
    }
    if (Date.now() > end) throw new Error(`timed out after ${IDLE_TIMEOUT_MS} ms waiting for the page to be idle`);
    await sleep(POLL_MS);
  }
}

async function readMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

/**
 * Loads `listing` in a new tab with a long-task observer and Performance metrics on. It waits
 * for the variant's ready mark (the load event with no extension) and then until the page
 * is idle, and reads both.
 */
export async function measureIdleRun(browser: BenchBrowser, listing: Listing, variant: Variant): Promise<IdleRun> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await page.addInitScript(observeLongTasks);
    await page.goto(listing.url, { waitUntil: 'domcontentloaded' });

    let windowStart: number;
    let idleAfterMs: number | undefined;
    if (variant === 'none') {
      await page.waitForLoadState('load');
      windowStart = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      );
      await waitForIdle(cdp);
    } else {
      const ready = await waitForReady(page, VARIANT_MARKS[variant], READY_POLL_MS);
      const readyAt = Date.now();
      windowStart = ready.sinceNavigationMs - ready.ms;
      // Wall time after the ready mark plus the mark's own distance from the start. The ready poll adds up to 100 ms.
      idleAfterMs = Math.max(0, (await waitForIdle(cdp)) - readyAt) + ready.ms;
    }

    const longTasks = (await readLongTasks(page)).filter((task) => task.startTime + task.duration > windowStart);
    const metrics = await readMetrics(cdp);
    return {
      longTasks,
      idleAfterMs,
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
