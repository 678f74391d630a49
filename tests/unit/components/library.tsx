import { render, screen } from '@testing-library/react';
import { LibraryPage } from '../../../components/library/LibraryPage';
import { DatabaseContext } from '../../../components/shared/useDatabase';
import { PaperShelfDatabase } from '../../../lib/db/database';
import type { PaperRecord } from '../../../lib/paper';

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
