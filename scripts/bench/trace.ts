import type { CDPSession, Page } from 'playwright-core';
import type { BenchBrowser } from './browser';
import { PAPERSHELF_MARKS, waitForReady } from './decoration';
import { waitForIdle } from './idle';
import type { Listing } from './listings';

/**
 * Attributes the long tasks of one PaperShelf page load with a Chrome trace of the
 * devtools.timeline categories, which DevTools' Performance panel records. For each main-
 * thread task over 50 ms it finds how much ran the content script's JavaScript and how much
 * was style, layout and paint.
 */

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export type TaskKind = 'content script' | 'style and layout' | 'HTML parsing' | 'garbage collection' | 'other';

export interface AttributedTask {
  /** Microseconds from the first event of the page's main thread. */
  startUs: number;
  durationMs: number;
  kind: TaskKind;
  /** Time inside the task per kind, in ms. Nested events count once, in the outermost. */
  parts: Partial<Record<TaskKind, number>>;
  /** The trace event that started the content script's part, such as EvaluateScript or FireIdleCallback. */
  entry: string | undefined;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'FireIdleCallback', 'TimerFire', 'v8.callFunction', 'v8.compile', 'RunMicrotasks']);
const RENDERING_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayerTree', 'IntersectionObserverController::computeIntersections', 'HitTest']);
const GC_EVENTS = new Set(['MinorGC', 'MajorGC', 'V8.GCScavenger', 'BlinkGC.AtomicPhase']);

function kindOf(event: TraceEvent, extensionOrigin: string): TaskKind | undefined {
  if (SCRIPT_EVENTS.has(event.name)) {
    return event.args?.data?.url?.startsWith(extensionOrigin) ? 'content script' : undefined;
  }
  if (RENDERING_EVENTS.has(event.name)) return 'style and layout';
  if (event.name === 'ParseHTML') return 'HTML parsing';
  if (GC_EVENTS.has(event.name)) return 'garbage collection';
  return undefined;
}

/** Finds the renderer main thread that ran the content script, which is the page's. */
function pageMainThread(events: readonly TraceEvent[], extensionOrigin: string): { pid: number; tid: number } {
  const script = events.find((event) => event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith(extensionOrigin));
  if (!script) throw new Error('the trace shows no evaluation of the content script');
  return { pid: script.pid, tid: script.tid };
}

/**
 * Splits one task into parts. Script events count as the content script's when their URL
 * is the extension's (FireIdleCallback and TimerFire carry none, so a script event with
 * no URL counts when a content-script FunctionCall runs inside it).
 */
function attribute(task: TraceEvent, inner: readonly TraceEvent[], extensionOrigin: string): AttributedTask {
  const parts: Partial<Record<TaskKind, number>> = {};
  const stack: { end: number; counted: boolean }[] = [];
  let entry: string | undefined;
  for (const event of inner) {
    while (stack.length > 0 && stack.at(-1)!.end <= event.ts) stack.pop();
    const end = event.ts + (event.dur ?? 0);
    const insideCounted = stack.some((frame) => frame.counted);
    let kind = kindOf(event, extensionOrigin);
    if (!kind && SCRIPT_EVENTS.has(event.name)) {
      const runsContentScript = inner.some(
        (nested) => nested.ts >= event.ts && nested.ts < end && nested.args?.data?.url?.startsWith(extensionOrigin),
      );
      if (runsContentScript) kind = 'content script';
    }
    if (kind && !insideCounted) {
      parts[kind] = (parts[kind] ?? 0) + (event.dur ?? 0) / 1000;
      if (kind === 'content script') entry ??= event.name;
    }
    stack.push({ end, counted: insideCounted || kind !== undefined });
  }
  const durationMs = (task.dur ?? 0) / 1000;
  const largest = (Object.entries(parts) as [TaskKind, number][]).sort((a, b) => b[1] - a[1])[0];
  // A kind that covers less than a third of the task does not explain it.
  const kind = largest && largest[1] >= durationMs / 3 ? largest[0] : 'other';
  return { startUs: task.ts, durationMs, kind, parts, entry };
}

export function attributeLongTasks(events: readonly TraceEvent[], extensionOrigin: string, fromUs: number): AttributedTask[] {
  const thread = pageMainThread(events, extensionOrigin);
  const own = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = own.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 50_000 && event.ts + (event.dur ?? 0) > fromUs);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inner = own.filter((event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end);
    return attribute(task, inner, extensionOrigin);
  });
}

async function collectTrace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/**
 * Loads `listing` with tracing on, waits until the page is idle, and returns the long
 * tasks from the content script's start on, each attributed.
 */
export async function traceLongTasks(browser: BenchBrowser, listing: Listing): Promise<AttributedTask[]> {
  const page: Page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const events = await collectTrace(cdp, async () => {
      await page.goto(listing.url, { waitUntil: 'domcontentloaded' });
      await waitForReady(page, PAPERSHELF_MARKS, 100);
      await waitForIdle(cdp);
    });
    const origin = `chrome-extension://${browser.extensionId}/`;
    const start = events.find((event) => event.name === PAPERSHELF_MARKS.start && event.ph !== 'M');
    return attributeLongTasks(events, origin, start?.ts ?? 0);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
