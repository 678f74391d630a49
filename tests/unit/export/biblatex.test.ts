// @vitest-environment node
import { exportBiblatex } from '../../../lib/export/biblatex';
import { exportBibtex } from '../../../lib/export/bibtex';
import { bareArxivId } from '../../../lib/ids';
import { creatorDisplayName, parseWithReferenceParser } from './bib-parser';
import { HARD_CASES } from './hard-cases';

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

  it.each(cases)('writes eprint fields of %s', (_id, index) => {
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
    ['arxiv:1706.03762', '2017-06-12'],
    ['arxiv:math/0211159', '2002-11'],
  ])('writes the date of %s', (id, date) => {
    const index = HARD_CASES.findIndex((paper) => paper.id === id);
    expect(library.entries[index]!.fields.date).toBe(date);
  });
});
