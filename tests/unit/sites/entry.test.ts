import { describe, expect, it } from 'vitest';
import type { PaperMetadata, PaperMetadataInput } from '../../../lib/paper';
import { isValidTitle, toPaperEntry } from '../../../lib/sites/entry';

type DropCase = [string, Partial<PaperMetadataInput>, keyof PaperMetadata, unknown];

describe('toPaperEntry', () => {
  const anchor = document.createElement('h3');
  const base = { id: 'arxiv:2401.00001', title: 'A title' };

  it('fills schema defaults', () => {
    const entry = toPaperEntry(base, anchor);
    expect(entry?.metadata.authors).toEqual([]);
    expect(entry?.metadata.categories).toEqual([]);
    expect(entry?.anchor).toBe(anchor);
  });

  it.each<DropCase>([
    ['a long author name', { authors: ['Ann One', 'x'.repeat(600), 'Bo Two'] }, 'authors', ['Ann One', 'Bo Two']],
    ['a long abstract', { abstract: 'x'.repeat(30_000) }, 'abstract', undefined],
    ['a zero version', { version: 0 }, 'version', undefined],
    [
      'a long code link',
      { links: { abs: 'https://arxiv.org/abs/2401.00001', code: 'x'.repeat(3000) } },
      'links',
      { abs: 'https://arxiv.org/abs/2401.00001' },
    ],
  ])('drops %s only', (_, extra, field, expected) => {
    const entry = toPaperEntry({ ...base, ...extra }, anchor);
    expect(entry?.metadata.title).toBe(base.title);
    expect(entry?.metadata[field]).toEqual(expected);
  });

  it.each([
    ['an empty title', { title: '' }],
    ['a long title', { title: 'x'.repeat(3000) }],
    ['a versioned id', { id: 'arxiv:2401.00001v2' }],
  ])('rejects %s', (_, extra) => {
    expect(toPaperEntry({ ...base, ...extra }, anchor)).toBeNull();
  });
});

describe('isValidTitle', () => {
  it.each([
    ['a title', 'Attention Is Still All You Need', true],
    ['an empty title', '', false],
    ['a 2000-character title', 'x'.repeat(2000), true],
    ['a 2001-character title', 'x'.repeat(2001), false],
  ])('checks %s', (_, title, valid) => {
    expect(isValidTitle(title)).toBe(valid);
  });
});
