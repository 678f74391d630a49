// @vitest-environment node
import { exportBiblatex } from '../../../lib/export/biblatex';
import { exportBibtex } from '../../../lib/export/bibtex';
import { importBibtex } from '../../../lib/import/bibtex';
import type { ImportResult } from '../../../lib/import/types';
import type { PaperRecord } from '../../../lib/paper';
import { creatorDisplayName, parseWithReferenceParser } from '../export/bib-parser';
import { HARD_CASES } from '../export/hard-cases';

const IMPORTED_AT = Date.UTC(2024, 6, 1);

/** Zotero 7's BibTeX export of an arXiv preprint. */
const ZOTERO_ENTRY = `
@misc{vaswani_attention_2023,
	title = {Attention {Is} {All} {You} {Need}},
	url = {http://arxiv.org/abs/1706.03762},
	doi = {10.48550/arXiv.1706.03762},
	abstract = {The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.},
	urldate = {2024-01-15},
	publisher = {arXiv},
	author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki and Uszkoreit, Jakob and Jones, Llion and Gomez, Aidan N. and Kaiser, {\\L}ukasz and Polosukhin, Illia},
	month = aug,
	year = {2023},
	note = {arXiv:1706.03762 [cs]},
	keywords = {Computer Science - Computation and Language, Computer Science - Machine Learning},
	annote = {Comment: 15 pages, 5 figures},
}
`;

/** Entries that each name their arXiv paper in only one of the usual ways. */
const ID_SOURCES = `
@article{eprintonly,
  author = {M{\\"u}ller, J{\\'e}r{\\^o}me},
  title = {Eprint and archive prefix},
  year = 2021,
  eprint = {2101.00001v3},
  archiveprefix = {arXiv},
  primaryclass = {cs.LG},
}
@article{scholar,
  title={Journal field only},
  author={Nguy{\\~{\\^e}}n, V{\\u{a}}n An and Tr{\\\`{\\^a}}n, B},
  journal={arXiv preprint arXiv:2102.00002},
  year={2021}
}
@misc{numberonly, title = "Number field only", author = "Smith, John", number = "arXiv:hep-th/9711200"}
@misc{urlonly, title = {URL only}, url = {https://arxiv.org/pdf/2103.00003v2.pdf}}
@misc{doionly, title = {DOI only}, doi = {10.48550/arXiv.2104.00004}}
@online{biblatex, title = {BibLaTeX eprint}, eprint = {2105.00005}, eprinttype = {arxiv}, eprintclass = {math.CO}, date = {2021-05-03}}
`;

function papersOf(result: ImportResult): PaperRecord[] {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.papers;
}

describe('importBibtex from Zotero', () => {
  const [paper] = papersOf(importBibtex(ZOTERO_ENTRY, IMPORTED_AT));

  it('identifies the paper by its arXiv id', () => {
    expect(paper?.id).toBe('arxiv:1706.03762');
  });

  it('decodes title and authors', () => {
    expect(paper?.title).toBe('Attention Is All You Need');
    expect(paper?.authors).toHaveLength(8);
    expect(paper?.authors[0]).toBe('Ashish Vaswani');
    expect(paper?.authors[6]).toBe('Łukasz Kaiser');
  });

  it('reads keywords as tags', () => {
    expect(paper?.tags).toEqual(['Computer Science - Computation and Language', 'Computer Science - Machine Learning']);
  });

  it('keeps annote and drops the arXiv reference note', () => {
    expect(paper?.note).toBe('Comment: 15 pages, 5 figures');
  });

  it('drops the arXiv DOI', () => {
    expect(paper?.doi).toBeUndefined();
  });

  it('dates the paper by year and month', () => {
    expect(paper?.published).toBe('2023-08');
  });

  it('saves the paper as to-read', () => {
    expect(paper?.savedAt).toBe(IMPORTED_AT);
    expect(paper?.status).toBe('to-read');
    expect(paper?.createdAt).toBe(IMPORTED_AT);
  });
});

describe('importBibtex id sources', () => {
  const papers = papersOf(importBibtex(ID_SOURCES, IMPORTED_AT));
  const byTitle = new Map(papers.map((paper) => [paper.title, paper]));

  it.each([
    ['Eprint and archive prefix', 'arxiv:2101.00001', 3],
    ['Journal field only', 'arxiv:2102.00002', undefined],
    ['Number field only', 'arxiv:hep-th/9711200', undefined],
    ['URL only', 'arxiv:2103.00003', 2],
    ['DOI only', 'arxiv:2104.00004', undefined],
    ['BibLaTeX eprint', 'arxiv:2105.00005', undefined],
  ])('finds the id of "%s"', (title, id, version) => {
    expect(byTitle.get(title)?.id).toBe(id);
    expect(byTitle.get(title)?.version).toBe(version);
  });

  it('reads the primary class', () => {
    expect(byTitle.get('Eprint and archive prefix')?.categories).toEqual(['cs.LG']);
    expect(byTitle.get('BibLaTeX eprint')?.categories).toEqual(['math.CO']);
  });

  it('decodes accented names', () => {
    expect(byTitle.get('Eprint and archive prefix')?.authors).toEqual(['Jérôme Müller']);
    expect(byTitle.get('Journal field only')?.authors).toEqual(['Văn An Nguyễn', 'B Trần']);
  });

  it('reads the biblatex date', () => {
    expect(byTitle.get('BibLaTeX eprint')?.published).toBe('2021-05-03');
  });
});

describe('importBibtex failures', () => {
  it('names entries without an arXiv id', () => {
    const result = importBibtex(`${ZOTERO_ENTRY}\n@article{knuth1984, title={Literate Programming}, journal={The Computer Journal}, year={1984}}`, IMPORTED_AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.entry).toBe('knuth1984');
    expect(result.errors[0]?.message).toMatch(/no arXiv identifier/);
  });

  it('rejects an entry without a title', () => {
    const result = importBibtex('@misc{untitled, eprint = {2101.00001}, archivePrefix = {arXiv}}', IMPORTED_AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ entry: 'untitled', field: 'title' });
  });

  it('reports unbalanced braces with the entry key', () => {
    const result = importBibtex('@misc{broken, title = {Open {brace}, eprint = {2101.00001}}\n', IMPORTED_AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.entry).toBe('broken');
    expect(result.errors[0]?.message).toMatch(/unbalanced braces/);
  });

  it('rejects a file without entries', () => {
    expect(importBibtex('% just a comment\n', IMPORTED_AT).ok).toBe(false);
  });

  it('rejects an undefined macro', () => {
    const result = importBibtex('@misc{macro, title = undefinedmacro, eprint = {2101.00001}}', IMPORTED_AT);
    expect(result.ok).toBe(false);
  });
});

describe('importBibtex syntax', () => {
  it.each([
    ['@string', '@string{arx = "arXiv preprint "}\n@misc{a, title = {T}, journal = arx # "arXiv:2101.00001"}'],
    ['parentheses', '@misc(a, title = {T}, eprint = {2101.00001})'],
    ['comments', '@comment{ignored @misc{x}}\nfree text with an @ sign\n@misc{a, title = {T}, eprint = {2101.00001},}'],
    ['uppercase names', '@MISC{a, TITLE = {T}, EPRINT = {2101.00001}, ARCHIVEPREFIX = {arXiv}}'],
  ])('reads %s', (_name, text) => {
    const papers = papersOf(importBibtex(text, IMPORTED_AT));
    expect(papers.map((paper) => paper.id)).toEqual(['arxiv:2101.00001']);
    expect(papers[0]?.title).toBe('T');
  });

  it('merges two entries for one paper', () => {
    const text = '@misc{a, title = {T}, eprint = {2101.00001}, keywords = {x}}\n@misc{b, title = {T}, eprint = {2101.00001v2}, keywords = {y}}';
    const papers = papersOf(importBibtex(text, IMPORTED_AT));
    expect(papers).toHaveLength(1);
    expect(papers[0]?.tags).toEqual(['x', 'y']);
    expect(papers[0]?.version).toBe(2);
  });
});

describe('importBibtex of PaperShelf exports', () => {
  it.each([
    ['BibTeX', exportBibtex],
    ['BibLaTeX', exportBiblatex],
  ])('restores %s fields', (_name, exporter) => {
    const text = exporter(HARD_CASES, { exportedAt: IMPORTED_AT })[0]?.text ?? '';
    const papers = papersOf(importBibtex(text, IMPORTED_AT));
    expect(papers.map((paper) => paper.id)).toEqual(HARD_CASES.map((paper) => paper.id));
    papers.forEach((paper, index) => {
      const original = HARD_CASES[index]!;
      expect(paper.title).toBe(original.title);
      expect(paper.authors).toEqual(original.authors);
      expect(paper.categories).toEqual(original.categories.slice(0, 1));
      expect(paper.doi).toBe(original.doi);
      expect(paper.note).toBe(original.note.trim());
      expect(paper.tags).toEqual(original.tags.map((tag) => tag.replace(/\s*,\s*/g, ' ')));
    });
  });

  it('agrees with the reference parser', () => {
    const text = exportBibtex(HARD_CASES, { exportedAt: IMPORTED_AT })[0]?.text ?? '';
    const reference = parseWithReferenceParser(text).entries;
    const papers = papersOf(importBibtex(text, IMPORTED_AT));
    papers.forEach((paper, index) => {
      expect(paper.title).toBe(reference[index]?.fields.title?.normalize('NFC'));
      expect(paper.authors).toEqual((reference[index]?.fields.author ?? []).map(creatorDisplayName));
    });
  });
});
