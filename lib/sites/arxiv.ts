import { absUrl, huggingfaceUrl, paperIdFromUrl, parseArxivId, pdfUrl, type ParsedPaperId } from '../ids';
import type { PaperLinks, PaperMetadata, PaperMetadataInput } from '../paper';
import {
  categoriesFromSubjects,
  collapseWhitespace,
  elementText,
  isCategoryCode,
  metaContent,
  metaContents,
  queryAllFirst,
  queryFirst,
  resolveHref,
  textWithout,
  toIsoDate,
} from './dom';
import { compactEntries, locatedEntry, once, readLocations, toPaperEntry } from './entry';
import type { PaperEntry, PaperLocation, SiteAdapter } from './types';

/**
 * Every selector the arXiv adapter uses. Where a list has alternatives they are tried
 * in order, newest page generation first.
 */
export const SELECTORS = {
  /** Labels such as "Title:" and "Authors:" that arXiv prints inside the fields. */
  label: '.descriptor',
  listing: {
    items: [
      // Listings before and after the 2024 redesign: dt/dd pairs inside div#dlpage. Since
      // 2024 each section is its own dl#articles with the h3 heading inside it.
      '#dlpage dl > dt',
      // Listing pages saved without their page frame.
      'dl > dt',
    ],
    absLink: [
      // The id link carries title="Abstract" on the 2026 listing and on the 2023 month page.
      'a[title="Abstract"]',
      // Older listings put the id link in span.list-identifier.
      '.list-identifier a[href*="/abs/"]',
      'a[href*="/abs/"]',
    ],
    // HTML links (on the 2026 listing) name the version that the listing announced: /html/2610.08778v1.
    htmlLink: 'a[title="View HTML"], a[href*="/html/"]',
    title: '.list-title',
    authors: '.list-authors a',
    authorsBlock: '.list-authors',
    comments: '.list-comments',
    subjects: '.list-subjects',
    primarySubject: '.primary-subject',
    // Only /new pages print abstracts, as a bare p.mathjax in div.meta.
    abstract: 'p.mathjax',
  },
  search: {
    // arxiv.org/search results. NOTE: no real saved results page is in the fixtures, so these
    // selectors are only checked against the hand-written model of the current markup.
    result: 'li.arxiv-result',
    absLink: ['p.list-title a[href*="/abs/"]', 'a[href*="/abs/"]'],
    title: 'p.title',
    authors: 'p.authors a',
    abstract: 'span.abstract-full',
    // The "More" and "Less" toggles inside the abstract.
    abstractToggle: 'a.is-size-7, a[onclick]',
    // The primary category tag comes first and carries is-link.
    categoryTags: '.tags span.tag[data-tooltip]',
    doiLink: '.tags a[href*="doi.org/"]',
    dateLine: 'p.is-size-7',
    comments: 'p.comments',
  },
  abs: {
    // The 2021 and the 2026 abstract pages share this structure.
    title: 'h1.title',
    // Author search links only: long lists (2026) end with a javascript: "et al." toggle.
    authors: ['div.authors a[href*="searchtype=author"]', 'div.authors a:not([href^="javascript:"])'],
    abstract: 'blockquote.abstract',
    subjects: 'td.tablecell.subjects',
    primarySubject: '.primary-subject',
    comments: 'td.tablecell.comments',
    // The DOI row of the metadata table, labelled "Related DOI" on current pages.
    doiLink: ['td.tablecell.doi a', 'td.doi a'],
    // The "(or arXiv:2106.09608v2 for this version)" link names the version shown.
    versionLink: 'td.tablecell.arxividv a',
    history: '.submission-history',
  },
  html: {
    // LaTeXML pages at /html/<id>, the same markup as ar5iv. Checked only against a
    // hand-written model, because no real saved page is in the fixtures.
    title: ['h1.ltx_title_document', 'article h1.ltx_title', 'h1.ltx_title'],
    personName: '.ltx_authors .ltx_personname',
    // Footnote marks, thanks notes and contact blocks inside names and titles.
    notes: '.ltx_note, .ltx_role_footnote, .ltx_contact, sup, .ltx_sup',
    abstract: '.ltx_abstract',
    abstractTitle: '.ltx_title_abstract, h6',
    // "arXiv:2403.17537v1 [cs.CV] 26 Mar 2024" in the top corner.
    watermark: '#watermark-tr',
  },
  // The first code repository linked from the comments ("Code: this https URL"). It can
  // name a baseline rather than the paper's own code, which arXiv has no field for.
  codeLink: 'a[href*="github.com/"], a[href*="gitlab.com/"]',
} as const;

const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);

// /list/<category>/<new|recent|pastweek|YYMM|YYYY-MM|YY|YYYY> and /catchup/<category>/<date>.
const LISTING_PATH =
  /^\/(?:list\/[^/]+\/(?:new|recent|pastweek|\d{2}|\d{4}|\d{4}-\d{2})|catchup\/[^/]+\/[\d-]+)\/?$/;
const SEARCH_PATH = /^\/search(?:\/[a-z-]+)?\/?$/;
const ADVANCED_SEARCH_PATH = /^\/search\/advanced\/?$/;

type PageKind = 'listing' | 'search' | 'abs' | 'html';

function pageKind(url: URL): PageKind | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!ARXIV_HOSTS.has(url.hostname.toLowerCase())) return undefined;
  const path = url.pathname;
  if (LISTING_PATH.test(path)) return 'listing';
  if (ADVANCED_SEARCH_PATH.test(path)) return url.searchParams.has('advanced') ? 'search' : undefined;
  if (SEARCH_PATH.test(path)) return url.searchParams.get('query') ? 'search' : undefined;
  if (/^\/abs\//.test(path) && paperIdFromUrl(url)) return 'abs';
  if (/^\/html\//.test(path) && paperIdFromUrl(url)) return 'html';
  return undefined;
}

function standardLinks(id: ParsedPaperId['id'], code?: string): PaperLinks {
  const links: PaperLinks = { abs: absUrl(id), pdf: pdfUrl(id) };
  const huggingface = huggingfaceUrl(id);
  if (huggingface) links.huggingface = huggingface;
  if (code) links.code = code;
  return links;
}

// A comment can hold a repository URL as plain text rather than as a link.
const CODE_URL = /https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[\w.-]+\/[\w.-]*[\w-]/;

function codeLinkIn(element: Element | null, base: URL): string | undefined {
  if (!element) return undefined;
  const href = element.querySelector(SELECTORS.codeLink)?.getAttribute('href');
  return resolveHref(href, base)?.href ?? CODE_URL.exec(element.textContent ?? '')?.[0];
}

/** Reads categories with the primary one first, whatever order the page lists them in. */
function categoriesFrom(subjects: Element | null, primarySelector: string): string[] {
  if (!subjects) return [];
  const primary = categoriesFromSubjects(elementText(subjects.querySelector(primarySelector)));
  const all = categoriesFromSubjects(elementText(subjects));
  return [...new Set([...primary, ...all])];
}

function authorNames(links: Iterable<Element>): string[] {
  return [...links].map((link) => elementText(link)).filter((name) => name !== '');
}

/** Splits a plain author line such as "Authors: Jane Doe, John Roe" when it has no links. */
function authorsFromText(text: string): string[] {
  return text
    .replace(/^authors?:/i, '')
    .split(/,|\s+and\s+/)
    .map((name) => collapseWhitespace(name))
    .filter((name) => name !== '');
}

// --- listings: /list/..., /catchup/...

/**
 * Finds a listing entry's id, the little a bar needs at once; its title is read on first
 * use and read() reads the rest. The id link sits in the dt, every other field in the dd after it.
 */
function locateListingItem(dt: Element, pageUrl: URL): PaperLocation | null {
  const dd = dt.nextElementSibling;
  if (dd?.tagName !== 'DD') return null;

  const absHref = queryFirst(dt, SELECTORS.listing.absLink)?.getAttribute('href');
  const absTarget = resolveHref(absHref, pageUrl);
  const parsed = absTarget ? paperIdFromUrl(absTarget) : null;
  const titleElement = dd.querySelector(SELECTORS.listing.title);
  if (!parsed || !titleElement) return null;
  // The title's text is read when the bar is mounted, in a later and shorter task.
  const title = once(() => textWithout(titleElement, SELECTORS.label));

  const read = (): PaperMetadata | null => {
    const htmlTarget = resolveHref(dt.querySelector(SELECTORS.listing.htmlLink)?.getAttribute('href'), pageUrl);
    const htmlVersion = htmlTarget ? paperIdFromUrl(htmlTarget)?.version : undefined;
    const authorLinks = dd.querySelectorAll(SELECTORS.listing.authors);
    const authorsBlock = dd.querySelector(SELECTORS.listing.authorsBlock);
    const abstract = dd.querySelector(SELECTORS.listing.abstract);
    const metadata: PaperMetadataInput = {
      id: parsed.id,
      version: parsed.version ?? htmlVersion,
      title: title(),
      authors:
        authorLinks.length > 0
          ? authorNames(authorLinks)
          : authorsFromText(authorsBlock ? textWithout(authorsBlock, SELECTORS.label) : ''),
      abstract: abstract ? elementText(abstract) || undefined : undefined,
      categories: categoriesFrom(dd.querySelector(SELECTORS.listing.subjects), SELECTORS.listing.primarySubject),
      links: standardLinks(parsed.id, codeLinkIn(dd.querySelector(SELECTORS.listing.comments), pageUrl)),
    };
    return toPaperEntry(metadata, titleElement)?.metadata ?? null;
  };
  return {
    id: parsed.id,
    get title() {
      return title();
    },
    anchor: titleElement,
    read: once(read),
  };
}

function locateListing(document: Document, url: URL): PaperLocation[] {
  const items = queryAllFirst(document, SELECTORS.listing.items);
  const located: PaperLocation[] = [];
  for (const dt of items) {
    const location = locateListingItem(dt, url);
    if (location) located.push(location);
  }
  return located;
}

// --- search results: /search/?query=...

/**
 * Reads "Submitted 3 March, 2024; v1 submitted 15 January, 2024; originally announced
 * January 2024." The first date is the latest version's, the "v1 submitted" one the first's.
 */
function searchDates(text: string): Pick<PaperMetadataInput, 'published' | 'updated'> {
  const parts = text.split(';');
  const latest = toIsoDate(parts.find((part) => /^\s*submitted/i.test(part)) ?? '');
  const first = toIsoDate(parts.find((part) => /\bv1 submitted/i.test(part)) ?? '');
  return first ? { published: first, updated: latest } : { published: latest };
}

/** The full abstract's element id names the latest version: `2401.12345v2-abstract-full`. */
function searchVersion(abstract: Element | null): number | undefined {
  const elementId = abstract?.getAttribute('id') ?? '';
  return parseArxivId(elementId.replace(/-abstract-full$/, ''))?.version;
}

function readSearchResult(result: Element, pageUrl: URL): PaperEntry | null {
  const absHref = queryFirst(result, SELECTORS.search.absLink)?.getAttribute('href');
  const absTarget = resolveHref(absHref, pageUrl);
  const parsed = absTarget ? paperIdFromUrl(absTarget) : null;
  const titleElement = result.querySelector(SELECTORS.search.title);
  if (!parsed || !titleElement) return null;

  const abstract = result.querySelector(SELECTORS.search.abstract);
  const categories = [...result.querySelectorAll(SELECTORS.search.categoryTags)]
    .map((tag) => elementText(tag))
    .filter(isCategoryCode);
  const dateLine = [...result.querySelectorAll(SELECTORS.search.dateLine)].find((line) =>
    /^\s*submitted/i.test(line.textContent ?? ''),
  );
  const doi = elementText(result.querySelector(SELECTORS.search.doiLink));

  const metadata: PaperMetadataInput = {
    id: parsed.id,
    version: parsed.version ?? searchVersion(abstract),
    title: elementText(titleElement),
    authors: authorNames(result.querySelectorAll(SELECTORS.search.authors)),
    abstract: abstract ? textWithout(abstract, SELECTORS.search.abstractToggle) || undefined : undefined,
    ...searchDates(dateLine?.textContent ?? ''),
    categories: [...new Set(categories)],
    doi: doi || undefined,
    links: standardLinks(parsed.id, codeLinkIn(result.querySelector(SELECTORS.search.comments), pageUrl)),
  };
  return toPaperEntry(metadata, titleElement);
}

function readSearchResults(document: Document, url: URL): PaperEntry[] {
  const results = [...document.querySelectorAll(SELECTORS.search.result)];
  return compactEntries(results.map((result) => readSearchResult(result, url)));
}

// --- abstract pages: /abs/<id>

/** Reads "[v1] Thu, 17 Jun 2021 15:45:54 UTC (400 KB)" lines as version and date pairs. */
function submissionHistory(text: string): { version: number; date: string }[] {
  const versions: { version: number; date: string }[] = [];
  for (const match of text.matchAll(/\[v(\d+)\]\s*([^[]+)/g)) {
    const date = toIsoDate(match[2] ?? '');
    if (date) versions.push({ version: Number(match[1]), date });
  }
  return versions;
}

/** Turns a citation_author value such as "Riedl, Mark O." into "Mark O. Riedl". */
function nameFromCitation(name: string): string {
  const parts = name.split(',').map((part) => part.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : name;
}

function doiFrom(text: string | undefined): string | undefined {
  const doi = text?.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '').trim();
  return doi || undefined;
}

function readAbsPage(document: Document, url: URL): PaperEntry[] {
  const fromUrl = paperIdFromUrl(url);
  const titleElement = document.querySelector(SELECTORS.abs.title);
  if (!fromUrl || !titleElement) return [];

  const abs = SELECTORS.abs;
  const history = submissionHistory(elementText(document.querySelector(abs.history)));
  const versionTarget = resolveHref(document.querySelector(abs.versionLink)?.getAttribute('href'), url);
  const latestListed = history.at(-1);
  const version =
    fromUrl.version ?? (versionTarget && paperIdFromUrl(versionTarget)?.version) ?? latestListed?.version;

  // citation_date is the first version's date and citation_online_date the latest one's.
  const published = history[0]?.date ?? toIsoDate(metaContent(document, 'citation_date') ?? '');
  let updated = toIsoDate(metaContent(document, 'citation_online_date') ?? '');
  if (history.length > 1) updated = latestListed?.date;
  if (updated === published) updated = undefined;

  const authorLinks = queryAllFirst(document, abs.authors);
  const abstractElement = document.querySelector(abs.abstract);
  const abstract = abstractElement
    ? textWithout(abstractElement, SELECTORS.label)
    : metaContent(document, 'citation_abstract');
  // The arXiv-issued DOI (10.48550/arXiv.<id>) in td.arxivdoi is left out on purpose,
  // because it only restates the arXiv id. Only a publisher DOI is kept.
  const doi = doiFrom(metaContent(document, 'citation_doi') ?? elementText(queryFirst(document, abs.doiLink)));

  const metadata: PaperMetadataInput = {
    id: fromUrl.id,
    version,
    title: textWithout(titleElement, SELECTORS.label) || (metaContent(document, 'citation_title') ?? ''),
    authors:
      authorLinks.length > 0
        ? authorNames(authorLinks)
        : metaContents(document, 'citation_author').map(nameFromCitation),
    abstract: abstract || undefined,
    published,
    updated,
    categories: categoriesFrom(document.querySelector(abs.subjects), abs.primarySubject),
    doi,
    links: standardLinks(fromUrl.id, codeLinkIn(document.querySelector(abs.comments), url)),
  };
  return compactEntries([toPaperEntry(metadata, titleElement)]);
}

// --- HTML (LaTeXML) pages: /html/<id>

/** Keeps the text of a LaTeXML person name up to the first line break, which starts the affiliation. */
function personNames(personName: Element): string[] {
  const copy = personName.cloneNode(true) as Element;
  for (const note of copy.querySelectorAll(SELECTORS.html.notes)) note.remove();
  for (const lineBreak of copy.querySelectorAll('br')) lineBreak.replaceWith('\n');
  const firstLine = (copy.textContent ?? '').split('\n').find((line) => line.trim() !== '') ?? '';
  // NOTE: a name line with a comma inside one name ("Doe, Jr.") is split in two.
  return firstLine
    .split(/,|&|\s+and\s+/)
    .map((name) => collapseWhitespace(name))
    .filter((name) => /\p{L}/u.test(name) && !name.includes('@'));
}

function readWatermark(text: string): { version?: number; category?: string; date?: string } {
  const match = /arXiv:(\S+)\s*\[([^\]]+)\]\s*(.*)/.exec(text);
  if (!match) return {};
  const category = match[2]?.trim() ?? '';
  return {
    version: parseArxivId(match[1] ?? '')?.version,
    category: isCategoryCode(category) ? category : undefined,
    date: toIsoDate(match[3] ?? ''),
  };
}

function readHtmlPage(document: Document, url: URL): PaperEntry[] {
  const fromUrl = paperIdFromUrl(url);
  const titleElement = queryFirst(document, SELECTORS.html.title);
  if (!fromUrl || !titleElement) return [];

  const watermark = readWatermark(elementText(document.querySelector(SELECTORS.html.watermark)));
  const version = fromUrl.version ?? watermark.version;
  const abstractElement = document.querySelector(SELECTORS.html.abstract);
  const abstract = abstractElement ? textWithout(abstractElement, SELECTORS.html.abstractTitle) : '';
  const authors = [...document.querySelectorAll(SELECTORS.html.personName)].flatMap(personNames);
  // The watermark date belongs to the version shown, which is the first one only for v1.
  const dates = version === 1 ? { published: watermark.date } : { updated: watermark.date };

  const metadata: PaperMetadataInput = {
    id: fromUrl.id,
    version,
    title: textWithout(titleElement, SELECTORS.html.notes),
    authors: [...new Set(authors)],
    abstract: abstract || undefined,
    ...dates,
    categories: watermark.category ? [watermark.category] : [],
    links: standardLinks(fromUrl.id),
  };
  return compactEntries([toPaperEntry(metadata, titleElement)]);
}

/** Pages with few papers are read at once; listings, which can hold 2000, are read on demand. */
const LOCATORS: Record<PageKind, (document: Document, url: URL) => PaperLocation[]> = {
  listing: locateListing,
  search: (document, url) => readSearchResults(document, url).map(locatedEntry),
  abs: (document, url) => readAbsPage(document, url).map(locatedEntry),
  html: (document, url) => readHtmlPage(document, url).map(locatedEntry),
};

function locatePapers(document: Document, url: URL): PaperLocation[] {
  const kind = pageKind(url);
  return kind ? LOCATORS[kind](document, url) : [];
}

/** Reads arXiv listings, search results, abstract pages and HTML full-text pages. */
export const arxivAdapter: SiteAdapter = {
  id: 'arxiv',
  matches: (url) => pageKind(url) !== undefined,
  locatePapers,
  findPapers: (document, url) => readLocations(locatePapers(document, url)),
};
