import { ARXIV_DOI_PREFIX, doiUrl, normaliseDoi } from './doi';
import type { PaperId } from './paper';

/** A canonical paper id with the arXiv version that the text or URL named, if any. */
export interface ParsedPaperId {
  id: PaperId;
  version?: number;
}

/**
 * Archives that issued ids under the scheme used until March 2007 (`hep-th/9901001`).
 * The list is closed so that a path such as `/abs/nonsense/9901001` never reads as an id.
 */
const OLD_STYLE_ARCHIVES = new Set([
  'acc-phys', 'adap-org', 'alg-geom', 'ao-sci', 'astro-ph', 'atom-ph', 'bayes-an',
  'chao-dyn', 'chem-ph', 'cmp-lg', 'comp-gas', 'cond-mat', 'cs', 'dg-ga', 'funct-an',
  'gr-qc', 'hep-ex', 'hep-lat', 'hep-ph', 'hep-th', 'math', 'math-ph', 'mtrl-th', 'nlin',
  'nucl-ex', 'nucl-th', 'patt-sol', 'physics', 'plasm-ph', 'q-alg', 'q-bio', 'quant-ph',
  'solv-int', 'supr-con',
]);

// YYMM.NNNNN since January 2015, YYMM.NNNN from April 2007 to December 2014.
const NEW_STYLE = /^(\d{2})(\d{2})\.(\d{4,5})(?:v(\d+))?$/;
// archive, optional subject class (math.GT), then YYMMNNN: `math.GT/0309136v2`.
const OLD_STYLE = /^([a-z-]+)(?:\.[a-z-]+)?\/(\d{2})(\d{2})(\d{3})(?:v(\d+))?$/i;

const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);
const HUGGINGFACE_HOSTS = new Set(['huggingface.co', 'www.huggingface.co']);

function parseVersion(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const version = Number(text);
  return version >= 1 ? version : null;
}

function withVersion(id: string, versionText: string | undefined): ParsedPaperId | null {
  const version = parseVersion(versionText);
  if (version === null) return null;
  const parsed: ParsedPaperId = { id: `arxiv:${id}` };
  if (version !== undefined) parsed.version = version;
  return parsed;
}

function parseNewStyle(text: string): ParsedPaperId | null {
  const match = NEW_STYLE.exec(text);
  if (!match) return null;
  const [, yy = '', mm = '', serial = '', version] = match;
  const month = Number(mm);
  const yearMonth = Number(yy + mm);
  if (month < 1 || month > 12 || yearMonth < 704) return null;
  // Serials have five digits from 1501 on and four digits before.
  const expectedDigits = yearMonth >= 1501 ? 5 : 4;
  if (serial.length !== expectedDigits) return null;
  return withVersion(`${yy}${mm}.${serial}`, version);
}

function parseOldStyle(text: string): ParsedPaperId | null {
  const match = OLD_STYLE.exec(text);
  if (!match) return null;
  const [, archiveText = '', yy = '', mm = '', serial = '', version] = match;
  const archive = archiveText.toLowerCase();
  const year = Number(yy);
  const month = Number(mm);
  if (!OLD_STYLE_ARCHIVES.has(archive)) return null;
  // The old scheme ran from August 1991 to March 2007.
  if (month < 1 || month > 12 || (year > 7 && year < 91) || (year === 7 && month > 3)) return null;
  return withVersion(`${archive}/${yy}${mm}${serial}`, version);
}

/**
 * Parses a bare arXiv identifier such as `2402.12354v2`, `arXiv:0704.0001` or
 * `math.GT/0309136`. The subject class of an old-style id is dropped because arXiv
 * does not count it as part of the identifier. Returns null for anything else.
 */
export function parseArxivId(text: string): ParsedPaperId | null {
  const bare = text.trim().replace(/^arxiv:/i, '');
  return parseNewStyle(bare) ?? parseOldStyle(bare);
}

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** Reads the id at the start of `rest`, where old-style ids span two path segments. */
function parseIdPath(rest: string, trailing: RegExp): ParsedPaperId | null {
  const match = /^([a-z-]+(?:\.[a-z-]+)?\/\d+(?:v\d+)?|\d{4}\.\d+(?:v\d+)?)(.*)$/i.exec(rest);
  if (!match) return null;
  const [, idText = '', after = ''] = match;
  if (!trailing.test(after)) return null;
  return parseArxivId(idText);
}

function parseArxivPath(path: string): ParsedPaperId | null {
  const match = /^\/(abs|pdf|html|format)\/(.+)$/.exec(path);
  if (!match) return null;
  const [, kind, rest = ''] = match;
  switch (kind) {
    case 'pdf':
      return parseIdPath(rest, /^(\.pdf)?\/?$/);
    case 'html':
      // HTML pages add a document path after the id: /html/2403.17537v1/S2.html.
      return parseIdPath(rest, /^(\/.*)?$/);
    default:
      return parseIdPath(rest, /^\/?$/);
  }
}

function parseHuggingfacePath(path: string): ParsedPaperId | null {
  const match = /^\/papers\/([^/]+)\/?$/.exec(path);
  if (!match?.[1]) return null;
  const parsed = parseArxivId(match[1]);
  // Hugging Face paper pages exist only for new-style ids, and always without a prefix.
  return parsed && /^\d/.test(match[1]) ? parsed : null;
}

/**
 * Parses the paper a URL points at: arXiv /abs/, /pdf/, /html/ and /format/ pages on
 * arxiv.org, www.arxiv.org and export.arxiv.org, and huggingface.co/papers/<id>.
 * Query strings and anchors are ignored. Returns null for any other URL.
 */
export function paperIdFromUrl(url: string | URL): ParsedPaperId | null {
  const parsedUrl = toUrl(url);
  if (!parsedUrl || (parsedUrl.protocol !== 'https:' && parsedUrl.protocol !== 'http:')) return null;
  const path = decodePath(parsedUrl.pathname);
  if (path === null) return null;
  const host = parsedUrl.hostname.toLowerCase();
  if (ARXIV_HOSTS.has(host)) return parseArxivPath(path);
  if (HUGGINGFACE_HOSTS.has(host)) return parseHuggingfacePath(path);
  return null;
}

/** Checks whether the id names an arXiv paper (`arxiv:<id>`). */
export function isArxivPaperId(id: PaperId): boolean {
  return id.startsWith('arxiv:');
}

/** Checks whether the id names a published paper by its DOI (`doi:<doi>`). */
export function isDoiPaperId(id: PaperId): boolean {
  return id.startsWith('doi:');
}

/** Drops the `arxiv:` prefix: `arxiv:hep-th/9901001` becomes `hep-th/9901001`. Meant for arXiv ids only. */
export function bareArxivId(id: PaperId): string {
  return id.replace(/^arxiv:/, '');
}

/** Checks whether the id uses the YYMM.NNNNN scheme that arXiv has issued since April 2007. */
export function isNewStyleId(id: PaperId): boolean {
  return isArxivPaperId(id) && /^\d/.test(bareArxivId(id));
}

function versionSuffix(version: number | undefined): string {
  return version === undefined ? '' : `v${version}`;
}

/**
 * Builds the URL of the paper's landing page: the arXiv abstract page, or the doi.org URL
 * of a DOI id. DOIs have no versions, so `version` is ignored for them.
 */
export function absUrl(id: PaperId, version?: number): string {
  if (isDoiPaperId(id)) return doiUrl(bareDoi(id));
  return `https://arxiv.org/abs/${bareArxivId(id)}${versionSuffix(version)}`;
}

/** Builds the arXiv PDF URL; undefined for a DOI id, because only the publisher's page links its PDF. */
export function pdfUrl(id: PaperId, version?: number): string | undefined {
  if (!isArxivPaperId(id)) return undefined;
  return `https://arxiv.org/pdf/${bareArxivId(id)}${versionSuffix(version)}`;
}

/** Hugging Face paper page, or undefined for old-style arXiv ids and DOI ids, which have none. */
export function huggingfaceUrl(id: PaperId): string | undefined {
  return isNewStyleId(id) ? `https://huggingface.co/papers/${bareArxivId(id)}` : undefined;
}

/** Drops the `doi:` prefix: `doi:10.1145/3292500.3330701` becomes `10.1145/3292500.3330701`. */
export function bareDoi(id: PaperId): string {
  return id.replace(/^doi:/, '');
}

/** Reads the DOI of a paper as its source wrote it: the `doi` field, or for a DOI id without one, the id's DOI. */
export function paperDoi(paper: { id: PaperId; doi?: string | undefined }): string | undefined {
  return paper.doi ?? (isDoiPaperId(paper.id) ? bareDoi(paper.id) : undefined);
}

/**
 * Turns a DOI in any form that parseDoi reads into the paper's canonical id: `doi:` and
 * the lower-cased DOI, or the `arxiv:` id for a DOI that arXiv registered for its own
 * preprints (10.48550/arXiv.<id>), so one preprint never gets two ids. Returns null when
 * the text is not a DOI.
 */
export function paperIdFromDoi(text: string): ParsedPaperId | null {
  const doi = normaliseDoi(text);
  if (doi === null) return null;
  if (doi.startsWith(ARXIV_DOI_PREFIX)) return parseArxivId(doi.slice(ARXIV_DOI_PREFIX.length));
  return { id: `doi:${doi}` };
}

export { ARXIV_DOI_PREFIX, doiUrl, normaliseDoi, parseDoi } from './doi';
