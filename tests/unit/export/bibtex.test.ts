// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportBibtex } from '../../../lib/export/bibtex';
import { absUrl, bareArxivId } from '../../../lib/ids';
import { creatorDisplayName, parseWithReferenceParser } from './bib-parser';
import { ARXIV_CASES, DOI_CASES, HARD_CASES } from './hard-cases';

const context = { exportedAt: Date.UTC(2024, 5, 1) };
const text = exportBibtex(HARD_CASES, context)[0]?.text ?? '';
const library = parseWithReferenceParser(text);
const entryFor = (index: number) => library.entries[index];

describe('exportBibtex', () => {
  it('parses without errors', () => {
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(HARD_CASES.length);
  });

  it('writes unique keys', () => {
    const keys = library.entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(ARXIV_CASES)('writes eprint fields of %s', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const entry = entryFor(index)!;
    expect(entry.type).toBe('misc');
    expect(entry.fields.eprint).toBe(bareArxivId(paper.id));
    expect(entry.fields.archiveprefix).toBe('arXiv');
    expect(entry.fields.primaryclass).toBe(paper.categories[0]);
    expect(entry.fields.url).toBe(`https://arxiv.org/abs/${bareArxivId(paper.id)}`);
  });

  it.each(HARD_CASES.map((paper, index) => [paper.id, index] as const))('decodes authors of %s in order', (_id, index) => {
    const authors = (entryFor(index)!.fields.author ?? []).map(creatorDisplayName);
    expect(authors).toEqual(HARD_CASES[index]!.authors);
  });

  it.each(HARD_CASES.map((paper, index) => [paper.id, index] as const))('decodes title of %s', (_id, index) => {
    expect(entryFor(index)!.fields.title?.normalize('NFC')).toBe(HARD_CASES[index]!.title);
  });

  it('writes accented names as LaTeX commands', () => {
    expect(text).toContain('M{\\"u}ller, J{\\\'e}r{\\^o}me');
    expect(text).toContain('Nguy{\\~{\\^e}}n');
    expect(text).toContain('Kaiser, {\\L}ukasz');
    expect(text).toContain('Gro{\\ss}mann');
  });

  it('writes year, month and doi', () => {
    const index = HARD_CASES.findIndex((paper) => paper.id === 'arxiv:hep-th/9711200');
    const fields = entryFor(index)!.fields;
    expect(fields.year).toBe('1997');
    expect(fields.month).toBe('11');
    expect(fields.doi).toBe('10.1023/A:1026654312961');
  });

  it('writes tags as keywords', () => {
    const fields = entryFor(0)!.fields;
    // The parser returns keywords sorted.
    expect([...(fields.keywords ?? [])].sort()).toEqual(['transformers', 'NLP', 'attention self'].sort());
  });

  it('dates a paper without published date by its id', () => {
    const index = HARD_CASES.findIndex((paper) => paper.id === 'arxiv:math/0211159');
    expect(entryFor(index)!.fields.year).toBe('2002');
    expect(entryFor(index)!.fields.month).toBe('11');
  });

  it.each([
    ['doi:10.18653/v1/n19-1423', 'inproceedings', 'booktitle'],
    ['doi:10.1038/nature14539', 'article', 'journal'],
    ['doi:10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-m', 'article', 'journal'],
  ])('writes %s as @%s with its %s', (id, type, venueField) => {
    const index = HARD_CASES.findIndex((paper) => paper.id === id);
    const entry = entryFor(index)!;
    expect(entry.type).toBe(type);
    expect(entry.fields[venueField]).toBe(HARD_CASES[index]!.venue);
  });

  it('writes a DOI record without venue as @misc', () => {
    const index = HARD_CASES.findIndex((paper) => paper.id === 'doi:10.5281/zenodo.1234567');
    expect(entryFor(index)!.type).toBe('misc');
    expect(entryFor(index)!.fields.year).toBeUndefined();
  });

  it.each(DOI_CASES)('writes the DOI of %s without eprint fields', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const fields = entryFor(index)!.fields;
    expect(fields.doi).toBe(paper.doi);
    expect(fields.url).toBe(absUrl(paper.id));
    expect(fields.url).toMatch(/^https:\/\/doi\.org\/10\./);
    expect(fields.eprint).toBeUndefined();
    expect(fields.archiveprefix).toBeUndefined();
    expect(fields.primaryclass).toBeUndefined();
  });

  it.each([
    ['doi:10.18653/v1/n19-1423', '2019', '6'],
    ['doi:10.1038/nature14539', '2015', '5'],
    ['doi:10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-m', '1997', undefined],
  ])('writes the date of %s', (id, year, month) => {
    const fields = entryFor(HARD_CASES.findIndex((paper) => paper.id === id))!.fields;
    expect(fields.year).toBe(year);
    expect(fields.month).toBe(month);
  });

  it('names the file by export date', () => {
    expect(exportBibtex([], context)[0]?.filename).toBe('papershelf-2024-06-01.bib');
  });
});

const BIBTEX = '/usr/bin/bibtex';

describe.skipIf(!existsSync(BIBTEX))('exportBibtex with Debian bibtex (skipped: /usr/bin/bibtex is not installed)', () => {
  let directory = '';

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'papershelf-bibtex-'));
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('runs plain.bst without errors or warnings', () => {
    writeFileSync(join(directory, 'library.bib'), text);
    writeFileSync(join(directory, 'main.aux'), '\\citation{*}\n\\bibstyle{plain}\n\\bibdata{library}\n');
    const run = spawnSync(BIBTEX, ['main'], { cwd: directory, encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`;

    expect(run.status).toBe(0);
    expect(output).not.toMatch(/error/i);
    expect(output).not.toMatch(/warning/i);
  });

  it('typesets every entry into the bbl file', () => {
    const bbl = readFileSync(join(directory, 'main.bbl'), 'utf8');
    const items = bbl.match(/\\bibitem\{/g) ?? [];
    expect(items).toHaveLength(HARD_CASES.length);
    expect(bbl).toContain('基于深度学习的图像识别研究');
  });
});
