import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser';
import { waitForIdle } from './idle';

/** Time limit for a first render with the largest library on a slow, shared machine. */
const RENDER_TIMEOUT_MS = 120_000;

/**
 * Clears the localStorage of the extension's origin from its manifest.json, a document that
 * runs none of the extension's code, so whatever an extension page cached there is gone.
 */
export async function clearExtensionLocalStorage(browser: BenchBrowser): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.extensionUrl('manifest.json'));
    await page.evaluate(() => localStorage.clear());
  } finally {
    await page.close();
  }
}

/**
 * Opens the popup and returns the time from navigation start until a frame shows the
 * reading-list counts, with `Saved` equal to `expectedSaved`. With `stayUntilIdle` the popup
 * stays open until its main thread is idle, as it would while a person reads it, so any
 * work it does after the counts (reading lists, caching) completes before it closes.
 * NOTE: polling starts once Playwright reaches the new document, so a popup that renders
 * before that is reported a little late, never early.
 */
export async function measurePopupFirstRender(browser: BenchBrowser, expectedSaved: number, stayUntilIdle: boolean): Promise<number> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await page.goto(browser.extensionUrl('popup.html'), { waitUntil: 'commit' });
    const shownAt = await page.waitForFunction(
      (expected) => {
        const saved = document.querySelector('[aria-label="Reading list counts"] dd')?.textContent;
        return saved === expected ? performance.now() : false;
      },
      String(expectedSaved),
      { polling: 'raf', timeout: RENDER_TIMEOUT_MS },
    );
    const ms = (await shownAt.jsonValue()) as number;
    if (stayUntilIdle) await waitForIdle(cdp);
    return ms;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/**
 * Waits until the options page lists the first papers of a library of `expectedTotal`, and returns that time since
 * navigation start. The probes use the page's landmarks and text (the `Papers` section, "N papers" in the header), not class names.
 */
export async function waitForLibraryList(page: Page, expectedTotal: number): Promise<number> {
  const shownAt = await page.waitForFunction(
    (expected) => {
      const header = document.querySelector('header')?.textContent ?? '';
      const listed = document.querySelector('section[aria-label="Papers"] article') !== null;
      return listed && /(\d+) papers/.exec(header)?.[1] === String(expected) ? performance.now() : false;
    },
    expectedTotal,
    { polling: 'raf', timeout: RENDER_TIMEOUT_MS },
  );
  return (await shownAt.jsonValue()) as number;
}

/** Opens the options page and returns the time from navigation start until a frame shows the library list. */
export async function measureOptionsFirstRender(browser: BenchBrowser, expectedTotal: number): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.extensionUrl('options.html'), { waitUntil: 'commit' });
    return await waitForLibraryList(page, expectedTotal);
  } finally {
    await page.close();
  }
}

/** Entries of the Event Timing API and keydown times that the page records for the benchmark. */
type TimingWindow = Window & {
  papershelfBenchEvents?: { name: string; startTime: number; duration: number; interactionId: number }[];
  papershelfBenchKeydowns?: number[];
};

/** Event Timing reports only events of at least this many milliseconds (the API's minimum threshold). */
const EVENT_TIMING_THRESHOLD_MS = 16;

/**
 * Types `query` into `Search library` one character at a time and returns, per keystroke,
 * the interaction's latency from the Event Timing API: from the key press until the next
 * frame was presented, the same measure as Interaction to Next Paint. Before the next key
 * it waits until the list reports the match count that lib/search.ts gives for that prefix,
 * so every keystroke is timed against a list that did update.
 * A keystroke under 16 ms produces no entry and is reported as 16 ms.
 */
export async function measureSearchKeystrokes(
  browser: BenchBrowser,
  libraryTotal: number,
  query: string,
  expectedCounts: readonly number[],
): Promise<number[]> {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.extensionUrl('options.html'), { waitUntil: 'commit' });
    await waitForLibraryList(page, libraryTotal);
    await page.evaluate((threshold) => {
      const target = window as TimingWindow;
      target.papershelfBenchEvents = [];
      target.papershelfBenchKeydowns = [];
      new PerformanceObserver((list) => {
        // TypeScript's DOM types lack interactionId, which Chromium's Event Timing entries carry.
        for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId: number })[]) {
          const { name, startTime, duration, interactionId } = entry;
          target.papershelfBenchEvents!.push({ name, startTime, duration, interactionId });
        }
      }).observe({ type: 'event', buffered: true, durationThreshold: threshold } as PerformanceObserverInit);
      document.addEventListener('keydown', (event) => target.papershelfBenchKeydowns!.push(event.timeStamp), { capture: true });
    }, EVENT_TIMING_THRESHOLD_MS);

    await page.getByRole('searchbox', { name: 'Search library', exact: true }).click();
    for (const [index, character] of [...query].entries()) {
      await page.keyboard.press(character);
      await page.waitForFunction(
        (expected) =>
          [...document.querySelectorAll('section[aria-label="Papers"] span')].some((span) =>
            span.textContent?.startsWith(`${expected} shown`),
          ),
        expectedCounts[index],
        { polling: 'raf', timeout: RENDER_TIMEOUT_MS },
      );
    }

    // An entry is queued after the frame it waits for, so give the last keystroke's entry time to arrive.
    await page.waitForFunction(
      (keys) => {
        const target = window as TimingWindow;
        const last = target.papershelfBenchKeydowns!.at(-1);
        return target.papershelfBenchKeydowns!.length === keys && (target.papershelfBenchEvents!.some((entry) => entry.startTime >= last!) || performance.now() - last! > 1000);
      },
      query.length,
      { polling: 100, timeout: RENDER_TIMEOUT_MS },
    );
    const { events, keydowns } = await page.evaluate(() => {
      const target = window as TimingWindow;
      return { events: target.papershelfBenchEvents!, keydowns: target.papershelfBenchKeydowns! };
    });

    return keydowns.map((time) => {
      const keydown = events.find((entry) => entry.name === 'keydown' && Math.abs(entry.startTime - time) < 0.5);
      if (!keydown) return EVENT_TIMING_THRESHOLD_MS;
      const interaction = events.filter((entry) => entry.interactionId === keydown.interactionId);
      return Math.max(...interaction.map((entry) => entry.duration));
    });
  } finally {
    await page.close();
  }
}
