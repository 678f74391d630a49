import { bareArxivId } from '../ids';
import type { PaperRecord } from '../paper';

export interface PublicationDate {
  year: number;
  /** 1 to 12. */
  month: number;
  /** Absent when only the arXiv id dates the paper. */
  day?: number;
}

/**
 * Dates a paper by its first version: the `published` field when it starts with an
 * ISO date, otherwise the year and month encoded in the arXiv id (YYMM.NNNNN, or
 * archive/YYMMNNN for ids issued from 1991 to March 2007).
 */
export function publicationDate(paper: Pick<PaperRecord, 'id' | 'published'>): PublicationDate {
  const published = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(paper.published ?? '');
  if (published) {
    const date: PublicationDate = { year: Number(published[1]), month: Number(published[2]) };
    if (published[3]) date.day = Number(published[3]);
    return date;
  }

  const bare = bareArxivId(paper.id);
  const digits = bare.includes('/') ? (bare.split('/')[1] ?? '') : bare;
  const yy = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  // Old-style ids start in 1991, so 91 to 99 are 1990s years.
  const year = yy >= 91 ? 1900 + yy : 2000 + yy;
  return { year, month };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Formats the date as ISO 8601 text with the precision known: 2024-05 or 2024-05-17. */
export function formatPublicationDate(date: PublicationDate): string {
  const yearMonth = `${date.year}-${pad(date.month)}`;
  return date.day === undefined ? yearMonth : `${yearMonth}-${pad(date.day)}`;
}
