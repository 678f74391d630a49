import type { PaperSighting } from '../../lib/messages';
import { PaperMetadataSchema, type PaperMetadataInput } from '../../lib/paper';

/** A sighting of a paper on an arXiv page, for tests. */
export function sighting(overrides: Partial<PaperMetadataInput> = {}, url = 'https://arxiv.org/list/cs.AI/recent'): PaperSighting {
  return {
    metadata: PaperMetadataSchema.parse({
      id: 'arxiv:2401.00001',
      title: 'Attention Is Still All You Need',
      authors: ['Ada Lovelace', 'Alan Turing'],
      categories: ['cs.LG'],
      ...overrides,
    }),
    site: 'arxiv',
    url,
  };
}
