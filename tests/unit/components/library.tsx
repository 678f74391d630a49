import { configure, render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { LibraryPage } from '../../../components/library/LibraryPage';
import { DatabaseContext } from '../../../components/shared/useDatabase';
import { PaperShelfDatabase } from '../../../lib/db/database';
import type { PaperRecord } from '../../../lib/paper';

// Each step waits on IndexedDB and a live query; on a loaded machine that exceeds the 1 s defaults.
const WAIT_MS = 5_000;
configure({ asyncUtilTimeout: WAIT_MS });
// A test renders the whole page several times, which takes seconds in jsdom under load.
vi.setConfig({ testTimeout: 60_000 });

/** Retries `check` until it passes or WAIT_MS runs out, like vi.waitFor with a longer timeout. */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: WAIT_MS, interval: 20 });
}

/** Opens a fresh database on fake-indexeddb holding `records`. */
export async function openLibrary(records: readonly PaperRecord[]): Promise<PaperShelfDatabase> {
  const db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  await db.papers.bulkPut([...records]);
  return db;
}

/** Renders the options page on `db` and waits until the live query has loaded the library. */
export async function renderLibrary(db: PaperShelfDatabase, hash = '') {
  const result = render(
    <DatabaseContext.Provider value={db}>
      <LibraryPage hash={hash} />
    </DatabaseContext.Provider>,
  );
  await screen.findByText(/papers, \d+ in the reading list/);
  return result;
}

/** Stored records in id order. */
export function snapshot(db: PaperShelfDatabase): Promise<PaperRecord[]> {
  return db.papers.orderBy('id').toArray();
}
