/**
 * DOI syntax as the DOI Handbook ("General Characteristics of the DOI Syntax") gives it:
 * the prefix "10." plus a registrant code, which may have dot-separated subdivisions
 * (10.1000.10), then "/" and a suffix of any printable characters. This parser takes
 * registrant codes of four to nine digits. It rejects whitespace, control characters and
 * unpaired surrogates: a space would end a DOI in running text, and the others cannot be
 * printed.
 */
const DOI = /^10\.\d{4,9}(?:\.\d+)*\/[^\s\p{Cc}\p{Cs}]+$/u;

/** Longest DOI accepted, the length that the `doi` field of a stored record allows. */
export const MAX_DOI_LENGTH = 300;

/** Prefix of the DOIs that arXiv registers for its preprints (10.48550/arXiv.2401.00001), lower-cased. */
export const ARXIV_DOI_PREFIX = '10.48550/arxiv.';

const DOI_HOSTS = new Set(['doi.org', 'dx.doi.org', 'www.doi.org']);

// "doi:10.1000/182", "DOI: 10.1000/182", "info:doi/10.1000/182", "urn:doi:10.1000/182".
const DOI_SCHEME = /^(?:doi:\s*|info:doi\/|urn:doi:)/i;

/** Reads the DOI out of a doi.org URL, percent-decoded; null for any other URL or an undecodable path. */
function doiFromUrl(text: string): string | null {
  const withScheme = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!DOI_HOSTS.has(url.hostname.toLowerCase())) return null;
  try {
    return decodeURIComponent(url.pathname.slice(1));
  } catch {
    return null;
  }
}

/**
 * Parses a DOI written bare (`10.1000/182`), with a scheme (`doi:`, `info:doi/`,
 * `urn:doi:`) or as a doi.org, dx.doi.org or www.doi.org URL with or without
 * `https://`. A URL's query and fragment are ignored. Returns the bare DOI in the case
 * it was written, or null when the text is not a DOI.
 */
export function parseDoi(text: string): string | null {
  const trimmed = text.trim();
  const doi = /^(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\//i.test(trimmed)
    ? doiFromUrl(trimmed)
    : trimmed.replace(DOI_SCHEME, '');
  if (doi === null || doi.length > MAX_DOI_LENGTH || !DOI.test(doi)) return null;
  return doi;
}

/**
 * Parses a DOI as parseDoi does and lower-cases its ASCII letters, the form paper ids
 * and comparisons use. DOIs are case-insensitive, but the DOI Handbook leaves the exact
 * rule for non-ASCII letters open, so those are kept as written.
 */
export function normaliseDoi(text: string): string | null {
  const doi = parseDoi(text);
  return doi === null ? null : doi.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/**
 * Builds the doi.org URL of a bare DOI. Characters that may not stand in a URL path (such as
 * #, ?, %, <, > and spaces) are percent-encoded, as doi.org expects.
 */
export function doiUrl(doi: string): string {
  const path = doi.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu, (character) => encodeURIComponent(character));
  return `https://doi.org/${path}`;
}
