import { absUrl, huggingfaceUrl, paperIdFromUrl, pdfUrl } from '../ids';
import type { PaperId, PaperLinks, PaperMetadataInput } from '../paper';
import { collapseWhitespace, elementText, queryAllFirst, queryFirst, resolveHref, toIsoDate } from './dom';
import { compactEntries, locatedEntry, toPaperEntry } from './entry';
import type { PaperEntry, SiteAdapter } from './types';

/**
 * Every selector the Hugging Face adapter uses. Where a list has alternatives they
 * are tried in order, newest page generation first.
 */
export const SELECTORS = {
  // Svelte components render on the server with their props as JSON in data-props
  // (2024 to 2026). Attribute order and quoting vary, so only attribute selectors are used.
  listProps: '[data-target="DailyPapers"][data-props]',
  paperProps: '[data-target="PaperContent"][data-props]',
  /** One card per paper on the list pages (2024 to 2026). */
  cards: ['article'],
  // The card title: h3 > a on the 2024 daily list and in both the desktop and the
  // md:hidden mobile block of the 2026 trending cards, where the first one is used.
  cardTitleLink: ['h3 a[href*="/papers/"]', 'h2 a[href*="/papers/"]'],
  cardCodeLink: 'a[href^="https://github.com/"]',
  // "Published on Oct 4, 2026" on 2026 cards; 2024 cards show no date.
  cardPublishedPattern: /Published on ([A-Za-z]{3,9}\.? \d{1,2}, \d{4})/,
  paper: {
    content: '[data-target="PaperContent"]',
    title: 'h1',
    // One span.author per author; claimed authors are links, the others buttons (2025).
    authorNames: '.author a, .author button',
    abstractHeading: 'h2',
    codeLink: 'a[href^="https://github.com/"]',
  },
} as const;

const HUGGINGFACE_HOSTS = new Set(['huggingface.co', 'www.huggingface.co']);

// /papers, /papers/trending, /papers/date/2024-08-01, /papers/week/2024-W31, /papers/month/2024-08.
const LIST_PATH = /^\/papers(?:\/trending|\/date\/\d{4}-\d{2}-\d{2}|\/week\/\d{4}-W\d{2}|\/month\/\d{4}-\d{2})?\/?$/;

type PageKind = 'list' | 'paper';

function pageKind(url: URL): PageKind | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!HUGGINGFACE_HOSTS.has(url.hostname.toLowerCase())) return undefined;
  if (LIST_PATH.test(url.pathname)) return 'list';
  if (paperIdFromUrl(url)) return 'paper';
  return undefined;
}

/** Paper metadata that the server embedded as JSON, by id. */
type EmbeddedPapers = Map<PaperId, Partial<PaperMetadataInput>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Author names in order, without the ones Hugging Face marks hidden (it does not show them). */
function embeddedAuthors(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((author): author is Record<string, unknown> => isRecord(author) && author.hidden !== true)
    .map((author) => collapseWhitespace(stringField(author, 'name') ?? ''))
    .filter((name) => name !== '');
}

/** Reads one JSON object shaped like a Hugging Face paper (`id`, `title`, `authors`, `summary`). */
function embeddedPaper(record: Record<string, unknown>): [PaperId, Partial<PaperMetadataInput>] | null {
  const idText = stringField(record, 'id');
  const title = stringField(record, 'title');
  const parsed = idText && /^\d/.test(idText) ? paperIdFromUrl(`https://huggingface.co/papers/${idText}`) : null;
  if (!parsed || !title) return null;

  const summary = stringField(record, 'summary');
  const metadata: Partial<PaperMetadataInput> = {
    title: collapseWhitespace(title),
    authors: embeddedAuthors(record.authors),
    abstract: summary ? collapseWhitespace(summary) : undefined,
    published: stringField(record, 'publishedAt'),
  };
  const code = stringField(record, 'githubRepo');
  if (code) metadata.links = { code };
  return [parsed.id, metadata];
}

/**
 * Collects every paper object in the props, wherever it sits: `dailyPapers[].paper`
 * on list pages and `paper` on the paper page. Walking the whole value keeps working
 * when a page generation renames the list that contains the papers.
 */
function collectEmbeddedPapers(value: unknown, papers: EmbeddedPapers, depth: number): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collectEmbeddedPapers(item, papers, depth + 1);
    return;
  }
  if (!isRecord(value)) return;

  const paper = embeddedPaper(value);
  if (paper && !papers.has(paper[0])) papers.set(paper[0], paper[1]);
  for (const child of Object.values(value)) collectEmbeddedPapers(child, papers, depth + 1);
}

/**
 * Reads the JSON props of the page. The server writes them once, so after client-side
 * navigation they describe an earlier page: they only enrich entries found in the DOM.
 */
function readEmbeddedPapers(document: Document, selector: string): EmbeddedPapers {
  const papers: EmbeddedPapers = new Map();
  for (const element of document.querySelectorAll(selector)) {
    try {
      collectEmbeddedPapers(JSON.parse(element.getAttribute('data-props') ?? ''), papers, 0);
    } catch {
      // Props that are not valid JSON leave the DOM as the only source.
    }
  }
  return papers;
}

function buildMetadata(
  id: PaperId,
  fromDom: Partial<PaperMetadataInput>,
  embedded: Partial<PaperMetadataInput> | undefined,
): PaperMetadataInput {
  const links: PaperLinks = {
    abs: absUrl(id),
    pdf: pdfUrl(id),
    huggingface: huggingfaceUrl(id),
    code: embedded?.links?.code ?? fromDom.links?.code,
  };
  const embeddedAuthors = embedded?.authors ?? [];
  return {
    id,
    version: fromDom.version,
    title: embedded?.title ?? fromDom.title ?? '',
    authors: embeddedAuthors.length > 0 ? embeddedAuthors : (fromDom.authors ?? []),
    abstract: embedded?.abstract ?? fromDom.abstract,
    published: embedded?.published ?? fromDom.published,
    links,
  };
}

// --- list pages: daily, weekly, monthly, trending, search results

function readCard(card: Element, pageUrl: URL, embedded: EmbeddedPapers): PaperEntry | null {
  const titleLink = queryFirst(card, SELECTORS.cardTitleLink);
  const target = resolveHref(titleLink?.getAttribute('href'), pageUrl);
  const parsed = target ? paperIdFromUrl(target) : null;
  const heading = titleLink?.closest('h1, h2, h3, h4') ?? titleLink;
  if (!parsed || !titleLink || !heading) return null;

  const publishedText = SELECTORS.cardPublishedPattern.exec(card.textContent ?? '')?.[1];
  const fromDom: Partial<PaperMetadataInput> = {
    version: parsed.version,
    title: elementText(titleLink),
    published: publishedText ? toIsoDate(publishedText) : undefined,
    links: { code: card.querySelector(SELECTORS.cardCodeLink)?.getAttribute('href') ?? undefined },
  };
  return toPaperEntry(buildMetadata(parsed.id, fromDom, embedded.get(parsed.id)), heading);
}

function readList(document: Document, url: URL): PaperEntry[] {
  const embedded = readEmbeddedPapers(document, SELECTORS.listProps);
  const cards = queryAllFirst(document, SELECTORS.cards);
  return compactEntries(cards.map((card) => readCard(card, url, embedded)));
}

// --- the paper page: /papers/<id>

/** Reads the abstract under the "Abstract" heading. Its last paragraph follows the AI summary box. */
function domAbstract(root: ParentNode): string | undefined {
  const heading = [...root.querySelectorAll(SELECTORS.paper.abstractHeading)].find(
    (element) => elementText(element) === 'Abstract',
  );
  const paragraphs = heading?.nextElementSibling?.querySelectorAll('p');
  const text = elementText(paragraphs?.[paragraphs.length - 1]);
  return text || undefined;
}

function readPaperPage(document: Document, url: URL): PaperEntry[] {
  const parsed = paperIdFromUrl(url);
  const root = document.querySelector(SELECTORS.paper.content) ?? document;
  const titleElement = root.querySelector(SELECTORS.paper.title);
  if (!parsed || !titleElement) return [];

  const embedded = readEmbeddedPapers(document, SELECTORS.paperProps);
  const fromDom: Partial<PaperMetadataInput> = {
    version: parsed.version,
    title: elementText(titleElement),
    authors: [...root.querySelectorAll(SELECTORS.paper.authorNames)]
      .map((element) => elementText(element))
      .filter((name) => name !== ''),
    abstract: domAbstract(root),
    links: { code: root.querySelector(SELECTORS.paper.codeLink)?.getAttribute('href') ?? undefined },
  };
  return compactEntries([toPaperEntry(buildMetadata(parsed.id, fromDom, embedded.get(parsed.id)), titleElement)]);
}

function findPapers(document: Document, url: URL): PaperEntry[] {
  const kind = pageKind(url);
  if (kind === 'list') return readList(document, url);
  if (kind === 'paper') return readPaperPage(document, url);
  return [];
}

/**
 * Reads Hugging Face Daily Papers lists, trending and search results, and paper pages.
 * A list contains at most a few dozen cards, so their metadata is read at once.
 */
export const huggingfaceAdapter: SiteAdapter = {
  id: 'huggingface',
  matches: (url) => pageKind(url) !== undefined,
  locatePapers: (document, url) => findPapers(document, url).map(locatedEntry),
  findPapers,
};
