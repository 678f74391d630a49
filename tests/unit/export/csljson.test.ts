// @vitest-environment node
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { exportCslJson } from '../../../lib/export/csljson';
import { absUrl } from '../../../lib/ids';
import { ARXIV_CASES, DOI_CASES, HARD_CASES } from './hard-cases';

const text = exportCslJson(HARD_CASES, { exportedAt: Date.UTC(2024, 5, 1) })[0]?.text ?? '';
const items = JSON.parse(text) as Record<string, unknown>[];

describe('exportCslJson', () => {
  it('writes one item per paper', () => {
    expect(items).toHaveLength(HARD_CASES.length);
  });

  it.each(ARXIV_CASES)('writes %s as an article', (_id, index) => {
    expect(items[index]?.type).toBe('article');
  });

  it.each([
    ['doi:10.18653/v1/n19-1423', 'paper-conference'],
    ['doi:10.1038/nature14539', 'article-journal'],
    ['doi:10.5281/zenodo.1234567', 'article'],
  ])('writes %s as %s', (id, type) => {
    expect(items[HARD_CASES.findIndex((paper) => paper.id === id)]?.type).toBe(type);
  });

  it.each(DOI_CASES)('writes the published fields of %s', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const item = items[index]!;
    expect(item.DOI).toBe(paper.doi);
    expect(item.URL).toBe(absUrl(paper.id));
    expect(item['container-title']).toBe(paper.venue);
    expect(item.number).toBeUndefined();
    expect(item.publisher).toBeUndefined();
  });

  it.each([
    ['doi:10.18653/v1/n19-1423', { 'date-parts': [[2019, 6]] }],
    ['doi:10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-m', { 'date-parts': [[1997]] }],
    ['doi:10.5281/zenodo.1234567', undefined],
  ])('writes the known date of %s', (id, issued) => {
    expect(items[HARD_CASES.findIndex((paper) => paper.id === id)]?.issued).toEqual(issued);
  });

  it('writes unique ids', () => {
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('writes the arXiv fields', () => {
    expect(items[0]).toMatchObject({
      title: 'Attention Is All You Need',
      URL: 'https://arxiv.org/abs/1706.03762',
      number: 'arXiv:1706.03762',
      publisher: 'arXiv',
      issued: { 'date-parts': [[2017, 6, 12]] },
      keyword: 'transformers, NLP, attention self',
      note: HARD_CASES[0]!.note,
    });
  });

  it.each([
    ['Ashish Vaswani', { family: 'Vaswani', given: 'Ashish' }],
    ['Ludwig van Beethoven', { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }],
    ['Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Cher', { literal: 'Cher' }],
    ['ATLAS Collaboration', { literal: 'ATLAS Collaboration' }],
    ['李华', { literal: '李华' }],
  ])('splits %s', (name, cslName) => {
    const item = items.find((candidate) => JSON.stringify(candidate.author).includes(Object.values(cslName)[0]!));
    const authors = item?.author as Record<string, string>[];
    const paper = HARD_CASES.find((candidate) => candidate.authors.includes(name))!;
    expect(authors[paper.authors.indexOf(name)]).toEqual(cslName);
  });

  it('writes the doi and abstract', () => {
    const index = HARD_CASES.findIndex((paper) => paper.doi);
    expect(items[index]?.DOI).toBe(HARD_CASES[index]!.doi);
    expect(items[0]?.abstract).toBe(HARD_CASES[0]!.abstract);
  });
});

describe('exportCslJson with citation.js', () => {
  const cite = new Cite(items);
  const formatted = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
  // APA typesets straight quotes as curly ones.
  const bibliography = formatted.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

  it('loads every item', () => {
    expect(cite.data).toHaveLength(HARD_CASES.length);
  });

  it.each(HARD_CASES.map((paper) => [paper.id, paper.title] as const))('formats the title of %s', (_id, title) => {
    expect(bibliography).toContain(title);
  });

  it.each([['Nature'], ['https://doi.org/10.1038/nature14539']])('formats the published field %s', (text) => {
    expect(bibliography).toContain(text);
  });

  it.each([['Vaswani, A.'], ['Maldacena, J. M.'], ['Müller, J.'], ['ATLAS Collaboration'], ['李华']])(
    'formats the author %s',
    (author) => {
      expect(bibliography).toContain(author);
    },
  );
});
