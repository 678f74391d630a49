import type { PaperId, PaperMetadata, SiteId } from '../paper';

/** One paper found on a page, with the element its control bar attaches next to. */
export interface PaperEntry {
  /** Metadata already validated against PaperMetadataSchema, with its defaults filled in. */
  metadata: PaperMetadata;
  /** The bar is inserted as the next sibling of this element (normally the title). */
  anchor: Element;
}

/**
 * A paper found on a page before its metadata is read: enough to place its bar and ask
 * for its state. Reading every field of 2000 listing entries at once would block the page,
 * so the content script reads an entry's metadata only when its bar needs it.
 */
export interface PaperLocation {
  id: PaperId;
  /** The title as shown, for the bar's accessible name. Read on first use; empty means the entry is no paper. */
  readonly title: string;
  anchor: Element;
  /** Reads and validates the full metadata; null when the entry turns out to be invalid. */
  read(): PaperMetadata | null;
}

/**
 * A site family's page reader. Pure: it reads the document it is given and
 * returns data, so it runs on saved pages in tests without a browser.
 */
export interface SiteAdapter {
  id: Exclude<SiteId, 'import'>;
  /** Whether PaperShelf decorates this URL. */
  matches(url: URL): boolean;
  /** Papers on the page, in page order, one per paper element on the page, metadata unread. */
  locatePapers(document: Document, url: URL): PaperLocation[];
  /** Papers on the page with their metadata read: locatePapers, then read() on each. */
  findPapers(document: Document, url: URL): PaperEntry[];
}
