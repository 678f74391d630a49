import type { Transaction } from 'dexie';
import { parseDoi } from '../doi';
import { SUMMARY_TABLE, emptyTally, tallyPaper, toStoredSummary } from './summary-record';

/**
 * A stored paper as an earlier schema version wrote it. Upgrades read it loosely, because
 * it predates the fields the current PaperRecordSchema requires.
 */
export type StoredRecord = Record<string, unknown>;

/**
 * Brings one record written by schema version 1 up to version 2, in place (Dexie's
 * modify() keeps the changes). It adds empty `linkedIds` and `dismissedIds`, and strips a
 * URL or `doi:` prefix from a stored DOI so the doi index finds it. A DOI that does not
 * parse is kept as it was (tests/unit/db/upgrade.test.ts checks both). Idempotent.
 */
export function upgradeRecordToVersion2(record: StoredRecord): void {
  if (!Array.isArray(record.linkedIds)) record.linkedIds = [];
  if (!Array.isArray(record.dismissedIds)) record.dismissedIds = [];
  if (typeof record.doi === 'string') {
    const doi = parseDoi(record.doi);
    if (doi !== null) record.doi = doi;
  }
}

/**
 * Runs inside Dexie's versionchange transaction. If it throws, IndexedDB aborts that
 * transaction, so the database stays at version 1 with every record as it was.
 */
export async function upgradeToVersion2(transaction: Transaction): Promise<void> {
  await transaction
    .table<StoredRecord>('papers')
    .toCollection()
    .modify((record) => upgradeRecordToVersion2(record));
}

/**
 * Counts the library into the summary record that version 3 adds, reading every paper once.
 * Runs inside the versionchange transaction, where summaryMiddleware does not act.
 */
export async function upgradeToVersion3(transaction: Transaction): Promise<void> {
  const tally = emptyTally();
  await transaction
    .table<StoredRecord>('papers')
    .toCollection()
    .each((record) => tallyPaper(tally, record, 1));
  const summary = toStoredSummary(tally);
  if (!summary) throw new Error('the library summary counted during the upgrade to version 3 is invalid');
  await transaction.table(SUMMARY_TABLE).put(summary);
}
