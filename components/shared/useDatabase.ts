import { createContext, useContext } from 'react';
import type { PaperShelfDatabase } from '../../lib/db/database';

/** The database that extension pages read and write; tests provide one on fake-indexeddb. */
export const DatabaseContext = createContext<PaperShelfDatabase | null>(null);

export function useDatabase(): PaperShelfDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('extension page components must be rendered inside DatabaseContext');
  return db;
}
