import { beforeAll, describe, expect, it } from 'vitest';
import { huggingfaceAdapter } from '../../../lib/sites/huggingface';
import type { PaperEntry } from '../../../lib/sites/types';
import { fixturePage, type FixturePage } from '../../fixtures/pages';
import { loadHtml, loadPage, type LoadedPage } from './load-page';

type PageState = LoadedPage & { entries: PaperEntry[] };

interface EmbeddedAuthor {
  name: string;
  hidden?: boolean;
}
interface EmbeddedPaper {
  id: string;
  title: string;
  summary?: string;
  publishedAt?: string;
  githubRepo?: string;
  authors: EmbeddedAuthor[];
}

function requirePage(name: string): FixturePage {
  const page = fixturePage(name);
  if (!page) throw new Error(`fixture page "${name}" is missing from tests/fixtures/pages.ts`);
  return page;
}

function read({ document, url }: LoadedPage): PaperEntry[] {
  return huggingfaceAdapter.findPapers(document, url);
}

/** Loads a manifest page, or skips the tests when a shared page is not on this machine. */
function describePage(name: string, body: (get: () => PageState) => void): void {
  describe.skipIf(!fixturePage(name))(name, () => {
    let state: PageState;
    beforeAll(() => {
      const loaded = loadPage(requirePage(name));
      state = { ...loaded, entries: read(loaded) };
    });
    body(() => state);
  });
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Reads the embedded papers straight from the JSON, independently of the adapter. */
function embeddedPapers(document: Document): Map<string, EmbeddedPaper> {
  const element = document.querySelector('[data-target="DailyPapers"], [data-target="PaperContent"]');
  const props = JSON.parse(element?.getAttribute('data-props') ?? '{}') as {
    dailyPapers?: { paper: EmbeddedPaper }[];
    paper?: EmbeddedPaper;
  };
  const papers = props.dailyPapers?.map((item) => item.paper) ?? (props.paper ? [props.paper] : []);
  return new Map(papers.map((paper) => [`arxiv:${paper.id}`, paper]));
}

/** Reads the ids of the paper cards from the first title link of each article. */
function cardIds(document: Document): string[] {
  return [...document.querySelectorAll('article')].map((card) => {
    const href = card.querySelector('h3 a')?.getAttribute('href') ?? '';
    return `arxiv:${href.replace('/papers/', '')}`;
  });
}

function visibleAuthors(paper: EmbeddedPaper | undefined): string[] {
  return (paper?.authors ?? []).filter((author) => !author.hidden).map((author) => author.name.trim());
}

function removeProps(document: Document): void {
  for (const element of document.querySelectorAll('[data-props]')) element.removeAttribute('data-props');
}

describe('huggingfaceAdapter.matches', () => {
  it.each([
    'https://huggingface.co/papers',
    'https://huggingface.co/papers/',
    'https://huggingface.co/papers?date=2024-08-01',
    'https://huggingface.co/papers?q=state+space+models',
    'https://huggingface.co/papers/trending',
    'https://huggingface.co/papers/date/2024-08-01',
    'https://huggingface.co/papers/week/2025-W10',
    'https://huggingface.co/papers/month/2025-03',
    'https://huggingface.co/papers/2509.24002',
    'https://huggingface.co/papers/2509.24002#community',
    'https://www.huggingface.co/papers/2407.21783',
  ])('accepts %s', (url) => {
    expect(huggingfaceAdapter.matches(new URL(url))).toBe(true);
  });

  it.each([
    // Hugging Face pages that show no paper list
    'https://huggingface.co/',
    'https://huggingface.co/models',
    'https://huggingface.co/papers/date/yesterday',
    'https://huggingface.co/papers/2509.24002/community',
    'https://huggingface.co/papers/hep-th/9901001',
    'https://huggingface.co/datasets/papers',
    'https://huggingface.co.evil.com/papers',
    // arXiv pages belong to the other adapter
    'https://arxiv.org/list/cs.LG/new',
    'https://arxiv.org/abs/2509.24002',
    'https://arxiv.org/html/2403.17537v1',
    'https://arxiv.org/search/?query=x&searchtype=all',
    // other sites
    'https://aclanthology.org/people/andreas-madsack/',
    'https://scholar.google.co.jp/scholar?q=papers',
  ])('rejects %s', (url) => {
    expect(huggingfaceAdapter.matches(new URL(url))).toBe(false);
  });
});

describePage('Hugging Face daily papers (2024)', (get) => {
  it('finds papers from the cards', () => {
    const { document, entries } = get();
    expect(entries.map((entry) => entry.metadata.id)).toEqual(cardIds(document));
  });

  it('enriches from the JSON', () => {
    const { document, entries } = get();
    const embedded = embeddedPapers(document);
    for (const { metadata } of entries) {
      const paper = embedded.get(metadata.id);
      expect(metadata.title).toBe(paper?.title.replace(/\s+/g, ' ').trim());
      expect(metadata.authors).toEqual(visibleAuthors(paper));
      expect(metadata.abstract).toBe(paper?.summary?.replace(/\s+/g, ' ').trim());
      expect(metadata.published).toBe(paper?.publishedAt);
    }
  });

  it('skips hidden authors', () => {
    const { document, entries } = get();
    const embedded = embeddedPapers(document);
    const withHidden = [...embedded.values()].find((paper) => paper.authors.some((author) => author.hidden));
    const hiddenName = withHidden?.authors.find((author) => author.hidden)?.name;
    const entry = entries.find((found) => found.metadata.id === `arxiv:${withHidden?.id}`);
    expect(hiddenName).toBeDefined();
    expect(entry?.metadata.authors).not.toContain(hiddenName);
  });

  it('anchors on the card title', () => {
    for (const { anchor } of get().entries) expect(anchor.matches('article h3')).toBe(true);
  });

  it('falls back to the DOM', () => {
    const fresh = loadPage(requirePage('Hugging Face daily papers (2024)'));
    removeProps(fresh.document);
    const entries = read(fresh);
    expect(entries.map((entry) => entry.metadata.id)).toEqual(get().entries.map((entry) => entry.metadata.id));
    expect(entries.map((entry) => entry.metadata.title)).toEqual(
      [...fresh.document.querySelectorAll('article h3 a')].map(text),
    );
  });

  it('ignores JSON of removed cards', () => {
    const fresh = loadPage(requirePage('Hugging Face daily papers (2024)'));
    const removedId = cardIds(fresh.document)[2];
    fresh.document.querySelectorAll('article')[2]?.remove();
    const entries = read(fresh);
    expect(embeddedPapers(fresh.document).has(removedId ?? '')).toBe(true);
    expect(entries).toHaveLength(get().entries.length - 1);
    expect(entries.map((entry) => entry.metadata.id)).not.toContain(removedId);
  });

  it('survives invalid JSON', () => {
    const fresh = loadPage(requirePage('Hugging Face daily papers (2024)'));
    fresh.document.querySelector('[data-target="DailyPapers"]')?.setAttribute('data-props', '{"dailyPapers": [');
    expect(read(fresh).map((entry) => entry.metadata.id)).toEqual(cardIds(fresh.document));
  });
});

describePage('Hugging Face trending (2026)', (get) => {
  it('returns one entry per article', () => {
    const { document, entries } = get();
    expect(document.querySelectorAll('article h3 a')).toHaveLength(entries.length * 2);
    expect(entries.map((entry) => entry.metadata.id)).toEqual(cardIds(document));
  });

  it('anchors on the desktop title', () => {
    const { document, entries } = get();
    const articles = document.querySelectorAll('article');
    entries.forEach((entry, index) => {
      expect(entry.anchor).toBe(articles[index]?.querySelector('h3'));
      expect(entry.anchor.closest('.md\\:hidden')).toBeNull();
    });
  });

  it('reads code links from the JSON', () => {
    const { document, entries } = get();
    const embedded = embeddedPapers(document);
    for (const { metadata } of entries) expect(metadata.links?.code).toBe(embedded.get(metadata.id)?.githubRepo);
    expect(entries.filter((entry) => entry.metadata.links?.code).length).toBeGreaterThan(0);
  });

  it('reads authors in order', () => {
    const { document, entries } = get();
    const embedded = embeddedPapers(document);
    for (const { metadata } of entries) expect(metadata.authors).toEqual(visibleAuthors(embedded.get(metadata.id)));
  });

  it('falls back to the DOM', () => {
    const fresh = loadPage(requirePage('Hugging Face trending (2026)'));
    removeProps(fresh.document);
    const entries = read(fresh);
    expect(entries.map((entry) => entry.metadata.id)).toEqual(get().entries.map((entry) => entry.metadata.id));
    entries.forEach((entry, index) => {
      const card = fresh.document.querySelectorAll('article')[index];
      expect(entry.metadata.title).toBe(text(card?.querySelector('h3 a')));
      expect(entry.metadata.links?.code).toBe(card?.querySelector('a[href^="https://github.com/"]')?.getAttribute('href') ?? undefined);
      expect(entry.metadata.published?.slice(0, 10)).toBe(get().entries[index]?.metadata.published?.slice(0, 10));
    });
  });
});

describePage('Hugging Face paper page, prettified', (get) => {
  it('reads the paper from the JSON', () => {
    const { document, entries } = get();
    const paper = embeddedPapers(document).get('arxiv:2509.24002');
    const metadata = entries[0]?.metadata;
    expect(metadata?.id).toBe('arxiv:2509.24002');
    expect(metadata?.title).toBe(paper?.title.replace(/\s+/g, ' ').trim());
    expect(metadata?.authors).toEqual(visibleAuthors(paper));
    expect(metadata?.links?.code).toBe(paper?.githubRepo);
  });

  it('anchors on the h1', () => {
    const { document, entries } = get();
    expect(entries[0]?.anchor).toBe(document.querySelector('[data-target="PaperContent"] h1'));
  });

  it('falls back to the DOM', () => {
    const fresh = loadPage(requirePage('Hugging Face paper page, prettified'));
    removeProps(fresh.document);
    const fromDom = read(fresh)[0]?.metadata;
    const fromJson = get().entries[0]?.metadata;
    expect(fromDom?.title).toBe(fromJson?.title);
    expect(fromDom?.authors).toEqual(fromJson?.authors);
    // prettify() put line breaks between the keyword links and the punctuation after them.
    const withoutInsertedSpaces = (abstract = '') => abstract.replace(/ ([.,])/g, '$1');
    expect(withoutInsertedSpaces(fromDom?.abstract)).toBe(withoutInsertedSpaces(fromJson?.abstract));
    expect(fromDom?.links?.code).toBe(fromJson?.links?.code);
  });
});

describePage('Hugging Face search results', (get) => {
  it('finds papers from the cards', () => {
    const { document, entries } = get();
    expect(entries.map((entry) => entry.metadata.id)).toEqual(cardIds(document));
  });

  it('ignores the stale JSON paper', () => {
    const { document, entries } = get();
    const ids = new Set(entries.map((entry) => entry.metadata.id));
    const stale = [...embeddedPapers(document).keys()].filter((id) => !ids.has(id));
    expect(stale).toHaveLength(1);
  });

  it('reads a card without JSON', () => {
    const { document, entries } = get();
    const embedded = embeddedPapers(document);
    const domOnly = entries.find((entry) => !embedded.has(entry.metadata.id));
    const card = [...document.querySelectorAll('article')].find((article) =>
      article.querySelector(`h3 a[href="/papers/${domOnly?.metadata.id.replace('arxiv:', '')}"]`),
    );
    expect(domOnly?.metadata.title).toBe(text(card?.querySelector('h3 a')));
    expect(domOnly?.metadata.authors).toEqual([]);
    expect(domOnly?.metadata.published).toBe('2024-01-08');
  });

  it('skips hidden authors', () => {
    const { document, entries } = get();
    const paper = embeddedPapers(document).get(entries[0]?.metadata.id ?? '');
    expect(paper?.authors.some((author) => author.hidden)).toBe(true);
    expect(entries[0]?.metadata.authors).toEqual(visibleAuthors(paper));
  });
});

describePage('Hugging Face daily list without data-props', (get) => {
  it('reads the cards', () => {
    const { document, entries } = get();
    expect(document.querySelector('[data-props]')).toBeNull();
    expect(entries.map((entry) => entry.metadata.id)).toEqual(cardIds(document));
    expect(entries.map((entry) => entry.metadata.title)).toEqual(
      [...document.querySelectorAll('article h3 a')].map(text),
    );
  });
});

describe('huggingfaceAdapter on odd markup', () => {
  const listUrl = 'https://huggingface.co/papers';

  it.each([
    ['a card without title link', '<article><p>No title here</p></article>'],
    ['a link to a non-paper page', '<article><h3><a href="/papers/trending">Trending</a></h3></article>'],
    ['an empty title', '<article><h3><a href="/papers/2401.00001"> </a></h3></article>'],
  ])('skips %s', (_, card) => {
    const validCard = '<article><h3><a href="/papers/2401.00002">Kept</a></h3></article>';
    const { document, url } = loadHtml(`<main>${card}${validCard}</main>`, listUrl);
    expect(read({ document, url }).map((entry) => entry.metadata.id)).toEqual(['arxiv:2401.00002']);
  });

  it('returns nothing for a page without cards', () => {
    const { document, url } = loadHtml('<main><h1>Daily Papers</h1></main>', listUrl);
    expect(read({ document, url })).toEqual([]);
  });

  it('returns nothing for a paper page without title', () => {
    const { document, url } = loadHtml('<main></main>', 'https://huggingface.co/papers/2401.00002');
    expect(read({ document, url })).toEqual([]);
  });
});
