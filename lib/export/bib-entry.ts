import type { PaperRecord } from '../paper';
import { encodeLatex, type LatexMode } from './latex';
import { splitName } from './names';

/** One field of a .bib entry; `value` is written as is, so it must already be encoded. */
export interface BibField {
  name: string;
  value: string;
  /** Month macros (jan, feb, ...) are written without braces. */
  bare?: boolean;
}

export const MONTH_MACROS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
] as const;

/** Writes one entry with fields aligned, one per line, and a trailing blank line. */
export function formatBibEntry(type: string, key: string, fields: readonly BibField[]): string {
  const width = Math.max(...fields.map((field) => field.name.length));
  const lines = fields.map((field) => {
    const value = field.bare ? field.value : `{${field.value}}`;
    return `  ${field.name.padEnd(width)} = ${value},`;
  });
  return `@${type}{${key},\n${lines.join('\n')}\n}\n`;
}

/**
 * Encodes one author for a BibTeX name list in "von Last, Jr, First" form, which
 * leaves bibtex and biber nothing to guess. Group names are braced so that their
 * words, including "and", stay one name.
 */
export function encodeAuthor(name: string, mode: LatexMode): string {
  const parts = splitName(name);
  if (parts.literal !== undefined) {
    const literal = encodeLatex(parts.literal, mode);
    return parts.literal.includes(' ') ? `{${literal}}` : literal;
  }
  const family = [parts.particle, parts.family].filter(Boolean).join(' ');
  const sections = [family, parts.suffix, parts.given].filter((part): part is string => !!part);
  return sections.map((part) => encodeLatex(part, mode)).join(', ');
}

export function encodeAuthors(authors: readonly string[], mode: LatexMode): string {
  return authors.map((author) => encodeAuthor(author, mode)).join(' and ');
}

/**
 * Makes a URL or DOI safe inside braces. Both are read verbatim by url-aware styles, so
 * LaTeX escapes would corrupt them; braces and backslashes are percent-encoded instead.
 */
export function encodeVerbatim(value: string): string {
  return value.replace(/[{}\\]/g, (char) => encodeURIComponent(char)).replace(/\s+/g, '');
}

/** Tags as a comma-separated keywords value, a comma inside a tag replaced by a space. */
export function encodeKeywords(tags: readonly string[], mode: LatexMode): string {
  return tags.map((tag) => encodeLatex(keywordText(tag), mode)).join(', ');
}

/** Replaces commas in a tag by a space, because commas separate keywords in .bib and CSL files. */
export function keywordText(tag: string): string {
  return tag.replace(/\s*,\s*/g, ' ').trim();
}

/** Encodes the user's note, with trailing spaces removed from each line. */
export function encodeNote(note: string, mode: LatexMode): string {
  return encodeLatex(note.replace(/[ \t]+$/gm, '').trim(), mode);
}


/** Entry type of a published paper and the field that names its venue. */
export interface PublishedEntryType {
  type: 'article' | 'inproceedings' | 'misc';
  /** Absent for @misc, which is used when the venue is unknown. */
  venueField?: string;
}

/**
 * Picks the entry type of a paper with a DOI id. A conference paper is @inproceedings
 * with booktitle, and a journal paper is @article with `journalField` (journal in BibTeX,
 * journaltitle in BibLaTeX). A record without venue is @misc, because bibtex warns about
 * an @article without a journal.
 */
export function publishedEntryType(
  paper: Pick<PaperRecord, 'venue' | 'venueType'>,
  journalField: 'journal' | 'journaltitle',
): PublishedEntryType {
  if (!paper.venue?.trim()) return { type: 'misc' };
  if (paper.venueType === 'proceedings') return { type: 'inproceedings', venueField: 'booktitle' };
  return { type: 'article', venueField: journalField };
}
