// @vitest-environment node
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, exportCsv, neutraliseFormula } from '../../../lib/export/csv';
import { isSaved } from '../../../lib/paper';
import { HARD_CASES } from './hard-cases';

const text = exportCsv(HARD_CASES, { exportedAt: Date.UTC(2024, 5, 1) })[0]?.text ?? '';
const [header, ...rows] = parse(text, { bom: true }) as string[][];

/** Removes the quote that neutralises a formula-like cell. */
function original(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

describe('exportCsv', () => {
  it('writes the header row', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
  });

  it('ends records with CRLF', () => {
    const strict = parse(text, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(strict).toEqual([header, ...rows]);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('starts with a byte order mark', () => {
    expect(text.startsWith('\ufeff')).toBe(true);
  });

  it('writes one row per paper', () => {
    expect(rows).toHaveLength(HARD_CASES.length);
  });

  it.each(HARD_CASES.map((paper, index) => [paper.id, index] as const))('round-trips the cells of %s', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const row = Object.fromEntries(CSV_COLUMNS.map((column, position) => [column, original(rows[index]![position]!)]));
    expect(row.id).toBe(paper.id);
    expect(row.title).toBe(paper.title);
    expect(row.authors).toBe(paper.authors.join('; '));
    expect(row.status).toBe(paper.status);
    expect(row.saved).toBe(String(isSaved(paper)));
    expect(row.tags).toBe(paper.tags.join('; '));
    expect(row.note).toBe(paper.note);
    expect(row.published).toBe(paper.published ?? '');
    expect(row.categories).toBe(paper.categories.join('; '));
    expect(row.savedAt).toBe(paper.savedAt === undefined ? '' : new Date(paper.savedAt).toISOString());
    expect(row.doi).toBe(paper.doi ?? '');
    expect(row.venue).toBe(paper.venue ?? '');
  });

  it.each([
    ['arxiv:1706.03762', 'https://arxiv.org/abs/1706.03762'],
    ['doi:10.1038/nature14539', 'https://doi.org/10.1038/nature14539'],
  ])('writes the URL of %s', (id, url) => {
    const index = HARD_CASES.findIndex((paper) => paper.id === id);
    expect(rows[index]![CSV_COLUMNS.indexOf('url')]).toBe(url);
  });

  it('neutralises formula cells', () => {
    const index = HARD_CASES.findIndex((paper) => paper.id === 'arxiv:2001.00001');
    const row = rows[index]!;
    expect(row[CSV_COLUMNS.indexOf('title')]).toBe(`'${HARD_CASES[index]!.title}`);
    expect(row[CSV_COLUMNS.indexOf('note')]).toBe(`'${HARD_CASES[index]!.note}`);
    expect(row[CSV_COLUMNS.indexOf('tags')]).toBe(`'@mention; +plus; -minus`);
  });
});

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('prefixes %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['plain', '1-2', 'a=b', ''])('leaves %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});
