import { describe, expect, it } from 'vitest';
import { PaperRecordSchema } from '../../lib/paper';
import { LibrarySearch } from '../../lib/search';

const records = [
  { id: 'arxiv:2401.00001', title: 'Diffusion Models for Robots', authors: ['Ana Silva'], tags: ['robotics'], note: '' },
  { id: 'arxiv:2401.00002', title: 'Scaling Laws', authors: ['Bo Chen'], tags: [], note: 'compare with Chinchilla' },
  { id: 'arxiv:2401.00003', title: 'Sparse Attention', authors: ['Ana Kowalski'], tags: ['LLM'], note: '' },
].map((record) => PaperRecordSchema.parse({ ...record, createdAt: 1, updatedAt: 1 }));

describe('LibrarySearch', () => {
  const search = new LibrarySearch(records);
  const ids = (query: string) => search.search(query).map((record) => record.id);

  it.each([
    ['title word', 'diffusion', ['arxiv:2401.00001']],
    ['author', 'ana', ['arxiv:2401.00001', 'arxiv:2401.00003']],
    ['tag any case', 'llm', ['arxiv:2401.00003']],
    ['note', 'chinchilla', ['arxiv:2401.00002']],
    ['all words', 'ana sparse', ['arxiv:2401.00003']],
    ['arXiv id', '2401.00002', ['arxiv:2401.00002']],
    ['no match', 'quantum', []],
  ])('finds by %s', (_case, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('returns everything for a blank query', () => {
    expect(ids('  ')).toHaveLength(3);
  });
});
