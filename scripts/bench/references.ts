import type { Page } from 'playwright-core';
import type { PaperRecord } from '../../lib/paper';
import { median, percentile } from './stats';

/**
 * Reference figures measured in an extension page of the same browser and run, so each
 * PaperShelf figure can also be read as a ratio that depends less on the machine:
 * - one record written and read back with raw IndexedDB, per transaction pair (the floor of a save);
 * - N records written in one transaction and read back with getAll (the floor of a library load);
 * - the same N records written into a store with PaperShelf's indexes (the floor of an import);
 * - a fixed CPU loop in JavaScript (the speed of the page's main thread).
 */

const REFERENCE_DATABASE = 'papershelf-bench-reference';

export interface SingleWriteReference {
  p50: number;
  p95: number;
}

export interface BulkReference {
  count: number;
  writeMs: number;
  readMs: number;
  /** Writing the same records into a store with the indexes of PaperShelf's schema. */
  indexedWriteMs: number;
}

/** The indexes of the papers table in lib/db/database.ts (schema version 2), as IndexedDB declares them. */
const PAPER_INDEXES: { name: string; keyPath: string | string[]; multiEntry?: boolean }[] = [
  { name: 'savedAt', keyPath: 'savedAt' },
  { name: 'updatedAt', keyPath: 'updatedAt' },
  { name: 'title', keyPath: 'title' },
  { name: 'tags', keyPath: 'tags', multiEntry: true },
  { name: '[status+savedAt]', keyPath: ['status', 'savedAt'] },
  { name: 'doi', keyPath: 'doi' },
  { name: 'linkedIds', keyPath: 'linkedIds', multiEntry: true },
];

type ReferenceWindow = Window & {
  papershelfBenchOpen?: (name: string) => Promise<IDBDatabase>;
  papershelfBenchDone?: (transaction: IDBTransaction) => Promise<void>;
};

/**
 * Defines the page helpers that open the reference database (a store `papers` keyed by
 * `id`, and `indexed` with PaperShelf's indexes too) and wait for a transaction. Extension
 * pages forbid eval, so the helpers travel as a function.
 */
async function installHelpers(page: Page): Promise<void> {
  await page.evaluate((indexes) => {
    const target = window as ReferenceWindow;
    target.papershelfBenchOpen = (name) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('papers', { keyPath: 'id' });
          const indexed = request.result.createObjectStore('indexed', { keyPath: 'id' });
          for (const { name: indexName, keyPath, multiEntry } of indexes) indexed.createIndex(indexName, keyPath, { multiEntry: multiEntry ?? false });
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    target.papershelfBenchDone = (transaction) =>
      new Promise((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
  }, PAPER_INDEXES);
}

export async function measureSingleWrites(page: Page, template: PaperRecord, count: number): Promise<SingleWriteReference> {
  await installHelpers(page);
  const samples = await page.evaluate(
    async ({ name, template, count }) => {
      const helpers = window as ReferenceWindow;
      const db = await helpers.papershelfBenchOpen!(name);
      const done = helpers.papershelfBenchDone!;
      const samples: number[] = [];
      for (let index = 0; index < count; index++) {
        const id = `arxiv:2501.${String(index + 1).padStart(5, '0')}`;
        const start = performance.now();
        const write = db.transaction('papers', 'readwrite');
        write.objectStore('papers').put({ ...template, id, savedAt: Date.now() });
        await done(write);
        const read = db.transaction('papers', 'readonly');
        const request = read.objectStore('papers').get(id);
        await done(read);
        if (!request.result) throw new Error(`record ${id} was not read back`);
        samples.push(performance.now() - start);
      }
      db.close();
      return samples;
    },
    { name: REFERENCE_DATABASE, template, count },
  );
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

export async function measureBulk(page: Page, template: PaperRecord, count: number): Promise<BulkReference> {
  await installHelpers(page);
  return page.evaluate(
    async ({ name, template, count }) => {
      const helpers = window as ReferenceWindow;
      const db = await helpers.papershelfBenchOpen!(name);
      const done = helpers.papershelfBenchDone!;
      const clear = db.transaction('papers', 'readwrite');
      clear.objectStore('papers').clear();
      await done(clear);

      const writeStart = performance.now();
      const write = db.transaction('papers', 'readwrite');
      const store = write.objectStore('papers');
      for (let index = 0; index < count; index++) {
        store.put({ ...template, id: `arxiv:2501.${String(index + 1).padStart(5, '0')}`, createdAt: index });
      }
      await done(write);
      const writeMs = performance.now() - writeStart;

      const readStart = performance.now();
      const read = db.transaction('papers', 'readonly');
      const request = read.objectStore('papers').getAll();
      await done(read);
      const readMs = performance.now() - readStart;
      if (request.result.length !== count) throw new Error(`read back ${request.result.length} of ${count} records`);

      const clearIndexed = db.transaction('indexed', 'readwrite');
      clearIndexed.objectStore('indexed').clear();
      await done(clearIndexed);
      const indexedStart = performance.now();
      const indexedWrite = db.transaction('indexed', 'readwrite');
      const indexedStore = indexedWrite.objectStore('indexed');
      for (let index = 0; index < count; index++) {
        indexedStore.put({ ...template, id: `arxiv:2501.${String(index + 1).padStart(5, '0')}`, createdAt: index });
      }
      await done(indexedWrite);
      const indexedWriteMs = performance.now() - indexedStart;
      db.close();
      return { count, writeMs, readMs, indexedWriteMs };
    },
    { name: REFERENCE_DATABASE, template, count },
  );
}

/**
 * Median of five runs of a fixed JavaScript workload: serialise 5,000 copies of a record
 * to JSON, parse them back and sort them by title. It stands for the page's CPU speed.
 */
export async function measureCpuLoop(page: Page, template: PaperRecord): Promise<number> {
  const samples = await page.evaluate((template) => {
    const samples: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      const records = Array.from({ length: 5000 }, (_, index) => ({ ...template, title: `${(index * 7919) % 5000} ${template.title}` }));
      const parsed = JSON.parse(JSON.stringify(records)) as { title: string }[];
      parsed.sort((a, b) => a.title.localeCompare(b.title));
      if (parsed.length !== 5000) throw new Error('the reference loop lost records');
      samples.push(performance.now() - start);
    }
    return samples;
  }, template);
  return median(samples);
}
