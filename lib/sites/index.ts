import { arxivAdapter } from './arxiv';
import { huggingfaceAdapter } from './huggingface';
import type { SiteAdapter } from './types';

export type { PaperEntry, SiteAdapter } from './types';

/** Every site adapter. Their `matches` predicates are disjoint, so the order does not matter. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [arxivAdapter, huggingfaceAdapter];

/** Returns the adapter that reads pages at this URL, or undefined when no adapter does. */
export function findAdapter(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url));
}
