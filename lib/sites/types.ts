import type { PaperMetadata, SiteId } from '../paper';

/** One paper found on a page, with the element its control bar attaches next to. */
export interface PaperEntry {
  /** Metadata already validated against PaperMetadataSchema, with its defaults filled in. */
  metadata: PaperMetadata;
  /** The bar is inserted as the next sibling of this element (normally the title). */
  anchor: Element;
}

/**
 * A site family's page reader. Pure: it reads the document it is given and
 * returns data, so it runs on saved pages in tests without a browser.
 */
export interface SiteAdapter {
  id: Exclude<SiteId, 'import'>;
  /** Whether PaperShelf decorates this URL. */
  matches(url: URL): boolean;
  /** Papers on the page, in page order, one entry per paper element on the page. */
  findPapers(document: Document, url: URL): PaperEntry[];
}
