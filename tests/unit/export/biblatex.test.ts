// @vitest-environment node
import { exportBiblatex } from '../../../lib/export/biblatex';
import { exportBibtex } from '../../../lib/export/bibtex';
import { absUrl, bareArxivId } from '../../../lib/ids';
import { creatorDisplayName, parseWithReferenceParser } from './bib-parser';
import { ARXIV_CASES, DOI_CASES, HARD_CASES } from './hard-cases';

const context = { exportedAt: Date.UTC(2024, 5, 1) };
const text = exportBiblatex(HARD_CASES, context)[0]?.text ?? '';
const library = parseWithReferenceParser(text);
const cases = HARD_CASES.map((paper, index) => [paper.id, index] as const);

describe('exportBiblatex', () => {
  it('parses without errors', () => {
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(HARD_CASES.length);
  });

  it('uses the BibTeX citation keys', () => {
    const bibtexKeys = parseWithReferenceParser(exportBibtex(HARD_CASES, context)[0]?.text ?? '').entries.map(
      (entry) => entry.key,
    );
    expect(library.entries.map((entry) => entry.key)).toEqual(bibtexKeys);
  });

  it.each(ARXIV_CASES)('writes eprint fields of %s', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const entry = library.entries[index]!;
    expect(entry.type).toBe('online');
    expect(entry.fields.eprint).toBe(bareArxivId(paper.id));
    expect(entry.fields.eprinttype).toBe('arxiv');
    expect(entry.fields.eprintclass).toBe(paper.categories[0]);
  });

  it.each(cases)('decodes authors of %s in order', (_id, index) => {
    const authors = (library.entries[index]!.fields.author ?? []).map(creatorDisplayName);
    expect(authors).toEqual(HARD_CASES[index]!.authors);
  });

  it.each(cases)('decodes title of %s', (_id, index) => {
    expect(library.entries[index]!.fields.title?.normalize('NFC')).toBe(HARD_CASES[index]!.title);
  });

  it('keeps names as UTF-8', () => {
    expect(text).toContain('Müller, Jérôme');
    expect(text).toContain('Nguyễn Thị');
    expect(text).toContain('Kaiser, Łukasz');
    expect(text).not.toContain('{\\"u}');
  });

  it.each([
    ['doi:10.18653/v1/n19-1423', 'inproceedings', 'booktitle'],
    ['doi:10.1038/nature14539', 'article', 'journaltitle'],
    ['doi:10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-m', 'article', 'journaltitle'],
    ['doi:10.5281/zenodo.1234567', 'misc', undefined],
  ])('writes %s as @%s with its %s', (id, type, venueField) => {
    const index = HARD_CASES.findIndex((paper) => paper.id === id);
    const entry = library.entries[index]!;
    expect(entry.type).toBe(type);
    if (venueField) expect(entry.fields[venueField]).toBe(HARD_CASES[index]!.venue);
  });

  it.each(DOI_CASES)('writes the DOI of %s without eprint fields', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const fields = library.entries[index]!.fields;
    expect(fields.doi).toBe(paper.doi);
    expect(fields.url).toBe(absUrl(paper.id));
    expect(fields.eprint).toBeUndefined();
    expect(fields.eprinttype).toBeUndefined();
    expect(fields.eprintclass).toBeUndefined();
  });

  it.each([
    ['arxiv:1706.03762', '2017-06-12'],
    ['arxiv:math/0211159', '2002-11'],
    ['doi:10.1038/nature14539', '2015-05-28'],
    ['doi:10.18653/v1/n19-1423', '2019-06'],
    ['doi:10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-m', '1997'],
    ['doi:10.5281/zenodo.1234567', undefined],
  ])('writes the date of %s', (id, date) => {
    const index = HARD_CASES.findIndex((paper) => paper.id === id);
    expect(library.entries[index]!.fields.date).toBe(date);
  });
});
