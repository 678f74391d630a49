// @vitest-environment node
import { exportRis } from '../../../lib/export/ris';
import { absUrl } from '../../../lib/ids';
import { ARXIV_CASES, DOI_CASES, HARD_CASES } from './hard-cases';

const text = exportRis(HARD_CASES, { exportedAt: Date.UTC(2024, 5, 1) })[0]?.text ?? '';
// Records are separated by a blank line.
const records = text
  .split('ER  - \r\n')
  .filter((record) => record.trim())
  .map((record) => record.replace(/^\r\n/, ''));

/** Reads one record's tagged lines as [tag, value] pairs. */
function tags(record: string): [string, string][] {
  return record
    .split('\r\n')
    .map((line) => /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1]!, match[2]!]);
}

function values(record: string, tag: string): string[] {
  return tags(record)
    .filter(([name]) => name === tag)
    .map(([, value]) => value);
}

describe('exportRis', () => {
  it('ends every line with CRLF', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes one record per paper', () => {
    expect(records).toHaveLength(HARD_CASES.length);
  });

  it.each(ARXIV_CASES)('starts %s with TY', (_id, index) => {
    expect(records[index]!.startsWith('TY  - UNPB\r\n')).toBe(true);
  });

  it('writes authors in order as family, given', () => {
    expect(values(records[0]!, 'AU')).toEqual([
      'Vaswani, Ashish', 'Shazeer, Noam', 'Parmar, Niki', 'Uszkoreit, Jakob', 'Jones, Llion',
      'Gomez, Aidan N.', 'Kaiser, Łukasz', 'Polosukhin, Illia',
    ]);
  });

  it('writes title, dates, url and abstract', () => {
    const first = records[0]!;
    expect(values(first, 'TI')).toEqual(['Attention Is All You Need']);
    expect(values(first, 'PY')).toEqual(['2017']);
    expect(values(first, 'DA')).toEqual(['2017/06/12/']);
    expect(values(first, 'UR')).toEqual(['https://arxiv.org/abs/1706.03762']);
    expect(values(first, 'AB')[0]).toContain('recurrent or convolutional');
  });

  it('writes one KW per tag', () => {
    expect(values(records[0]!, 'KW')).toEqual(HARD_CASES[0]!.tags);
  });

  it('writes the doi', () => {
    const index = HARD_CASES.findIndex((paper) => paper.doi);
    expect(values(records[index]!, 'DO')).toEqual([HARD_CASES[index]!.doi]);
  });

  it.each([
    ['doi:10.18653/v1/n19-1423', 'CPAPER'],
    ['doi:10.1038/nature14539', 'JOUR'],
    ['doi:10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-m', 'JOUR'],
    ['doi:10.5281/zenodo.1234567', 'GEN'],
  ])('writes %s as %s', (id, type) => {
    const index = HARD_CASES.findIndex((paper) => paper.id === id);
    expect(values(records[index]!, 'TY')).toEqual([type]);
  });

  it.each(DOI_CASES)('writes DOI, URL and venue of %s without arXiv lines', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const record = records[index]!;
    expect(values(record, 'DO')).toEqual([paper.doi]);
    expect(values(record, 'UR')).toEqual([absUrl(paper.id)]);
    expect(values(record, 'T2')).toEqual(paper.venue ? [paper.venue] : []);
    expect(values(record, 'PB')).toEqual([]);
    expect(values(record, 'AN')).toEqual([]);
    expect(values(record, 'L1')).toEqual([]);
  });

  it.each([
    ['doi:10.1038/nature14539', ['2015'], ['2015/05/28/']],
    ['doi:10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-m', ['1997'], ['1997///']],
    ['doi:10.5281/zenodo.1234567', [], []],
  ])('writes the known date of %s', (id, year, date) => {
    const record = records[HARD_CASES.findIndex((paper) => paper.id === id)]!;
    expect(values(record, 'PY')).toEqual(year);
    expect(values(record, 'DA')).toEqual(date);
  });

  it('keeps note lines after N1', () => {
    const note = records[0]!.split('N1  - ')[1] ?? '';
    expect(note.trimEnd().split('\r\n')).toEqual(HARD_CASES[0]!.note.split('\n'));
  });

  it('indents note lines that look like tags', () => {
    const paper = { ...HARD_CASES[0]!, note: 'first\nER  - not the end' };
    const record = exportRis([paper], { exportedAt: 0 })[0]?.text ?? '';
    expect(record).toContain('\r\n ER  - not the end\r\n');
    expect(record.match(/^ER {2}- /gm)).toHaveLength(1);
  });
});
