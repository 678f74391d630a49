import { beforeAll, describe, expect, it } from 'vitest';
import { PaperIdSchema, PaperMetadataSchema } from '../../../lib/paper';
import { SITE_ADAPTERS, findAdapter } from '../../../lib/sites';
import type { PaperEntry } from '../../../lib/sites/types';
import { FIXTURE_PAGES } from '../../fixtures/pages';
import { loadPage, type LoadedPage } from './load-page';

/** One URL of every page kind that some adapter reads. */
const URL_OF_EACH_KIND = [
  'https://arxiv.org/list/cs.LG/new',
  'https://arxiv.org/search/?query=x&searchtype=all',
  'https://arxiv.org/abs/2401.00001',
  'https://arxiv.org/html/2401.00001v1',
  'https://huggingface.co/papers/trending',
  'https://huggingface.co/papers/2401.00001',
];

/** Pages that list one paper in two sections, where one id has two entries. */
const PAGES_LISTING_A_PAPER_TWICE = new Set(['arXiv cs.LG new, three sections']);

describe('fixture manifest', () => {
  it('includes both sources and every site', () => {
    const sources = new Set(FIXTURE_PAGES.map((page) => page.source));
    const sites = new Set(FIXTURE_PAGES.map((page) => page.site));
    expect(sources).toContain('own');
    expect(sites).toContain('arxiv');
    expect(sites).toContain('huggingface');
  });

  it('has unique names', () => {
    const names = FIXTURE_PAGES.map((page) => page.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe.each(FIXTURE_PAGES.filter((page) => page.site === null))('$name', (page) => {
  it('matches no adapter', () => {
    const url = new URL(page.url);
    expect(findAdapter(url)).toBeUndefined();
    for (const adapter of SITE_ADAPTERS) expect(adapter.matches(url)).toBe(false);
  });
});

describe.each(FIXTURE_PAGES.filter((page) => page.site !== null))('$name', (page) => {
  let loaded: LoadedPage;
  let entries: PaperEntry[];

  beforeAll(() => {
    loaded = loadPage(page);
    entries = findAdapter(loaded.url)?.findPapers(loaded.document, loaded.url) ?? [];
  });

  it('matches its adapter only', () => {
    expect(findAdapter(loaded.url)?.id).toBe(page.site);
    const matching = SITE_ADAPTERS.filter((adapter) => adapter.matches(loaded.url));
    expect(matching).toHaveLength(1);
  });

  it('finds every paper', () => {
    expect(entries).toHaveLength(page.papers);
  });

  it('returns canonical ids', () => {
    for (const { metadata } of entries) expect(PaperIdSchema.safeParse(metadata.id).success).toBe(true);
  });

  it('returns ids unique per paper', () => {
    const ids = new Set(entries.map((entry) => entry.metadata.id));
    if (PAGES_LISTING_A_PAPER_TWICE.has(page.name)) expect(ids.size).toBeLessThan(entries.length);
    else expect(ids.size).toBe(entries.length);
  });

  it('returns valid metadata', () => {
    for (const { metadata } of entries) {
      const result = PaperMetadataSchema.safeParse(metadata);
      expect(result.error).toBeUndefined();
    }
  });

  it('reads titles and authors', () => {
    for (const { metadata } of entries) {
      expect(metadata.title.trim()).not.toBe('');
      expect(metadata.title).not.toMatch(/\s{2}|^\s|\s$/);
      expect(Array.isArray(metadata.authors)).toBe(true);
      for (const author of metadata.authors ?? []) expect(author).toMatch(/^\S(.*\S)?$/);
    }
  });

  it('anchors each entry on its own element', () => {
    const anchors = entries.map((entry) => entry.anchor);
    expect(new Set(anchors).size).toBe(entries.length);
    for (const anchor of anchors) expect(loaded.document.contains(anchor)).toBe(true);
  });

  it('keeps page order', () => {
    for (let index = 1; index < entries.length; index += 1) {
      const previous = entries[index - 1]?.anchor;
      const position = previous?.compareDocumentPosition(entries[index]!.anchor) ?? 0;
      expect(position & loaded.document.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('reads it as any page kind without throwing', () => {
    for (const adapter of SITE_ADAPTERS) {
      for (const otherUrl of URL_OF_EACH_KIND) {
        expect(() => adapter.findPapers(loaded.document, new URL(otherUrl))).not.toThrow();
      }
    }
  });

  it('links each entry to arXiv', () => {
    for (const { metadata } of entries) {
      const bareId = metadata.id.replace(/^arxiv:/, '');
      expect(metadata.links?.abs).toBe(`https://arxiv.org/abs/${bareId}`);
      expect(metadata.links?.pdf).toBe(`https://arxiv.org/pdf/${bareId}`);
    }
  });
});
