import { splitName } from './export/names';
import { bareDoi, isArxivPaperId, isDoiPaperId, normaliseDoi } from './ids';
import type { PaperId, PaperRecord } from './paper';

/** Reason two records may be the same paper. */
export type MatchReason = 'same-doi' | 'same-title-and-first-author';

export const MATCH_REASON_LABELS: Record<MatchReason, string> = {
  'same-doi': 'Same DOI',
  'same-title-and-first-author': 'Same title and first author',
};

/** Two records that may be the same paper, such as an arXiv preprint and its published version. */
export interface DuplicateCandidate {
  /** The arXiv record when exactly one of the two is one, otherwise the record with the lower id. */
  first: PaperRecord;
  second: PaperRecord;
  /** In the order of MatchReason: a shared DOI first. */
  reasons: MatchReason[];
}

/** Two records the user linked as the same paper. */
export interface LinkedPair {
  first: PaperRecord;
  second: PaperRecord;
}

/**
 * Reduces text to its letters and digits, lower-cased and without accents, so that
 * "Pre-training of Deep {B}idirectional Transformers" and "Pretraining of deep
 * bidirectional transformers" compare equal. Returns '' for text without either.
 */
export function matchKey(text: string): string {
  // Most titles are ASCII. Skipping Unicode normalisation for them halved the time for
  // 50,000 generated titles (scripts/bench/data.ts) on a 2-core machine.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Reduces the first author's family name with matchKey; '' when there is no author. */
function firstAuthorKey(authors: readonly string[]): string {
  const first = authors[0];
  if (!first) return '';
  const name = splitName(first);
  return matchKey(name.family ?? name.literal ?? first);
}

/** Reads the DOI a record names, lower-cased: its id's DOI, or the `doi` field of an arXiv record. */
function doiKey(record: PaperRecord): string | null {
  if (isDoiPaperId(record.id)) return bareDoi(record.id);
  return record.doi ? normaliseDoi(record.doi) : null;
}

/**
 * Groups records for the weaker match: the same normalised title and the same first
 * author's family name. The title alone is not enough, because different works share
 * titles such as "Deep learning" or "Introduction". The family name tolerates the given
 * names that publishers abbreviate ("Y. LeCun" for "Yann LeCun"). Records without a title
 * key or an author are never grouped. Authors are split only for records whose title
 * matches another's, which keeps a large library fast.
 */
function groupByTitleAndAuthor(records: readonly PaperRecord[]): PaperRecord[][] {
  return groupBy(records, (record) => matchKey(record.title) || null).flatMap((group) =>
    groupBy(group, (record) => firstAuthorKey(record.authors) || null),
  );
}

function groupBy(records: readonly PaperRecord[], key: (record: PaperRecord) => string | null): PaperRecord[][] {
  const groups = new Map<string, PaperRecord[]>();
  for (const record of records) {
    const value = key(record);
    if (value === null) continue;
    const group = groups.get(value);
    if (group) group.push(record);
    else groups.set(value, [record]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/** Checks whether either record lists the other in `linkedIds`. */
export function areLinked(a: PaperRecord, b: PaperRecord): boolean {
  return a.linkedIds.includes(b.id) || b.linkedIds.includes(a.id);
}

/** Checks whether the user marked the two records as different papers, on either side. */
export function isDismissed(a: PaperRecord, b: PaperRecord): boolean {
  return a.dismissedIds.includes(b.id) || b.dismissedIds.includes(a.id);
}

/** Orders a pair: the arXiv record first when exactly one is one, otherwise the lower id first. */
export function orderPair(a: PaperRecord, b: PaperRecord): [PaperRecord, PaperRecord] {
  const aIsArxiv = isArxivPaperId(a.id);
  if (aIsArxiv !== isArxivPaperId(b.id)) return aIsArxiv ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}

function pairKey(a: PaperId, b: PaperId): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

const REASON_ORDER: readonly MatchReason[] = ['same-doi', 'same-title-and-first-author'];

/**
 * Finds pairs of records that may be the same paper: the same DOI (an arXiv record whose
 * `doi` is a DOI record's DOI, or two records naming one DOI), or the same normalised
 * title and first author's family name. Never pairs a record with itself, and skips pairs
 * the user linked or dismissed. Nothing is merged: the result only lists suggestions.
 * Pairs sharing a DOI come first, then pairs by the first record's title.
 */
export function findDuplicateCandidates(records: readonly PaperRecord[]): DuplicateCandidate[] {
  const candidates = new Map<string, { pair: [PaperRecord, PaperRecord]; reasons: Set<MatchReason> }>();

  function addGroupPairs(group: readonly PaperRecord[], reason: MatchReason) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i]!;
        const b = group[j]!;
        if (a.id === b.id || areLinked(a, b) || isDismissed(a, b)) continue;
        const key = pairKey(a.id, b.id);
        const found = candidates.get(key) ?? { pair: orderPair(a, b), reasons: new Set<MatchReason>() };
        found.reasons.add(reason);
        candidates.set(key, found);
      }
    }
  }

  for (const group of groupBy(records, doiKey)) addGroupPairs(group, 'same-doi');
  for (const group of groupByTitleAndAuthor(records)) addGroupPairs(group, 'same-title-and-first-author');

  const result = [...candidates.values()].map(({ pair: [first, second], reasons }) => ({
    first,
    second,
    reasons: REASON_ORDER.filter((reason) => reasons.has(reason)),
  }));
  return result.sort(compareCandidates);
}

const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareCandidates(a: DuplicateCandidate, b: DuplicateCandidate): number {
  const strength = Number(b.reasons.includes('same-doi')) - Number(a.reasons.includes('same-doi'));
  if (strength !== 0) return strength;
  const byTitle = titleCollator.compare(a.first.title, b.first.title);
  if (byTitle !== 0) return byTitle;
  return pairKey(a.first.id, a.second.id) < pairKey(b.first.id, b.second.id) ? -1 : 1;
}

/**
 * Lists the pairs the user linked, each once, ordered like orderPair and then by the first
 * record's title. A link to a paper no longer in `records` is left out; it stays stored,
 * so undoing that paper's deletion brings the link back.
 */
export function findLinkedPairs(records: readonly PaperRecord[]): LinkedPair[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const pairs = new Map<string, LinkedPair>();
  for (const record of records) {
    for (const id of record.linkedIds) {
      const other = byId.get(id);
      if (!other || other.id === record.id) continue;
      const [first, second] = orderPair(record, other);
      pairs.set(pairKey(first.id, second.id), { first, second });
    }
  }
  return [...pairs.values()].sort(
    (a, b) => titleCollator.compare(a.first.title, b.first.title) || (pairKey(a.first.id, a.second.id) < pairKey(b.first.id, b.second.id) ? -1 : 1),
  );
}
