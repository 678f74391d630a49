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

/** Published papers as Google Scholar and publishers export them: DOIs, no arXiv id. */
const PUBLISHED_ENTRIES = `
@article{lecun2015deep,
  title={Deep learning},
  author={LeCun, Yann and Bengio, Yoshua and Hinton, Geoffrey},
  journal={Nature},
  volume={521},
  number={7553},
  pages={436--444},
  year={2015},
  month=may,
  publisher={Nature Publishing Group},
  doi={10.1038/NATURE14539}
}
@inproceedings{devlin-etal-2019-bert,
  title = "{BERT}: Pre-training of Deep Bidirectional Transformers for Language Understanding",
  author = "Devlin, Jacob and Chang, Ming-Wei and Lee, Kenton and Toutanova, Kristina",
  booktitle = "Proceedings of the 2019 Conference of the North {A}merican Chapter of the Association for Computational Linguistics",
  year = "2019",
  url = "https://doi.org/10.18653/v1/N19-1423",
}
@book{knuthbook, title = {The {\TeX}book}, author = {Knuth, Donald E.}, year = {1986}, doi = {https://doi.org/10.5555/1102013}}
@article{bothids, title = {Preprint with its DOI}, eprint = {2106.00006}, archivePrefix = {arXiv}, journal = {Journal of Tests}, doi = {10.1000/journal.2021.6}}
@article{samedoi, title = {Deep Learning}, author = {LeCun, Yann}, journal = {Nature}, doi = {doi:10.1038/nature14539}, keywords = {review}}
@article{sametitle, title = {Deep learning}, author = {Smith, Jane}, journal = {Other Journal}, year = 2020, doi = {10.1000/other.2020}}
`;

describe('importBibtex of published papers', () => {
  const papers = papersOf(importBibtex(PUBLISHED_ENTRIES, IMPORTED_AT));
  const byId = new Map(papers.map((paper) => [paper.id, paper]));

  it('makes one record per DOI', () => {
    expect(papers.map((paper) => paper.id)).toEqual([
      'doi:10.1038/nature14539',
      'doi:10.18653/v1/n19-1423',
      'doi:10.5555/1102013',
      'arxiv:2106.00006',
      'doi:10.1000/other.2020',
    ]);
  });

  it.each([
    ['doi:10.1038/nature14539', '10.1038/NATURE14539', 'Nature', 'journal', '2015-05'],
    [
      'doi:10.18653/v1/n19-1423',
      '10.18653/v1/N19-1423',
      'Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics',
      'proceedings',
      '2019',
    ],
    ['doi:10.5555/1102013', '10.5555/1102013', undefined, undefined, '1986'],
    ['doi:10.1000/other.2020', '10.1000/other.2020', 'Other Journal', 'journal', '2020'],
  ])('reads %s', (id, doi, venue, venueType, published) => {
    const paper = byId.get(id);
    expect(paper?.doi).toBe(doi);
    expect(paper?.venue).toBe(venue);
    expect(paper?.venueType).toBe(venueType);
    expect(paper?.published).toBe(published);
    expect(paper?.links).toEqual({ abs: `https://doi.org/${id.slice('doi:'.length)}` });
    expect(paper?.firstSeen?.url).toBe(`https://doi.org/${id.slice('doi:'.length)}`);
  });

  it('prefers the arXiv id to the DOI', () => {
    const paper = byId.get('arxiv:2106.00006');
    expect(paper?.doi).toBe('10.1000/journal.2021.6');
    expect(paper?.venue).toBeUndefined();
    expect(paper?.links.pdf).toBe('https://arxiv.org/pdf/2106.00006');
  });

  it('merges two entries whose DOIs differ only in case', () => {
    const paper = byId.get('doi:10.1038/nature14539');
    expect(paper?.title).toBe('Deep learning');
    expect(paper?.authors).toEqual(['Yann LeCun', 'Yoshua Bengio', 'Geoffrey Hinton']);
    expect(paper?.tags).toEqual(['review']);
  });

  it('keeps two papers with the same title apart', () => {
    expect(byId.get('doi:10.1000/other.2020')?.title).toBe('Deep learning');
    expect(byId.get('doi:10.1000/other.2020')?.authors).toEqual(['Jane Smith']);
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
    expect(result.errors[0]?.message).toMatch(/or DOI/);
  });

  it.each([
    ['@article{baddoi, title = {Bad DOI}, doi = {not-a-doi}}', 'baddoi'],
    ['@misc{otherurl, title = {Other URL}, url = {https://example.org/10.1000/182}}', 'otherurl'],
  ])('names an entry whose DOI is invalid: %s', (text, entry) => {
    const result = importBibtex(text, IMPORTED_AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ entry, field: null })]);
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
