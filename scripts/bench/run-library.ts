import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BackupSchema } from '../../lib/export/backup';
import type { PaperRecord } from '../../lib/paper';
import { LibrarySearch } from '../../lib/search';
import { launchBrowser, type BenchBrowser } from './browser';
import { backupText, generatePapers } from './data';
import {
  clearExtensionLocalStorage,
  measureOptionsFirstRender,
  measurePopupFirstRender,
  measureSearchKeystrokes,
  waitForLibraryList,
} from './extension-pages';
import { exportThroughOptions, seedLibrary } from './library';
import type { BenchPlan } from './options';
import { measureBulk, measureCpuLoop, type BulkReference } from './references';
import type { Row } from './report';
import { formatBytes, formatMs, formatRatio, median, percentile, repeat } from './stats';

type Log = (message: string) => void;

/** Query typed into `Search library` one character at a time: a word of the generated titles. */
export const SEARCH_QUERY = 'bayesian';

const POPUP_TARGET_MS = 200;
const SEARCH_TARGET_MS = 100;
const TRANSFER_TARGET_MS = 5000;

/** 80% of the library is in the reading list, 30% has tags and 10% a note. */
function generateLibrary(count: number): PaperRecord[] {
  return generatePapers({ count, seed: 3, firstMonth: 2401, isSaved: (index) => index % 5 !== 0, tagged: 0.3, noted: 0.1 }).map(
    ({ record }) => record,
  );
}

interface References {
  cpuMs: number;
  bulk: Map<number, BulkReference>;
}

/** Measures the raw IndexedDB and CPU references in an extension page, then deletes the reference database. */
async function measureReferences(browser: BenchBrowser, template: PaperRecord, sizes: readonly number[]): Promise<References> {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.extensionUrl('popup.html'));
    const cpuMs = await measureCpuLoop(page, template);
    const bulk = new Map<number, BulkReference>();
    for (const size of sizes) bulk.set(size, await measureBulk(page, template, size));
    await page.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
      'papershelf-bench-reference',
    );
    return { cpuMs, bulk };
  } finally {
    await page.close();
  }
}

function countBibtexEntries(text: string): number {
  return text.match(/^@\w+\{/gm)?.length ?? 0;
}

/**
 * Measures 5 and 6. The popup and the options page are timed at each library size, imported
 * through `Import file` with each size a superset of the one before. At the largest size it
 * times search, the export to BibTeX and JSON, and the import of that JSON into a fresh profile.
 */
export async function runLibraryBenchmarks(plan: BenchPlan, buildDir: string, workDir: string, log: Log): Promise<Row[]> {
  const largest = Math.max(...plan.librarySizes);
  const records = generateLibrary(largest);
  const rows: Row[] = [];
  const backupFile = path.join(workDir, 'export.json');
  const browser = await launchBrowser(buildDir, true);
  let references: References;
  try {
    references = await measureReferences(browser, records[0]!, plan.librarySizes);
    log(`references: CPU loop ${formatMs(references.cpuMs)}`);

    for (const size of plan.librarySizes) {
      const library = records.slice(0, size);
      const file = path.join(workDir, `library-${size}.json`);
      await writeFile(file, backupText(library));
      const seeded = await seedLibrary(browser, file);
      log(`library of ${size}: imported in ${formatMs(seeded.ms)} (${seeded.added} added)`);

      const saved = library.filter((record) => record.savedAt !== undefined).length;
      const popupCold = median(
        await repeat(plan.extensionPageRepetitions, async () => {
          await clearExtensionLocalStorage(browser);
          return measurePopupFirstRender(browser, saved, false);
        }),
      );
      // One opening that runs to the end first, so each timed opening follows a complete one.
      await measurePopupFirstRender(browser, saved, true);
      const popupWarm = median(await repeat(plan.extensionPageRepetitions, () => measurePopupFirstRender(browser, saved, true)));
      const options = median(await repeat(plan.extensionPageRepetitions, () => measureOptionsFirstRender(browser, size)));
      const readMs = references.bulk.get(size)!.readMs;
      rows.push(
        {
          section: 5,
          label: `Popup first render of the counts, first opening, ${size} papers`,
          value: formatMs(popupCold),
          reference: `raw IndexedDB getAll of ${size} ${formatMs(readMs)}`,
          ratio: formatRatio(popupCold, readMs),
          target: `under ${POPUP_TARGET_MS} ms`,
          outcome: popupCold < POPUP_TARGET_MS ? 'pass' : 'fail',
        },
        {
          section: 5,
          label: `Popup first render of the counts, next opening, ${size} papers`,
          value: formatMs(popupWarm),
          reference: `raw IndexedDB getAll of ${size} ${formatMs(readMs)}`,
          ratio: formatRatio(popupWarm, readMs),
          target: `under ${POPUP_TARGET_MS} ms`,
          outcome: popupWarm < POPUP_TARGET_MS ? 'pass' : 'fail',
        },
        {
          section: 5,
          label: `Options page first render of the list, ${size} papers`,
          value: formatMs(options),
          reference: `raw IndexedDB getAll of ${size} ${formatMs(readMs)}`,
          ratio: formatRatio(options, readMs),
          target: '',
        },
      );
      log(`library of ${size}: popup ${formatMs(popupCold)} first, ${formatMs(popupWarm)} next, options ${formatMs(options)}`);
    }

    const search = new LibrarySearch(records);
    const counts = [...SEARCH_QUERY].map((_, index) => search.search(SEARCH_QUERY.slice(0, index + 1)).length);
    const keystrokes = await measureSearchKeystrokes(browser, largest, SEARCH_QUERY, counts);
    const worst = Math.max(...keystrokes);
    rows.push({
      section: 5,
      label: `Search keystroke to next paint, p50 / max of ${keystrokes.length} keys ("${SEARCH_QUERY}"), ${largest} papers`,
      value: `${formatMs(percentile(keystrokes, 50))} / ${formatMs(worst)}`,
      reference: `CPU loop ${formatMs(references.cpuMs)}`,
      ratio: formatRatio(worst, references.cpuMs),
      target: `each under ${SEARCH_TARGET_MS} ms`,
      outcome: worst < SEARCH_TARGET_MS ? 'pass' : 'fail',
    });
    log(`search: ${keystrokes.map((ms) => Math.round(ms)).join(', ')} ms per key`);

    const options = await browser.context.newPage();
    try {
      await options.goto(browser.extensionUrl('options.html'));
      await waitForLibraryList(options, largest);
      const bibtex = await exportThroughOptions(options, 'Export BibTeX', path.join(workDir, 'export.bib'));
      if (countBibtexEntries(bibtex.text) !== largest) {
        throw new Error(`the BibTeX export contains ${countBibtexEntries(bibtex.text)} entries, expected ${largest}`);
      }
      const backup = await exportThroughOptions(options, 'Export PaperShelf backup (JSON)', backupFile);
      const exported = BackupSchema.parse(JSON.parse(backup.text)).papers.length;
      if (exported !== largest) throw new Error(`the JSON backup contains ${exported} papers, expected ${largest}`);
      const bulk = references.bulk.get(largest)!;
      const reference = `raw IndexedDB write and read of ${largest} ${formatMs(bulk.writeMs + bulk.readMs)}`;
      for (const [format, outcome] of [['BibTeX', bibtex], ['JSON backup', backup]] as const) {
        rows.push({
          section: 6,
          label: `Export ${largest} papers to ${format} (${formatBytes(outcome.bytes)}), click to file saved`,
          value: formatMs(outcome.ms),
          reference,
          ratio: formatRatio(outcome.ms, bulk.writeMs + bulk.readMs),
          target: `under ${TRANSFER_TARGET_MS / 1000} s`,
          outcome: outcome.ms < TRANSFER_TARGET_MS ? 'pass' : 'fail',
        });
      }
      log(`export: BibTeX ${formatMs(bibtex.ms)}, JSON ${formatMs(backup.ms)}`);
    } finally {
      await options.close();
    }
  } finally {
    await browser.close();
  }

  rows.push(await measureFreshImport(buildDir, backupFile, largest, references.bulk.get(largest)!, log));
  return rows;
}

/** Imports the exported backup into a new profile, as a person moving to another browser would. */
async function measureFreshImport(buildDir: string, backupFile: string, largest: number, bulk: BulkReference, log: Log): Promise<Row> {
  const fresh = await launchBrowser(buildDir, true);
  try {
    const imported = await seedLibrary(fresh, backupFile);
    if (imported.added !== largest) throw new Error(`importing the backup added ${imported.added} papers, expected ${largest}`);
    log(`import into a fresh profile: ${formatMs(imported.ms)}`);
    return {
      section: 6,
      label: `Import that JSON backup into a fresh profile, ${largest} papers`,
      value: formatMs(imported.ms),
      reference: `raw IndexedDB write of ${largest} with PaperShelf's indexes ${formatMs(bulk.indexedWriteMs)}`,
      ratio: formatRatio(imported.ms, bulk.indexedWriteMs),
      target: `under ${TRANSFER_TARGET_MS / 1000} s`,
      outcome: imported.ms < TRANSFER_TARGET_MS ? 'pass' : 'fail',
    };
  } finally {
    await fresh.close();
  }
}
