import { beforeAll, describe, expect, it } from 'vitest';
import { paperIdFromUrl } from '../../../lib/ids';
import { arxivAdapter } from '../../../lib/sites/arxiv';
import type { PaperEntry } from '../../../lib/sites/types';
import { fixturePage, type FixturePage } from '../../fixtures/pages';
import { loadHtml, loadPage, type LoadedPage } from './load-page';

function requirePage(name: string): FixturePage {
  const page = fixturePage(name);
  if (!page) throw new Error(`fixture page "${name}" is missing from tests/fixtures/pages.ts`);
  return page;
}

/** Loads a manifest page, or skips the tests when a shared page is not on this machine. */
function describePage(name: string, body: (get: () => LoadedPage & { entries: PaperEntry[] }) => void): void {
  const page = fixturePage(name);
  describe.skipIf(!page)(name, () => {
    let state: LoadedPage & { entries: PaperEntry[] };
    beforeAll(() => {
      const loaded = loadPage(requirePage(name));
      state = { ...loaded, entries: arxivAdapter.findPapers(loaded.document, loaded.url) };
    });
    body(() => state);
  });
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function idFromHref(element: Element | null | undefined, base: URL): string | undefined {
  const href = element?.getAttribute('href');
  return href ? paperIdFromUrl(new URL(href, base))?.id : undefined;
}

describe('arxivAdapter.matches', () => {
  it.each([
    'https://arxiv.org/list/cs.LG/new',
    'https://arxiv.org/list/cs.AI/recent',
    'https://arxiv.org/list/cs.AI/recent?skip=50&show=50',
    'https://arxiv.org/list/cs.LG/pastweek?show=25',
    'https://arxiv.org/list/cs.LG/2401?show=2000',
    'https://arxiv.org/list/cs.LG/2024-01',
    'https://arxiv.org/list/cs/2301?skip=0&show=3',
    'https://arxiv.org/list/hep-th/new/',
    'https://arxiv.org/list/math/24',
    'https://arxiv.org/catchup/cs.LG/2024-05-21',
    'https://export.arxiv.org/list/cs.CL/new',
    'http://www.arxiv.org/list/cs.CV/recent',
    'https://arxiv.org/search/?query=diffusion&searchtype=all',
    'https://arxiv.org/search/cs?searchtype=author&query=Xu,+W',
    'https://arxiv.org/search/advanced?advanced=&terms-0-term=llm&terms-0-field=title',
    'https://arxiv.org/abs/2402.12354',
    'https://arxiv.org/abs/2402.12354v2',
    'https://arxiv.org/abs/hep-th/9901001',
    'https://arxiv.org/abs/math.GT/0309136',
    'https://arxiv.org/html/2403.17537v1',
    'https://arxiv.org/html/2403.17537v1/#S2',
  ])('accepts %s', (url) => {
    expect(arxivAdapter.matches(new URL(url))).toBe(true);
  });

  it.each([
    // pages that show no paper to decorate
    'https://arxiv.org/',
    'https://arxiv.org/list/cs.LG',
    'https://arxiv.org/list/cs.LG/new/extra',
    'https://arxiv.org/search/',
    'https://arxiv.org/search/advanced',
    'https://arxiv.org/pdf/2402.12354v2',
    'https://arxiv.org/format/2402.12354',
    'https://arxiv.org/abs/2413.00001',
    'https://arxiv.org/help/api',
    'https://info.arxiv.org/help/submit/index.html',
    'https://arxiv.org.evil.com/abs/2402.12354',
    'ftp://arxiv.org/abs/2402.12354',
    // Hugging Face pages belong to the other adapter
    'https://huggingface.co/papers',
    'https://huggingface.co/papers/2402.12354',
    'https://huggingface.co/papers/trending',
    'https://huggingface.co/papers?q=arxiv',
    // other sites
    'https://aclanthology.org/2021.naacl-main.208/',
    'https://scholar.google.com/scholar?q=arxiv',
  ])('rejects %s', (url) => {
    expect(arxivAdapter.matches(new URL(url))).toBe(false);
  });
});

describePage('arXiv cs.AI recent (2026)', (get) => {
  it('reads ids in dt order', () => {
    const { document, url, entries } = get();
    const expected = [...document.querySelectorAll('dl#articles > dt a[title="Abstract"]')].map((link) =>
      idFromHref(link, url),
    );
    expect(entries.map((entry) => entry.metadata.id)).toEqual(expected);
  });

  it('reads authors in page order', () => {
    const { document, entries } = get();
    const authorBlocks = document.querySelectorAll('dl#articles dd .list-authors');
    expect(authorBlocks).toHaveLength(entries.length);
    entries.forEach((entry, index) => {
      const expected = [...authorBlocks[index]!.querySelectorAll('a')].map(text);
      expect(entry.metadata.authors).toEqual(expected);
    });
  });

  it('locates the same papers with the same titles before reading them', () => {
    const { document, url, entries } = get();
    const located = arxivAdapter.locatePapers(document, url);
    expect(located.map(({ id, title, anchor }) => ({ id, title, anchor }))).toEqual(
      entries.map(({ metadata, anchor }) => ({ id: metadata.id, title: metadata.title, anchor })),
    );
    expect(located[0]?.read()).toEqual(entries[0]?.metadata);
  });

  it('anchors on the title', () => {
    for (const { anchor } of get().entries) expect(anchor.matches('dd div.list-title')).toBe(true);
  });

  it('drops the Title label', () => {
    const { document, entries } = get();
    const firstTitle = text(document.querySelector('dd .list-title'));
    expect(firstTitle.startsWith('Title:')).toBe(true);
    expect(entries[0]?.metadata.title).toBe(firstTitle.replace(/^Title:\s*/, ''));
  });

  it('puts the primary category first', () => {
    const { document, entries } = get();
    const primaries = [...document.querySelectorAll('dd .primary-subject')].map(
      (element) => /\(([^()]+)\)$/.exec(text(element))?.[1],
    );
    entries.forEach((entry, index) => expect(entry.metadata.categories?.[0]).toBe(primaries[index]));
    expect(entries.some((entry) => (entry.metadata.categories?.length ?? 0) > 1)).toBe(true);
  });

  it('reads versions from HTML links', () => {
    const { document, url, entries } = get();
    entries.forEach((entry, index) => {
      const htmlLink = document.querySelectorAll('dl#articles > dt')[index]?.querySelector('a[title="View HTML"]');
      const expected = htmlLink ? paperIdFromUrl(new URL(htmlLink.getAttribute('href')!, url))?.version : undefined;
      expect(entry.metadata.version).toBe(expected);
    });
  });

  it('takes code links from comments', () => {
    const { document, entries } = get();
    const comments = document.querySelector('dd .list-comments');
    const githubLink = comments?.querySelector('a[href*="github.com"]')?.getAttribute('href');
    expect(githubLink).toBeTruthy();
    expect(entries[0]?.metadata.links?.code).toBe(githubLink);
  });
});

describePage('arXiv cs month, pre-2024 markup', (get) => {
  it('collapses wrapped author names', () => {
    const { document, entries } = get();
    const expected = [...document.querySelectorAll('dd')[0]!.querySelectorAll('.list-authors a')].map(text);
    expect(expected.some((name) => name.includes(' '))).toBe(true);
    expect(entries[0]?.metadata.authors).toEqual(expected);
  });

  it('reads three categories', () => {
    const { entries } = get();
    expect(entries[1]?.metadata.categories).toEqual(['cs.HC', 'cs.GR', 'quant-ph']);
  });
});

describePage('arXiv empty month, pre-2024 markup', (get) => {
  it('shows the no-updates text', () => {
    const { document, entries } = get();
    expect(text(document.querySelector('#dlpage'))).toContain('No updates for this time period');
    expect(entries).toEqual([]);
  });
});

describePage('arXiv cs.LG new, three sections', (get) => {
  it('reads every section', () => {
    const { document, url, entries } = get();
    const sections = document.querySelectorAll('dl#articles');
    expect(sections).toHaveLength(3);
    const expected = [...sections].flatMap((section) =>
      [...section.querySelectorAll('dt a[title="Abstract"]')].map((link) => idFromHref(link, url)),
    );
    expect(entries.map((entry) => entry.metadata.id)).toEqual(expected);
  });

  it('returns both entries of a repeated paper', () => {
    const { entries } = get();
    const ids = entries.map((entry) => entry.metadata.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toHaveLength(1);
    const copies = entries.filter((entry) => entry.metadata.id === repeated[0]);
    expect(copies[0]?.anchor.closest('dl')).not.toBe(copies[1]?.anchor.closest('dl'));
    expect(copies.map((entry) => entry.metadata.version)).toEqual([1, 2]);
  });

  it('reads abstracts', () => {
    const { document, entries } = get();
    const abstracts = [...document.querySelectorAll('dd p.mathjax')].map(text);
    expect(entries.map((entry) => entry.metadata.abstract)).toEqual(abstracts);
  });

  it('reads an old-style id', () => {
    const { entries } = get();
    const oldStyle = entries.find((entry) => entry.metadata.id.includes('/'));
    expect(oldStyle?.metadata.id).toBe('arxiv:math/0502036');
    expect(oldStyle?.metadata.links?.huggingface).toBeUndefined();
  });

  it('keeps TeX in titles', () => {
    const { entries } = get();
    expect(entries.some((entry) => entry.metadata.title.includes('$\\ell_1$'))).toBe(true);
  });
});

describePage('arXiv cs.CL new, pre-2024 markup', (get) => {
  it('reads ids from list-identifier', () => {
    const { document, url, entries } = get();
    const expected = [...document.querySelectorAll('span.list-identifier a[title="Abstract"]')].map((link) =>
      idFromHref(link, url),
    );
    expect(entries.map((entry) => entry.metadata.id)).toEqual(expected);
  });

  it('skips the Authors label', () => {
    const { document, entries } = get();
    entries.forEach((entry, index) => {
      const expected = [...document.querySelectorAll('dd')[index]!.querySelectorAll('.list-authors a')].map(text);
      expect(entry.metadata.authors).toEqual(expected);
    });
  });

  it('joins wrapped titles', () => {
    const { document, entries } = get();
    const raw = document.querySelectorAll('dd .list-title')[1]?.textContent ?? '';
    expect(raw).toContain('\n');
    expect(entries[1]?.metadata.title).toBe(text(document.querySelectorAll('dd .list-title')[1]).replace(/^Title: /, ''));
  });

  it('leaves out missing abstracts', () => {
    const { entries } = get();
    expect(entries.at(-1)?.metadata.abstract).toBeUndefined();
  });
});

describePage('arXiv month listing without headings', (get) => {
  it('has no section headings', () => {
    const { document, entries } = get();
    expect(document.querySelectorAll('dl#articles h3')).toHaveLength(0);
    expect(entries.map((entry) => entry.anchor.closest('dl'))).toEqual(
      entries.map(() => document.querySelector('dl#articles')),
    );
  });
});

describePage('arXiv search results', (get) => {
  it('reads one entry per result', () => {
    const { document, url, entries } = get();
    const expected = [...document.querySelectorAll('li.arxiv-result p.list-title a[href*="/abs/"]')].map((link) =>
      idFromHref(link, url),
    );
    expect(entries.map((entry) => entry.metadata.id)).toEqual(expected);
    for (const { anchor } of entries) expect(anchor.matches('li.arxiv-result > p.title')).toBe(true);
  });

  it('reads authors in order', () => {
    const { document, entries } = get();
    entries.forEach((entry, index) => {
      const result = document.querySelectorAll('li.arxiv-result')[index]!;
      expect(entry.metadata.authors).toEqual([...result.querySelectorAll('p.authors a')].map(text));
    });
  });

  it('reads the full abstract only', () => {
    const { entries } = get();
    const abstract = entries[0]?.metadata.abstract ?? '';
    expect(abstract).toMatch(/^Scheduled sampling feeds/);
    expect(abstract).not.toMatch(/More|Less|…/);
  });

  it('reads dates of revised papers', () => {
    const { entries } = get();
    expect(entries[0]?.metadata.published).toBe('2024-01-15');
    expect(entries[0]?.metadata.updated).toBe('2024-03-03');
    expect(entries[1]?.metadata.published).toBe('2024-05-17');
    expect(entries[1]?.metadata.updated).toBeUndefined();
  });

  it('reads versions from abstract ids', () => {
    const { entries } = get();
    expect(entries.map((entry) => entry.metadata.version)).toEqual([2, 1, 3, 1]);
  });

  it('reads categories and DOI', () => {
    const { document, entries } = get();
    const doiText = text(document.querySelector('.tags a[href*="doi.org"]'));
    expect(entries[0]?.metadata.categories).toEqual(['cs.LG', 'cs.CL']);
    expect(entries[0]?.metadata.doi).toBe(doiText);
    expect(entries[1]?.metadata.doi).toBeUndefined();
  });

  it('finds code URLs in plain comments', () => {
    const { entries } = get();
    expect(entries[0]?.metadata.links?.code).toBe('https://github.com/example-group/nar-sampling');
  });

  it('reads pre-2015 and old-style ids', () => {
    const { entries } = get();
    expect(entries[2]?.metadata.id).toBe('arxiv:1108.4321');
    expect(entries[3]?.metadata.id).toBe('arxiv:hep-th/9901001');
  });
});

describePage('arXiv abstract page (2021)', (get) => {
  it('reads the paper', () => {
    const { document, entries } = get();
    const metadata = entries[0]?.metadata;
    expect(metadata?.id).toBe('arxiv:2106.09608');
    expect(metadata?.title).toBe(document.querySelector('meta[name="citation_title"]')?.getAttribute('content'));
    expect(metadata?.authors).toEqual([...document.querySelectorAll('div.authors a')].map(text));
    expect(entries[0]?.anchor).toBe(document.querySelector('h1.title'));
  });

  it('reads the version shown', () => {
    const { document, entries } = get();
    const versionLink = document.querySelector('td.arxividv a')?.getAttribute('href') ?? '';
    expect(entries[0]?.metadata.version).toBe(paperIdFromUrl(versionLink)?.version);
  });

  it('reads submission dates', () => {
    const { entries } = get();
    expect(entries[0]?.metadata.published).toBe('2021-06-17');
    expect(entries[0]?.metadata.updated).toBe('2021-10-20');
  });

  it('reads the abstract without label', () => {
    const { document, entries } = get();
    const fromMeta = document.querySelector('meta[name="citation_abstract"]')?.getAttribute('content') ?? '';
    expect(entries[0]?.metadata.abstract).toBe(fromMeta.replace(/\s+/g, ' ').trim());
  });

  it('puts the primary category first', () => {
    const { entries } = get();
    expect(entries[0]?.metadata.categories).toEqual(['cs.LG', 'cs.AI', 'cs.CL']);
  });

  it('reads a citation_doi meta tag', () => {
    const { document, url } = loadPage(requirePage('arXiv abstract page (2021)'));
    const meta = document.createElement('meta');
    meta.setAttribute('name', 'citation_doi');
    meta.setAttribute('content', '10.5555/invented.123');
    document.head.append(meta);
    expect(arxivAdapter.findPapers(document, url)[0]?.metadata.doi).toBe('10.5555/invented.123');
  });
});

describePage('arXiv abstract page with 171 authors (2026)', (get) => {
  it('reads every author link', () => {
    const { document, entries } = get();
    const links = document.querySelectorAll('div.authors a[href*="searchtype=author"]');
    expect(links.length).toBeGreaterThan(100);
    expect(entries[0]?.metadata.authors).toEqual([...links].map(text));
  });

  it('skips the et al. toggle', () => {
    const { entries } = get();
    expect(entries[0]?.metadata.authors?.some((name) => name.includes('et al.'))).toBe(false);
  });

  it('ignores the arXiv-issued DOI', () => {
    const { document, entries } = get();
    expect(document.querySelector('#arxiv-doi-link')).not.toBeNull();
    expect(entries[0]?.metadata.doi).toBeUndefined();
  });

  it('reads a Related DOI row', () => {
    const { document, url } = loadPage(requirePage('arXiv abstract page with 171 authors (2026)'));
    const row = document.createElement('tr');
    row.innerHTML =
      '<td class="tablecell label"><abbr title="Digital Object Identifier">Related DOI</abbr>:</td>' +
      '<td class="tablecell doi"><a href="https://doi.org/10.5555/invented.456">https://doi.org/10.5555/invented.456</a></td>';
    document.querySelector('div.metatable tbody, div.metatable table')?.append(row);
    expect(arxivAdapter.findPapers(document, url)[0]?.metadata.doi).toBe('10.5555/invented.456');
  });

  it('reads version 1 dates', () => {
    const { entries } = get();
    expect(entries[0]?.metadata.version).toBe(1);
    expect(entries[0]?.metadata.published).toBe('2026-04-15');
    expect(entries[0]?.metadata.updated).toBeUndefined();
  });
});

describePage('arXiv HTML full text', (get) => {
  it('reads id and version from the URL', () => {
    const { entries } = get();
    expect(entries[0]?.metadata.id).toBe('arxiv:2405.01234');
    expect(entries[0]?.metadata.version).toBe(2);
  });

  it('drops title footnotes', () => {
    const { document, entries } = get();
    expect(text(document.querySelector('h1.ltx_title_document'))).toContain('thanks');
    expect(entries[0]?.metadata.title).toBe('Sparse Probing of Small Invented Language Models');
    expect(entries[0]?.anchor).toBe(document.querySelector('h1.ltx_title_document'));
  });

  it('splits names before affiliations', () => {
    const { entries } = get();
    expect(entries[0]?.metadata.authors).toEqual([
      'Nora Example',
      'Otto Sample',
      'Paula Fictional',
      'Quentin Placeholder',
    ]);
  });

  it('reads abstract and watermark', () => {
    const { document, entries } = get();
    expect(entries[0]?.metadata.abstract).toBe(text(document.querySelector('.ltx_abstract p')));
    expect(entries[0]?.metadata.categories).toEqual(['cs.CL']);
    expect(entries[0]?.metadata.updated).toBe('2024-05-09');
  });

  it('reads the version from the watermark', () => {
    const page = requirePage('arXiv HTML full text');
    const { document, url } = loadPage({ ...page, url: 'https://arxiv.org/html/2405.01234' });
    expect(arxivAdapter.findPapers(document, url)[0]?.metadata.version).toBe(2);
  });
});

describe('arxivAdapter on odd markup', () => {
  const listUrl = 'https://arxiv.org/list/cs.LG/new';
  const entry = (id: string, title: string) =>
    `<dt><a href="/abs/${id}" title="Abstract">arXiv:${id}</a></dt>` +
    `<dd><div class="meta"><div class="list-title"><span class="descriptor">Title:</span> ${title}</div></div></dd>`;

  it.each([
    ['a dt without dd', `<dl><dt><a href="/abs/2401.00001" title="Abstract">x</a></dt></dl>`],
    ['an invalid id', `<dl>${entry('2413.00001', 'Bad month')}</dl>`],
    ['an empty title', `<dl>${entry('2401.00001', '')}</dl>`],
    ['a dd without title', `<dl><dt><a href="/abs/2401.00001" title="Abstract">x</a></dt><dd>nothing</dd></dl>`],
    ['a malformed href', `<dl><dt><a href="http://[broken" title="Abstract">x</a></dt><dd><div class="list-title">T</div></dd></dl>`],
  ])('skips %s', (_, body) => {
    const { document, url } = loadHtml(`<div id="dlpage">${body}<dl>${entry('2401.00002', 'Kept')}</dl></div>`, listUrl);
    const entries = arxivAdapter.findPapers(document, url);
    expect(entries.map((found) => found.metadata.id)).toEqual(['arxiv:2401.00002']);
  });

  it('reads authors without links', () => {
    const html =
      `<dl><dt><a href="/abs/2401.00003" title="Abstract">x</a></dt><dd><div class="list-title">T</div>` +
      `<div class="list-authors"><span class="descriptor">Authors:</span> Ann One, Bo Two and Cy Three</div></dd></dl>`;
    const { document, url } = loadHtml(html, listUrl);
    expect(arxivAdapter.findPapers(document, url)[0]?.metadata.authors).toEqual(['Ann One', 'Bo Two', 'Cy Three']);
  });

  it('locates an entry with an empty title', () => {
    const { document, url } = loadHtml(`<div id="dlpage"><dl>${entry('2401.00001', '')}</dl></div>`, listUrl);
    const located = arxivAdapter.locatePapers(document, url);
    expect(located.map(({ id, title }) => ({ id, title }))).toEqual([{ id: 'arxiv:2401.00001', title: '' }]);
    expect(located[0]?.read()).toBeNull();
  });

  it('reads a listing entry only when asked, and once', () => {
    const html =
      `<dl><dt><a href="/abs/2401.00005" title="Abstract">x</a></dt><dd><div class="list-title">` +
      `<span class="descriptor">Title:</span> First</div><div class="list-authors"><a>Ann One</a></div></dd></dl>`;
    const { document, url } = loadHtml(html, listUrl);
    const [location] = arxivAdapter.locatePapers(document, url);
    expect(location).toMatchObject({ id: 'arxiv:2401.00005', title: 'First' });
    document.querySelector('.list-authors a')!.textContent = 'Bo Two';
    const first = location!.read();
    expect(first?.authors).toEqual(['Bo Two']);
    document.querySelector('.list-authors a')!.textContent = 'Cy Three';
    expect(location!.read()).toBe(first);
  });

  it('drops over-long author names only', () => {
    const html =
      `<dl><dt><a href="/abs/2401.00004" title="Abstract">x</a></dt><dd><div class="list-title">T</div>` +
      `<div class="list-authors"><a>Ann One</a>, <a>${'x'.repeat(600)}</a></div></dd></dl>`;
    const { document, url } = loadHtml(html, listUrl);
    expect(arxivAdapter.findPapers(document, url)[0]?.metadata.authors).toEqual(['Ann One']);
  });

  it.each([
    ['listing', 'https://arxiv.org/list/cs.LG/new'],
    ['search', 'https://arxiv.org/search/?query=x&searchtype=all'],
    ['abstract', 'https://arxiv.org/abs/2401.00001'],
    ['HTML', 'https://arxiv.org/html/2401.00001v1'],
  ])('returns nothing for an empty %s page', (_, pageUrl) => {
    const { document, url } = loadHtml('<!doctype html><title>x</title>', pageUrl);
    expect(arxivAdapter.findPapers(document, url)).toEqual([]);
  });

  it('returns nothing for URLs it rejects', () => {
    const page = requirePage('arXiv cs.LG new, three sections');
    const { document } = loadPage(page);
    expect(arxivAdapter.findPapers(document, new URL('https://arxiv.org/help'))).toEqual([]);
  });
});
