import { isSaved, type PaperRecord, type ReadingStatus } from './paper';
import { tagKey } from './tags';

/** `any` shows every paper; `unsaved` shows papers with only tags or a note. */
export type StatusFilter = 'any' | 'saved' | 'unsaved' | ReadingStatus;

export const SORT_ORDERS = {
  'saved-desc': 'Date saved, newest first',
  'saved-asc': 'Date saved, oldest first',
  'title-asc': 'Title, A to Z',
  'title-desc': 'Title, Z to A',
} as const;
export type SortOrder = keyof typeof SORT_ORDERS;

export interface LibraryFilter {
  tag: string;
  status: StatusFilter;
  sort: SortOrder;
}

export const DEFAULT_FILTER: LibraryFilter = { tag: '', status: 'any', sort: 'saved-desc' };

function matchesStatus(record: PaperRecord, status: StatusFilter): boolean {
  switch (status) {
    case 'any':
      return true;
    case 'saved':
      return isSaved(record);
    case 'unsaved':
      return !isSaved(record);
    default:
      return isSaved(record) && record.status === status;
  }
}

const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Time a paper sorts by under "date saved": when saved, or when created for papers not in the list. */
function savedTime(record: PaperRecord): number {
  return record.savedAt ?? record.createdAt;
}

/** Keeps the records that pass the tag and status filters, in their given order. */
export function filterRecords(records: readonly PaperRecord[], filter: Pick<LibraryFilter, 'tag' | 'status'>): PaperRecord[] {
  const tag = tagKey(filter.tag);
  return records.filter(
    (record) => matchesStatus(record, filter.status) && (!tag || record.tags.some((own) => tagKey(own) === tag)),
  );
}

/** Returns a sorted copy. */
export function sortRecords(records: readonly PaperRecord[], sort: SortOrder): PaperRecord[] {
  const copy = [...records];
  switch (sort) {
    case 'saved-desc':
      return copy.sort((a, b) => savedTime(b) - savedTime(a) || a.id.localeCompare(b.id));
    case 'saved-asc':
      return copy.sort((a, b) => savedTime(a) - savedTime(b) || a.id.localeCompare(b.id));
    case 'title-asc':
      return copy.sort((a, b) => titleCollator.compare(a.title, b.title));
    case 'title-desc':
      return copy.sort((a, b) => titleCollator.compare(b.title, a.title));
  }
}

/** Applies the tag and status filters and the sort order; does not change its input. */
export function applyFilter(records: readonly PaperRecord[], filter: LibraryFilter): PaperRecord[] {
  return sortRecords(filterRecords(records, filter), filter.sort);
}
