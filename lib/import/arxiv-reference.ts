import { type ParsedPaperId, paperIdFromUrl, parseArxivId } from '../ids';

// "arXiv:2401.00001v2", "arXiv: hep-th/9711200", "arXiv:math.GT/0309136".
const ARXIV_REFERENCE = /arxiv:\s*([a-z-]+(?:\.[a-z]{2})?\/\d{7}(?:v\d+)?|\d{4}\.\d{4,5}(?:v\d+)?)/i;

// arXiv's DataCite DOIs: 10.48550/arXiv.2401.00001.
const ARXIV_DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.48550\/arxiv\.(.+)$/i;

/** Finds an "arXiv:<id>" reference inside free text such as "arXiv preprint arXiv:1706.03762". */
export function findArxivReference(text: string | undefined): ParsedPaperId | null {
  const match = text ? ARXIV_REFERENCE.exec(text) : null;
  return match?.[1] ? parseArxivId(match[1]) : null;
}

/** Reads the id out of an arXiv DOI; null for any other DOI. */
export function arxivIdFromDoi(doi: string | undefined): ParsedPaperId | null {
  const match = doi ? ARXIV_DOI.exec(doi.trim()) : null;
  return match?.[1] ? parseArxivId(match[1]) : null;
}

export function isArxivDoi(doi: string): boolean {
  return ARXIV_DOI.test(doi.trim());
}

/**
 * Checks whether a note only repeats the arXiv reference, such as "arXiv:2401.00001 [cs]".
 * Zotero writes one in the note field of every preprint, and it is not the user's text.
 */
export function isArxivReferenceNote(note: string): boolean {
  return /^\s*arxiv:\s*\S+(\s*\[[^\]]*\])?\s*$/i.test(note);
}

/** Tries each source in order and returns the first arXiv id found. */
export function firstArxivId(sources: readonly (() => ParsedPaperId | null)[]): ParsedPaperId | null {
  for (const source of sources) {
    const found = source();
    if (found) return found;
  }
  return null;
}

export function arxivIdFromUrl(url: string | undefined): ParsedPaperId | null {
  return url ? paperIdFromUrl(url.trim()) : null;
}
