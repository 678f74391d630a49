// @vitest-environment node
import { exportRis } from '../../../lib/export/ris';
import { HARD_CASES } from './hard-cases';

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

  it.each(HARD_CASES.map((paper, index) => [paper.id, index] as const))('starts %s with TY', (_id, index) => {
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
