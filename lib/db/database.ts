import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { PaperRecord } from '../paper';
import { summaryMiddleware } from './summary-middleware';
import { SUMMARY_TABLE, emptyTally, toStoredSummary, type StoredSummary } from './summary-record';
import { upgradeToVersion2, upgradeToVersion3 } from './upgrades';

export const DATABASE_NAME = 'papershelf';

/** One released schema version: its index layout and the upgrade from the version before it. */
export interface SchemaVersion {
  version: number;
  /** Dexie's stores() argument: the primary key and indexes of each table. */
  stores: Readonly<Record<string, string>>;
  /** Rewrites records of the previous version inside the versionchange transaction. */
  upgrade?: (transaction: Transaction) => Promise<void>;
}

/**
 * Every released schema version, oldest first. A released entry is never edited: a change
 * adds the next version with its upgrade function, and tests/unit/db/upgrade.test.ts opens
 * a database written by each earlier version.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // savedAt exists only for papers in the reading list, so this index is the list.
      papers: 'id, savedAt, updatedAt, title, *tags, [status+savedAt]',
    },
  },
  {
    version: 2,
    stores: {
      // doi finds the preprint of a published paper (compare with equalsIgnoreCase), and
      // linkedIds, a multi-entry index, the papers the user linked to one.
      papers: 'id, savedAt, updatedAt, title, *tags, [status+savedAt], doi, *linkedIds',
    },
    upgrade: upgradeToVersion2,
  },
  {
    version: 3,
    stores: {
      papers: 'id, savedAt, updatedAt, title, *tags, [status+savedAt], doi, *linkedIds',
      // One record, the library summary that summaryMiddleware keeps up to date, so the
      // popup reads its counts without counting the library.
      [SUMMARY_TABLE]: 'id',
    },
    upgrade: upgradeToVersion3,
  },
];

export class PaperShelfDatabase extends Dexie {
  papers!: EntityTable<PaperRecord, 'id'>;
  summary!: EntityTable<StoredSummary, 'id'>;

  /** `versions` is for tests that open the database with a changed schema history. */
  constructor(name = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(summaryMiddleware);
    // A new database has no papers, so its summary starts at zero. Upgrades do not run for it.
    this.on('populate', (transaction) => {
      if (transaction.storeNames.includes(SUMMARY_TABLE)) return transaction.table(SUMMARY_TABLE).add(toStoredSummary(emptyTally()));
    });
  }
}

let shared: PaperShelfDatabase | undefined;

/** Returns the database of the extension's origin. Content scripts must not call it. */
export function getDatabase(): PaperShelfDatabase {
  shared ??= new PaperShelfDatabase();
  return shared;
}
