import Dexie, { type EntityTable } from 'dexie';
import type { PaperRecord } from '../paper';

export const DATABASE_NAME = 'papershelf';

/**
 * Index layout of every released schema version, oldest first. A released entry is never
 * edited: a change adds the next version with its upgrade function, and
 * tests/unit/db/upgrade.test.ts opens a database written by each earlier version.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      // savedAt exists only for papers in the reading list, so this index is the list.
      papers: 'id, savedAt, updatedAt, title, *tags, [status+savedAt]',
    },
  },
] as const;

export class PaperShelfDatabase extends Dexie {
  papers!: EntityTable<PaperRecord, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      this.version(version).stores(stores);
    }
  }
}

let shared: PaperShelfDatabase | undefined;

/** The database of the extension's origin. Never call this from a content script. */
export function getDatabase(): PaperShelfDatabase {
  shared ??= new PaperShelfDatabase();
  return shared;
}
