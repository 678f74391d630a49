import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { FixturePage } from '../../fixtures/pages';

export interface LoadedPage {
  document: Document;
  url: URL;
}

/** Parses a saved page as if it had been served at its URL. Every call returns a fresh document. */
export function loadPage(page: Pick<FixturePage, 'file' | 'url'>): LoadedPage {
  const dom = new JSDOM(readFileSync(page.file, 'utf8'), { url: page.url });
  return { document: dom.window.document, url: new URL(page.url) };
}

/** Parses an HTML string served at `url`, for tests that build odd markup inline. */
export function loadHtml(html: string, url: string): LoadedPage {
  const dom = new JSDOM(html, { url });
  return { document: dom.window.document, url: new URL(url) };
}
