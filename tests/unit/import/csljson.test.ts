// @vitest-environment node
import { exportCslJson } from '../../../lib/export/csljson';
import { importCslJson } from '../../../lib/import/csljson';
import type { ImportResult } from '../../../lib/import/types';
import type { PaperRecord } from '../../../lib/paper';
import { HARD_CASES } from '../export/hard-cases';

const IMPORTED_AT = Date.UTC(2024, 6, 1);

/** Zotero 7's CSL-JSON export of an arXiv preprint. */
const ZOTERO_ITEMS = [
  {
    id: 'http://zotero.org/users/local/abc/items/XYZ',
    type: 'article',
    abstract: 'We present a new method.',
    DOI: '10.48550/arXiv.2310.06825',
    note: 'arXiv:2310.06825 [cs]',
    number: 'arXiv:2310.06825',
    publisher: 'arXiv',
    source: 'arXiv.org',
    title: 'Mistral 7B',
    URL: 'http://arxiv.org/abs/2310.06825',
    author: [
      { family: 'Jiang', given: 'Albert Q.' },
      { family: 'Sablayrolles', given: 'Alexandre' },
      { family: 'de las Casas', given: 'Diego' },
      { literal: 'Mistral AI' },
    ],
    accessed: { 'date-parts': [['2024', 1, 5]] },
    issued: { 'date-parts': [['2023', 10, 10]] },
    keyword: 'Computer Science - Computation and Language, Computer Science - Machine Learning',
  },
  {
    id: 'scholar',
    type: 'article-journal',
    title: 'Container title only',
    'container-title': 'arXiv preprint arXiv:2102.00002',
    issued: { 'date-parts': [[2021]] },
  },
  {
    id: 'urlonly',
    type: 'webpage',
    title: 'URL only',
    URL: 'https://arxiv.org/abs/hep-th/9711200v3',
  },
];

function papersOf(result: ImportResult): PaperRecord[] {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.papers;
}

describe('importCslJson from Zotero', () => {
  const papers = papersOf(importCslJson(JSON.stringify(ZOTERO_ITEMS), IMPORTED_AT));
  const [mistral, scholar, urlOnly] = papers;

  it('identifies every item', () => {
    expect(papers.map((paper) => paper.id)).toEqual(['arxiv:2310.06825', 'arxiv:2102.00002', 'arxiv:hep-th/9711200']);
  });

  it('joins name parts in display order', () => {
    expect(mistral?.authors).toEqual(['Albert Q. Jiang', 'Alexandre Sablayrolles', 'Diego de las Casas', 'Mistral AI']);
  });

  it('reads keywords as tags', () => {
    expect(mistral?.tags).toEqual(['Computer Science - Computation and Language', 'Computer Science - Machine Learning']);
  });

  it('drops the arXiv reference note and DOI', () => {
    expect(mistral?.note).toBe('');
    expect(mistral?.doi).toBeUndefined();
  });

  it.each([
    [0, '2023-10-10'],
    [1, '2021'],
  ])('reads the issued date of item %i', (index, published) => {
    expect(papers[index]?.published).toBe(published);
  });

  it('reads the version from the URL', () => {
    expect(urlOnly?.version).toBe(3);
    expect(scholar?.version).toBeUndefined();
  });
});

/** Published papers as Zotero and Crossref write them in CSL-JSON. */
const PUBLISHED_ITEMS = [
  {
    id: 'lecun',
    type: 'article-journal',
    title: 'Deep learning',
    'container-title': 'Nature',
    author: [{ family: 'LeCun', given: 'Yann' }, { family: 'Bengio', given: 'Yoshua' }],
    issued: { 'date-parts': [[2015, 5, 28]] },
    DOI: '10.1038/NATURE14539',
    volume: '521',
  },
  {
    id: 'bert',
    type: 'paper-conference',
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    'container-title': 'Proceedings of NAACL-HLT 2019',
    author: [{ family: 'Devlin', given: 'Jacob' }],
    issued: { 'date-parts': [[2019, 6]] },
    URL: 'https://doi.org/10.18653/v1/N19-1423',
  },
  {
    id: 'chapter',
    type: 'chapter',
    title: 'A Chapter',
    'container-title': 'A Book of Chapters',
    DOI: 'https://doi.org/10.1007/978-3-030-58452-8_13',
  },
  {
    id: 'both',
    type: 'article-journal',
    title: 'Preprint with its DOI',
    number: 'arXiv:2106.00006',
    'container-title': 'Journal of Tests',
    DOI: '10.1000/journal.2021.6',
  },
];

describe('importCslJson of published papers', () => {
  const papers = papersOf(importCslJson(JSON.stringify(PUBLISHED_ITEMS), IMPORTED_AT));

  it('makes one record per DOI', () => {
    expect(papers.map((paper) => paper.id)).toEqual([
      'doi:10.1038/nature14539',
      'doi:10.18653/v1/n19-1423',
      'doi:10.1007/978-3-030-58452-8_13',
      'arxiv:2106.00006',
    ]);
  });

  it.each([
    [0, '10.1038/NATURE14539', 'Nature', 'journal', '2015-05-28'],
    [1, '10.18653/v1/N19-1423', 'Proceedings of NAACL-HLT 2019', 'proceedings', '2019-06'],
    [2, '10.1007/978-3-030-58452-8_13', undefined, undefined, undefined],
  ])('reads item %i', (index, doi, venue, venueType, published) => {
    const paper = papers[index];
    expect(paper?.doi).toBe(doi);
    expect(paper?.venue).toBe(venue);
    expect(paper?.venueType).toBe(venueType);
    expect(paper?.published).toBe(published);
  });

  it('prefers the arXiv id to the DOI', () => {
    expect(papers[3]?.doi).toBe('10.1000/journal.2021.6');
    expect(papers[3]?.venue).toBeUndefined();
  });
});

describe('importCslJson failures', () => {
  it('names items without an arXiv id', () => {
    const items = [...ZOTERO_ITEMS, { id: 'book1', type: 'book', title: 'A Book' }, { type: 'book', title: 'No id' }];
    const result = importCslJson(JSON.stringify(items), IMPORTED_AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.entry)).toEqual(['book1', 4]);
    expect(result.errors.every((error) => /no arXiv identifier/.test(error.message))).toBe(true);
    expect(result.errors.every((error) => /or DOI/.test(error.message))).toBe(true);
  });

  it('rejects invalid JSON', () => {
    const result = importCslJson('[{', IMPORTED_AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toMatch(/invalid JSON/);
  });

  it('names the field of a malformed item', () => {
    const result = importCslJson(JSON.stringify([{ id: 'bad', title: 'T', author: 'not a list', number: 'arXiv:2101.00001' }]), IMPORTED_AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ entry: 0, field: 'author' });
  });
});

describe('importCslJson of a PaperShelf export', () => {
  const text = exportCslJson(HARD_CASES, { exportedAt: IMPORTED_AT })[0]?.text ?? '';
  const papers = papersOf(importCslJson(text, IMPORTED_AT));

  it.each(HARD_CASES.map((paper, index) => [paper.id, index] as const))('restores %s', (_id, index) => {
    const original = HARD_CASES[index]!;
    const paper = papers[index]!;
    expect(paper.id).toBe(original.id);
    expect(paper.title).toBe(original.title);
    expect(paper.authors).toEqual(original.authors);
    expect(paper.abstract).toBe(original.abstract);
    expect(paper.doi).toBe(original.doi);
    expect(paper.note).toBe(original.note.trim());
    expect(paper.tags).toEqual(original.tags.map((tag) => tag.replace(/\s*,\s*/g, ' ')));
  });
});
