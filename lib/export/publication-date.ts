import { bareArxivId, isArxivPaperId } from '../ids';
import type { PaperRecord } from '../paper';

export interface PublicationDate {
  year: number;
  /** 1 to 12; absent when only the year of a published paper is known. */
  month?: number;
  /** Absent when only the arXiv id or a year and month date the paper. */
  day?: number;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * Dates a paper. An arXiv paper is dated by its first version: the `published` field
 * when it starts with an ISO year and month, otherwise the year and month in the arXiv
 * id. The id gives them as YYMM.NNNNN, or as archive/YYMMNNN for ids issued from 1991 to
 * March 2007. A paper with a DOI id is dated by `published` alone, which may be only a
 * year, and has no date without it.
 */
export function publicationDate(paper: Pick<PaperRecord, 'id' | 'published'>): PublicationDate | undefined {
  const published = ISO_DATE.exec(paper.published ?? '');
  const isArxiv = isArxivPaperId(paper.id);
  if (published && (published[2] || !isArxiv)) {
    const date: PublicationDate = { year: Number(published[1]) };
    if (published[2]) date.month = Number(published[2]);
    if (published[2] && published[3]) date.day = Number(published[3]);
    return date;
  }
  if (!isArxiv) return undefined;

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

/** Formats the date as ISO 8601 text with the precision known: 2024, 2024-05 or 2024-05-17. */
export function formatPublicationDate(date: PublicationDate): string {
  if (date.month === undefined) return String(date.year);
  const yearMonth = `${date.year}-${pad(date.month)}`;
  return date.day === undefined ? yearMonth : `${yearMonth}-${pad(date.day)}`;
}
