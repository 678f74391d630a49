import { bareArxivId, bareDoi, isDoiPaperId } from '../ids';
import type { PaperId, PaperRecord } from '../paper';
import { splitName } from './names';
import { publicationDate } from './publication-date';

const FOLDED_LETTERS: Record<string, string> = {
  ß: 'ss', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ı: 'i', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', đ: 'd', Đ: 'D', ŋ: 'ng', Ŋ: 'Ng',
};

/** Latin letters without their accents; letters of other scripts are dropped. */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x00-\x7f]/g, (char) => FOLDED_LETTERS[char] ?? '');
}

const TITLE_STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'by', 'can', 'do', 'does', 'for', 'from', 'how',
  'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'the', 'to', 'toward', 'towards',
  'via', 'what', 'when', 'where', 'which', 'why', 'with',
]);

function keyWord(text: string): string {
  return foldToAscii(text).toLowerCase().replace(/[^a-z0-9]/g, '');
}

function firstAuthorKey(authors: readonly string[]): string {
  const first = authors[0];
  if (!first) return '';
  const name = splitName(first);
  return keyWord(name.family ?? name.literal ?? first);
}

function firstTitleWord(title: string): string {
  for (const word of title.split(/[^\p{L}\p{N}]+/u)) {
    const folded = keyWord(word);
    if (folded && !TITLE_STOP_WORDS.has(folded)) return folded;
  }
  return '';
}

/** Key of a paper without a usable author: arxiv240112345, or doi101145 and the DOI's letters and digits. */
function idKey(id: PaperId): string {
  return isDoiPaperId(id) ? `doi${keyWord(bareDoi(id))}` : `arxiv${keyWord(bareArxivId(id))}`;
}

/**
 * Builds the key before collisions are resolved: vaswani2017attention. When the first
 * author's family name has no Latin letters (李华) or there is no author, the key is
 * built from the id instead: arxiv240112345. A paper with no known date (a DOI record
 * without a published date) gets a key without a year: smithdeep.
 */
export function baseCitationKey(paper: Pick<PaperRecord, 'id' | 'authors' | 'title' | 'published'>): string {
  const author = firstAuthorKey(paper.authors);
  if (!author) return idKey(paper.id);
  const year = publicationDate(paper)?.year ?? '';
  return `${author}${year}${firstTitleWord(paper.title)}`;
}

function compareIds(a: { id: string }, b: { id: string }): number {
  if (a.id < b.id) return -1;
  if (a.id > b.id) return 1;
  return 0;
}

function letterSuffix(index: number): string {
  // 0 -> a, 25 -> z, 26 -> aa, like spreadsheet columns.
  let suffix = '';
  let rest = index;
  do {
    suffix = String.fromCharCode(97 + (rest % 26)) + suffix;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return suffix;
}

/**
 * Assigns each paper a citation key, unique within the export. Papers sharing a base
 * key are ordered by id, the first keeps the base key and the next ones get b, c, ...
 * appended, so a key changes only when a paper with a lower id and the same base key
 * joins the export.
 */
export function assignCitationKeys(
  papers: readonly Pick<PaperRecord, 'id' | 'authors' | 'title' | 'published'>[],
): Map<PaperId, string> {
  // Code unit order, so the result does not depend on the runtime's locale.
  const sorted = [...papers].sort(compareIds);
  const keys = new Map<PaperId, string>();
  const used = new Set<string>();
  // Next suffix to try per base key, so a large collision group costs linear time.
  const nextSuffix = new Map<string, number>();

  for (const paper of sorted) {
    if (keys.has(paper.id)) continue;
    const base = baseCitationKey(paper);
    let key = base;
    // Index 1 is "b": the first paper of a collision group keeps the bare key.
    let index = nextSuffix.get(base) ?? 1;
    while (used.has(key)) {
      key = base + letterSuffix(index);
      index += 1;
    }
    nextSuffix.set(base, index);
    used.add(key);
    keys.set(paper.id, key);
  }
  return keys;
}
