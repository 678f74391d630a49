// @vitest-environment node
import { parse as parseYaml } from 'yaml';
import { exportMarkdown, exportMarkdownNotes, obsidianTag } from '../../../lib/export/markdown';
import { isoDate } from '../../../lib/export/types';
import { absUrl } from '../../../lib/ids';
import { ARXIV_CASES, DOI_CASES, HARD_CASES } from './hard-cases';

function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match?.[1]) throw new Error('no front matter');
  return parseYaml(match[1]) as Record<string, unknown>;
}

const notes = exportMarkdownNotes(HARD_CASES);
const cases = HARD_CASES.map((paper, index) => [paper.id, index] as const);

describe('exportMarkdownNotes', () => {
  it('writes one file per paper', () => {
    expect(notes).toHaveLength(HARD_CASES.length);
  });

  it.each(ARXIV_CASES)('writes front matter fields of %s', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const fields = frontMatter(notes[index]!.text);
    expect(fields.title).toBe(paper.title);
    expect(fields.authors).toEqual(paper.authors);
    expect(fields.id).toBe(paper.id);
    expect(fields.arxiv).toBe(paper.id.replace('arxiv:', ''));
    expect(fields.url).toBe(`https://arxiv.org/abs/${paper.id.replace('arxiv:', '')}`);
    expect(fields.status).toBe(paper.status);
    expect(fields.created).toBe(isoDate(paper.createdAt));
    expect(fields.updated).toBe(isoDate(paper.updatedAt));
    expect(fields.saved).toBe(paper.savedAt === undefined ? undefined : isoDate(paper.savedAt));
  });

  it.each(DOI_CASES)('writes front matter fields of %s', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const fields = frontMatter(notes[index]!.text);
    expect(fields.title).toBe(paper.title);
    expect(fields.authors).toEqual(paper.authors);
    expect(fields.id).toBe(paper.id);
    expect(fields.doi).toBe(paper.doi);
    expect(fields.venue).toBe(paper.venue);
    expect(fields.arxiv).toBeUndefined();
    expect(fields.url).toBe(absUrl(paper.id));
    expect(fields.status).toBe(paper.status);
  });

  it.each(DOI_CASES)('links the DOI of %s in the body', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const body = notes[index]!.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const link = /^\[doi:(.+)\]\((.+)\)$/m.exec(body);
    expect(link?.[1]).toBe(paper.doi);
    expect(decodeURIComponent(link?.[2] ?? '')).toBe(`https://doi.org/${paper.doi!.toLowerCase()}`);
  });

  it('names DOI notes by their DOI', () => {
    const index = HARD_CASES.findIndex((paper) => paper.id === 'doi:10.1038/nature14539');
    expect(notes[index]!.filename).toBe('doi 10.1038_nature14539 Deep learning.md');
  });

  it('writes tags Obsidian accepts', () => {
    const index = HARD_CASES.findIndex((paper) => paper.id === 'arxiv:1901.00001');
    expect(frontMatter(notes[index]!.text).tags).toEqual(['music-theory', 'history']);
  });

  it.each(cases)('writes the note of %s after the front matter', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const body = notes[index]!.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body).toContain(paper.note.trim());
  });

  it('writes safe unique file names', () => {
    const names = notes.map((note) => note.filename);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/\.md$/);
      expect(name).not.toMatch(/[\\/:*?"<>|#^[\]]/);
      expect(name.length).toBeLessThanOrEqual(120);
    }
  });

  it('numbers a repeated paper', () => {
    const [first, second] = exportMarkdownNotes([HARD_CASES[0]!, HARD_CASES[0]!]);
    expect(second!.filename).not.toBe(first!.filename);
  });

  it('names old-style ids without a slash', () => {
    const index = HARD_CASES.findIndex((paper) => paper.id === 'arxiv:hep-th/9711200');
    expect(notes[index]!.filename.startsWith('hep-th_9711200 ')).toBe(true);
  });
});

describe('exportMarkdown', () => {
  const text = exportMarkdown(HARD_CASES, { exportedAt: Date.UTC(2024, 5, 1) })[0]?.text ?? '';
  const sections = text.split(/^## /m).slice(1);

  it('writes one section per paper', () => {
    expect(sections).toHaveLength(HARD_CASES.length);
  });

  it('links the title to the abstract page', () => {
    expect(sections[0]).toMatch(/^\[Attention Is All You Need\]\(https:\/\/arxiv\.org\/abs\/1706\.03762\)/);
  });

  it('escapes Markdown in titles', () => {
    const index = HARD_CASES.findIndex((paper) => paper.id === 'arxiv:2310.01234');
    expect(sections[index]).toContain('\\#Hashtags\\_and \\{Braces\\}');
  });

  it.each(ARXIV_CASES)('lists id, status and note of %s', (_id, index) => {
    const paper = HARD_CASES[index]!;
    expect(sections[index]).toContain(paper.id.replace('arxiv:', ''));
    expect(sections[index]).toMatch(/\*\*Status:\*\* (To read|Reading|Read)/);
    expect(sections[index]).toContain(paper.note.trim());
  });
});

describe('exportMarkdown of DOI records', () => {
  const text = exportMarkdown(HARD_CASES, { exportedAt: Date.UTC(2024, 5, 1) })[0]?.text ?? '';
  const sections = text.split(/^## /m).slice(1);

  it.each(DOI_CASES)('lists DOI, venue, status and note of %s', (_id, index) => {
    const paper = HARD_CASES[index]!;
    const section = sections[index]!.replace(/\\(.)/g, '$1');
    expect(section).toContain(`**DOI:** ${paper.doi}`);
    if (paper.venue) expect(section).toContain(`**Venue:** ${paper.venue}`);
    expect(section).not.toContain('**arXiv:**');
    expect(sections[index]).toMatch(/\*\*Status:\*\* (To read|Reading|Read)/);
    expect(section).toContain(paper.note.trim());
  });

  it('links the title to doi.org', () => {
    const index = HARD_CASES.findIndex((paper) => paper.id === 'doi:10.1038/nature14539');
    expect(sections[index]).toMatch(/^\[Deep learning\]\(https:\/\/doi\.org\/10\.1038\/nature14539\)/);
  });

  it('encodes parentheses in a DOI link', () => {
    const index = HARD_CASES.findIndex((paper) => paper.id.startsWith('doi:10.1002/'));
    const url = /^\[[^\n]*\]\((\S+)\)$/m.exec(sections[index]!)?.[1] ?? '';
    expect(url).not.toMatch(/[()<>]/);
    expect(decodeURIComponent(url)).toBe(`https://doi.org/${HARD_CASES[index]!.id.slice('doi:'.length)}`);
  });

  it('leaves out the date of a DOI record without one', () => {
    const index = HARD_CASES.findIndex((paper) => paper.id === 'doi:10.5281/zenodo.1234567');
    expect(sections[index]).not.toContain('**Published:**');
  });
});

describe('obsidianTag', () => {
  it.each([
    ['music theory', 'music-theory'],
    ['#history', 'history'],
    ['ml/nlp', 'ml/nlp'],
    ['C++', 'C'],
    ['计算机视觉', '计算机视觉'],
  ])('rewrites %s', (tag, rewritten) => {
    expect(obsidianTag(tag)).toBe(rewritten);
  });
});
