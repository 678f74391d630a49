import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { SUMMARY_ID, SUMMARY_TABLE, emptyTally, parseStoredSummary, tallyPaper, toStoredSummary, type SummaryTally } from './summary-record';

const PAPERS_TABLE = 'papers';

// Every promise here is a Dexie.Promise chained with then(), never an async function or a
// native promise, because Dexie's hooks middleware below (Dexie 4.4) reads the current
// transaction from Dexie's zone, which only Dexie's own promises carry across steps.

/** DBCoreRangeType.Any, a const enum that isolated modules cannot read from Dexie's declarations. */
const ANY_RANGE_TYPE = 3;

/**
 * Mutations of the papers table still running, per transaction. Each one reads and rewrites
 * the summary record, so a second mutation in the same transaction waits for the first.
 * Otherwise both would read the same old record and the second write would drop the first.
 */
const pendingMutations = new WeakMap<DBCoreTransaction, Promise<unknown>>();

function afterPendingMutations<T>(trans: DBCoreTransaction, run: () => Promise<T>): Promise<T> {
  const previous = pendingMutations.get(trans) ?? Dexie.Promise.resolve();
  const next = previous.then(run);
  pendingMutations.set(
    trans,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * The fields of a stored paper that the summary counts, copied so that a caller changing the
 * value it read cannot change the copy. Undefined stands for "no paper with this key".
 */
type CountedFields = { savedAt: unknown; status: unknown; tags: unknown } | undefined;

function countedFields(value: unknown): CountedFields {
  if (value === null || typeof value !== 'object') return undefined;
  const { savedAt, status, tags } = value as Record<string, unknown>;
  return { savedAt, status, tags: Array.isArray(tags) ? [...(tags as unknown[])] : tags };
}

/**
 * Counted fields of the papers each read-write transaction has read or written so far, by
 * key. A mutation of papers the caller has just read by key, as importPapers, updatePaper
 * and the bulk edits do, then needs no second read. The entries stay current because every
 * write to papers passes through this middleware, and IndexedDB completes reads and writes
 * in the order they were requested.
 */
const knownPapers = new WeakMap<DBCoreTransaction, Map<unknown, CountedFields>>();

function isReadWrite(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).mode === 'readwrite';
}

function rememberPapers(trans: DBCoreTransaction, keys: readonly unknown[], values: readonly unknown[]): void {
  if (!isReadWrite(trans)) return;
  let known = knownPapers.get(trans);
  if (!known) {
    known = new Map();
    knownPapers.set(trans, known);
  }
  keys.forEach((key, index) => known.set(key, countedFields(values[index])));
}

/** Returns the counted fields of the papers with these keys, reading only the ones this transaction has not seen. */
function readKnownPapers(papers: DBCoreTable, trans: DBCoreTransaction, keys: readonly unknown[]): Promise<CountedFields[]> {
  const known = knownPapers.get(trans);
  const unknownKeys = [...new Set(keys.filter((key) => !known?.has(key)))];
  const read =
    unknownKeys.length === 0
      ? Dexie.Promise.resolve()
      : papers.getMany({ trans, keys: unknownKeys, cache: 'immutable' }).then((values) => rememberPapers(trans, unknownKeys, values));
  return read.then(() => keys.map((key) => knownPapers.get(trans)?.get(key)));
}

/** Reads the papers a mutation replaces or deletes, aligned with its keys or values. */
function readReplaced(papers: DBCoreTable, req: DBCoreMutateRequest): Promise<CountedFields[]> {
  const { trans } = req;
  switch (req.type) {
    case 'add':
      // An add fails on a key that exists, and failed operations are not counted.
      return Dexie.Promise.resolve([]);
    case 'put': {
      const extractKey = papers.schema.primaryKey.extractKey!;
      return readKnownPapers(papers, trans, req.keys ?? req.values.map((value) => extractKey(value)));
    }
    case 'delete':
      return readKnownPapers(papers, trans, req.keys);
    case 'deleteRange':
      if (req.range.type === ANY_RANGE_TYPE) return Dexie.Promise.resolve([]);
      return papers
        .query({ trans, values: true, query: { index: papers.schema.primaryKey, range: req.range } })
        .then(({ result }) => result.map(countedFields));
  }
}

/** Applies a mutation that succeeded except for `failures` to the tally. */
function tallyMutation(tally: SummaryTally, papers: DBCoreTable, req: DBCoreMutateRequest, replaced: CountedFields[], response: DBCoreMutateResponse): void {
  if (req.type === 'deleteRange') {
    // The deleted keys are not all known, so the transaction drops every paper it remembered.
    knownPapers.delete(req.trans);
    if (req.range.type === ANY_RANGE_TYPE) Object.assign(tally, emptyTally());
    else for (const paper of replaced) tallyPaper(tally, paper, -1);
    return;
  }
  // A request may name one key twice, so the second operation replaces what the first wrote.
  const current = new Map<unknown, CountedFields>();
  const extractKey = papers.schema.primaryKey.extractKey!;
  const count = req.type === 'delete' ? req.keys.length : req.values.length;
  for (let index = 0; index < count; index++) {
    if (index in response.failures) continue;
    const key = req.type === 'delete' ? req.keys[index] : (req.keys?.[index] ?? extractKey(req.values[index]));
    const before = current.has(key) ? current.get(key) : replaced[index];
    const after = req.type === 'delete' ? undefined : countedFields(req.values[index]);
    if (before !== undefined) tallyPaper(tally, before, -1);
    if (after !== undefined) tallyPaper(tally, after, 1);
    current.set(key, after);
  }
  rememberPapers(req.trans, [...current.keys()], [...current.values()]);
}

function deleteSummary(summaries: DBCoreTable, trans: DBCoreTransaction): Promise<unknown> {
  return summaries.mutate({ trans, type: 'delete', keys: [SUMMARY_ID] });
}

function mutateWithSummary(papers: DBCoreTable, summaries: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  return summaries.get({ trans, key: SUMMARY_ID }).then((stored: unknown) => {
    // Clearing the table leaves nothing to count, so it starts a correct record even when there was none.
    const clearsTable = req.type === 'deleteRange' && req.range.type === ANY_RANGE_TYPE;
    const tally = parseStoredSummary(stored) ?? (clearsTable ? emptyTally() : undefined);
    if (!tally) {
      // Without a correct record there is nothing to apply the change to. The record stays
      // absent until readLibrarySummary's caller repairs it from the indexes.
      return papers.mutate(req).then((response) => {
        knownPapers.delete(trans);
        return stored === undefined ? response : deleteSummary(summaries, trans).then(() => response);
      });
    }

    return readReplaced(papers, req).then((replaced) =>
      papers.mutate(req).then((response) => {
        if (req.type === 'deleteRange' && response.numFailures > 0) {
          // A failed range deletion does not say which records it kept.
          return deleteSummary(summaries, trans).then(() => response);
        }
        tallyMutation(tally, papers, req, replaced, response);
        const record = toStoredSummary(tally);
        const write = record ? summaries.mutate({ trans, type: 'put', values: [record] }) : deleteSummary(summaries, trans);
        return write.then(() => response);
      }),
    );
  });
}

/**
 * Keeps the summary record (lib/db/summary-record.ts) equal to a recount of the papers
 * table. Every read-write transaction on papers also takes the summary table, and each
 * mutation of papers reads the records it replaces, applies itself and rewrites the summary
 * in that same transaction, so the two commit or fail together whichever code wrote. Schema
 * upgrades (versionchange transactions) are skipped: version 3's upgrade counts the
 * summary from scratch. A database without the summary table is left as it is.
 */
export const summaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LibrarySummary',
  create(down) {
    if (!down.schema.tables.some((table) => table.name === SUMMARY_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const withSummary =
          mode === 'readwrite' && stores.includes(PAPERS_TABLE) && !stores.includes(SUMMARY_TABLE) ? [...stores, SUMMARY_TABLE] : stores;
        return down.transaction(withSummary, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== PAPERS_TABLE) return table;
        const summaries = down.table(SUMMARY_TABLE);
        return {
          ...table,
          get(req) {
            return table.get(req).then((value: unknown) => {
              rememberPapers(req.trans, [req.key], [value]);
              return value;
            });
          },
          getMany(req) {
            return table.getMany(req).then((values) => {
              rememberPapers(req.trans, req.keys, values);
              return values;
            });
          },
          mutate(req) {
            if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
            return afterPendingMutations(req.trans, () => mutateWithSummary(table, summaries, req));
          },
        };
      },
    };
  },
};
