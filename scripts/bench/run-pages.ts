import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeBaselineExtension } from './baseline-extension';
import { launchBrowser, type BenchBrowser } from './browser';
import { measureSaveClicks } from './clicks';
import { backupText } from './data';
import { BASELINE_MARKS, ISOLATED_MARKS, measureReady, PAPERSHELF_MARKS } from './decoration';
import { measureIdleRun, type IdleRun, type Variant } from './idle';
import { seedLibrary } from './library';
import { createListings, type Listing } from './listings';
import type { BenchPlan } from './options';
import { measureSingleWrites } from './references';
import type { Row } from './report';
import { formatBytes, formatMs, formatRatio, median, percentile } from './stats';
import { traceLongTasks, type AttributedTask, type TaskKind } from './trace';

export interface PageResults {
  rows: Row[];
  /** Markdown: which long tasks there were and what ran in them. */
  evidence: string;
  chromium: string;
  network: string;
}

type Log = (message: string) => void;

const LONG_TASK_LIMIT_MS = 50;

function contentScriptMatches(buildDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[] }[];
  };
  const matches = manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
  if (matches.length === 0) throw new Error(`${buildDir}/manifest.json declares no content script`);
  return matches;
}

async function chromiumVersion(browser: BenchBrowser): Promise<string> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return product;
  } finally {
    await page.close();
  }
}

async function measureReadyRows(browsers: Record<Exclude<Variant, 'none'>, BenchBrowser>, listings: readonly Listing[], plan: BenchPlan, log: Log): Promise<Row[]> {
  const { papershelf, baseline, isolated } = browsers;
  // One load of each kind first, so the first timed load does not pay for starting the service worker.
  await measureReady(papershelf, listings[0]!, PAPERSHELF_MARKS, false);
  await measureReady(baseline, listings[0]!, BASELINE_MARKS, false);
  await measureReady(isolated, listings[0]!, ISOLATED_MARKS, false);

  const rows: Row[] = [];
  for (const listing of listings) {
    const ours: number[] = [];
    const plain: number[] = [];
    const floor: number[] = [];
    // Alternating the extensions spreads any change in the machine's load over all of them.
    for (let repetition = 0; repetition < plan.repetitions; repetition++) {
      ours.push((await measureReady(papershelf, listing, PAPERSHELF_MARKS, repetition === 0)).ms);
      plain.push((await measureReady(baseline, listing, BASELINE_MARKS, false)).ms);
      floor.push((await measureReady(isolated, listing, ISOLATED_MARKS, false)).ms);
    }
    const value = median(ours);
    const reference = median(plain);
    const isolatedMs = median(floor);
    log(`ready on ${listing.label}: ${formatMs(value)}, baseline ${formatMs(reference)}, isolated ${formatMs(isolatedMs)}; saved states verified`);
    rows.push({
      section: 1,
      label: `Start to every bar showing its saved state, ${listing.label}`,
      value: formatMs(value),
      reference: `baseline ${formatMs(reference)}; isolated baseline ${formatMs(isolatedMs)} (${formatRatio(isolatedMs, reference)})`,
      ratio: formatRatio(value, reference),
      target: 'at most 2x baseline',
      outcome: value <= 2 * reference ? 'pass' : 'fail',
    });
  }
  return rows;
}

function longestTask(run: IdleRun): number {
  return Math.max(0, ...run.longTasks.map((task) => task.duration));
}

/** Formats the longest task, where 0 means the Long Tasks API reported none. */
function formatLongest(ms: number): string {
  return ms === 0 ? 'none over 50 ms' : formatMs(ms);
}

function idleRows(runs: Record<Variant, IdleRun[]>, listing: Listing): Row[] {
  const pick = (variant: Variant, read: (run: IdleRun) => number) => median(runs[variant].map(read));
  const count = (run: IdleRun) => run.longTasks.filter((task) => task.duration > LONG_TASK_LIMIT_MS).length;
  const longest = pick('papershelf', longestTask);
  const baselineLongest = pick('baseline', longestTask);
  const isolatedLongest = pick('isolated', longestTask);
  const over = pick('papershelf', count);
  const baselineOver = pick('baseline', count);
  const idleAfter = pick('papershelf', (run) => run.idleAfterMs ?? 0);
  const baselineIdleAfter = pick('baseline', (run) => run.idleAfterMs ?? 0);

  const script = pick('papershelf', (run) => run.scriptMs);
  const baselineScript = pick('baseline', (run) => run.scriptMs);
  const noneScript = pick('none', (run) => run.scriptMs);
  const heap = pick('papershelf', (run) => run.heapBytes);
  const baselineHeap = pick('baseline', (run) => run.heapBytes);
  const noneHeap = pick('none', (run) => run.heapBytes);
  const size = listing.label;

  return [
    {
      section: 2,
      label: `Longest main-thread task, start to idle, ${size}`,
      value: formatLongest(longest),
      reference: `baseline ${formatLongest(baselineLongest)}; isolated baseline ${formatLongest(isolatedLongest)}`,
      ratio: formatRatio(longest, baselineLongest),
      target: `none over ${LONG_TASK_LIMIT_MS} ms`,
      outcome: longest <= LONG_TASK_LIMIT_MS ? 'pass' : 'fail',
    },
    {
      section: 2,
      label: `Tasks over ${LONG_TASK_LIMIT_MS} ms, start to idle, ${size}`,
      value: String(over),
      reference: `baseline ${baselineOver}`,
      ratio: formatRatio(over, baselineOver),
      target: '0',
      outcome: over === 0 ? 'pass' : 'fail',
    },
    {
      section: 2,
      label: `Start to idle (a second with under 2% main-thread work), ${size}`,
      value: formatMs(idleAfter),
      reference: `baseline ${formatMs(baselineIdleAfter)}`,
      ratio: formatRatio(idleAfter, baselineIdleAfter),
      target: '',
    },
    {
      section: 3,
      label: `Script time in the tab until idle (ScriptDuration), ${size}`,
      value: formatMs(script),
      reference: `baseline ${formatMs(baselineScript)}, no extension ${formatMs(noneScript)}`,
      ratio: formatRatio(script, baselineScript),
      target: '',
    },
    {
      section: 3,
      label: `Script time added over no extension, ${size}`,
      value: formatMs(script - noneScript),
      reference: `baseline ${formatMs(baselineScript - noneScript)}`,
      ratio: formatRatio(script - noneScript, baselineScript - noneScript),
      target: '',
    },
    {
      section: 3,
      label: `JS heap after decoration and a GC (JSHeapUsedSize), ${size}`,
      value: formatBytes(heap),
      reference: `baseline ${formatBytes(baselineHeap)}, no extension ${formatBytes(noneHeap)}`,
      ratio: formatRatio(heap, baselineHeap),
      target: '',
    },
    {
      section: 3,
      label: `JS heap added over no extension, ${size}`,
      value: formatBytes(heap - noneHeap),
      reference: `baseline ${formatBytes(baselineHeap - noneHeap)}`,
      ratio: formatRatio(heap - noneHeap, baselineHeap - noneHeap),
      target: '',
    },
  ];
}

const TASK_KINDS: TaskKind[] = ['content script', 'style and layout', 'HTML parsing', 'garbage collection', 'other'];

/** Markdown summary of the traced load: long tasks per kind and the longest ones with their parts. */
function renderEvidence(tasks: readonly AttributedTask[], listing: Listing): string {
  const lines = [
    '## Long tasks by kind',
    '',
    `One extra load of the ${listing.label} with a Chrome trace (devtools.timeline categories), from the`,
    "content script's start until the page is idle, as in the runs above.",
    'Each task over 50 ms is assigned to the kind that took most of it, or to "other" when no kind took a',
    'third of it. Tracing slows the page, so these durations are evidence of what runs, not figures to',
    'compare with the table.',
    '',
    '| Kind | Tasks over 50 ms | Longest | Total |',
    '| --- | --- | --- | --- |',
  ];
  for (const kind of TASK_KINDS) {
    const own = tasks.filter((task) => task.kind === kind);
    if (own.length === 0) continue;
    const durations = own.map((task) => task.durationMs);
    const total = durations.reduce((sum, duration) => sum + duration, 0);
    lines.push(`| ${kind} | ${own.length} | ${formatMs(Math.max(...durations))} | ${formatMs(total)} |`);
  }
  if (tasks.length === 0) lines.push('| (none) | 0 | | |');

  const longest = [...tasks].sort((a, b) => b.durationMs - a.durationMs).slice(0, 5);
  if (longest.length > 0) {
    const start = Math.min(...tasks.map((task) => task.startUs));
    lines.push('', 'The five longest tasks (time from the first long task; parts in ms):', '');
    for (const task of longest) {
      const parts = TASK_KINDS.filter((kind) => (task.parts[kind] ?? 0) >= 1)
        .map((kind) => `${kind} ${Math.round(task.parts[kind]!)}`)
        .join(', ');
      const entry = task.entry && (task.parts['content script'] ?? 0) >= 1 ? ` (content script entered through ${task.entry})` : '';
      lines.push(`- at +${formatMs((task.startUs - start) / 1000)}: ${formatMs(task.durationMs)}: ${parts || 'no traced part'}${entry}`);
    }
  }
  return lines.join('\n');
}

/**
 * Measures 1 to 4 in four browsers started together: PaperShelf (with the listings' saved
 * papers imported first), the two baseline extensions, and no extension.
 */
export async function runPageBenchmarks(plan: BenchPlan, buildDir: string, workDir: string, log: Log): Promise<PageResults> {
  const { arxiv, huggingface, saved } = createListings(plan);
  const listings = [...arxiv, huggingface];
  const largest = arxiv.at(-1)!;
  const matches = contentScriptMatches(buildDir);
  const baselineDir = await writeBaselineExtension(matches, 'plain');
  const isolatedDir = await writeBaselineExtension(matches, 'isolated');
  log(`baseline extensions written to ${baselineDir} and ${isolatedDir}`);

  const papershelf = await launchBrowser(buildDir, true);
  const baseline = await launchBrowser(baselineDir, false);
  const isolated = await launchBrowser(isolatedDir, true);
  const none = await launchBrowser(undefined, false);
  const browsers = { papershelf, baseline, isolated, none };
  try {
    for (const browser of Object.values(browsers)) for (const listing of listings) browser.serve(listing.url, listing.html);
    const chromium = await chromiumVersion(papershelf);

    const seedFile = path.join(workDir, 'listing-papers.json');
    await writeFile(seedFile, backupText(saved));
    const seeded = await seedLibrary(papershelf, seedFile);
    if (seeded.added !== saved.length) throw new Error(`seeding added ${seeded.added} papers, expected ${saved.length}`);
    log(`imported ${saved.length} saved papers of the listings in ${formatMs(seeded.ms)}`);

    const rows = await measureReadyRows(browsers, listings, plan, log);

    const runs: Record<Variant, IdleRun[]> = { papershelf: [], baseline: [], isolated: [], none: [] };
    for (let repetition = 0; repetition < plan.idleRepetitions; repetition++) {
      for (const variant of ['papershelf', 'baseline', 'isolated', 'none'] as const) {
        runs[variant].push(await measureIdleRun(browsers[variant], largest, variant));
      }
      log(`idle run ${repetition + 1} of ${plan.idleRepetitions} on ${largest.label} done`);
    }
    rows.push(...idleRows(runs, largest));

    const evidence = renderEvidence(await traceLongTasks(papershelf, largest), largest);
    log('traced long tasks attributed');

    const clicks = await measureSaveClicks(papershelf, largest, plan.clicks);
    const referencePage = await papershelf.context.newPage();
    await referencePage.goto(papershelf.extensionUrl('popup.html'));
    const reference = await measureSingleWrites(referencePage, saved[0]!, plan.clicks);
    await referencePage.close();
    const p50 = percentile(clicks, 50);
    const p95 = percentile(clicks, 95);
    log(`save clicks: p50 ${formatMs(p50)}, p95 ${formatMs(p95)}`);
    rows.push(
      {
        section: 4,
        label: `Save click to persisted, p50 of ${clicks.length} clicks, ${largest.label}`,
        value: formatMs(p50),
        reference: `raw IndexedDB put and get ${formatMs(reference.p50)}`,
        ratio: formatRatio(p50, reference.p50),
        target: '',
      },
      {
        section: 4,
        label: `Save click to persisted, p95 of ${clicks.length} clicks, ${largest.label}`,
        value: formatMs(p95),
        reference: `raw IndexedDB put and get ${formatMs(reference.p95)}`,
        ratio: formatRatio(p95, reference.p95),
        target: 'under 50 ms',
        outcome: p95 < 50 ? 'pass' : 'fail',
      },
    );

    const traffic = Object.values(browsers).reduce(
      (sum, browser) => ({ fulfilled: sum.fulfilled + browser.traffic.fulfilled, aborted: sum.aborted + browser.traffic.aborted }),
      { fulfilled: 0, aborted: 0 },
    );
    const network = `${traffic.fulfilled} page loads served from memory, ${traffic.aborted} other requests aborted, none sent`;
    return { rows, evidence, chromium, network };
  } finally {
    await Promise.all(Object.values(browsers).map((browser) => browser.close()));
    await rm(baselineDir, { recursive: true, force: true });
    await rm(isolatedDir, { recursive: true, force: true });
  }
}
