// @vitest-environment node
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { exportRis } from '../../../lib/export/ris';
import { HARD_CASES } from './hard-cases';

interface CslItem {
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  DOI?: string;
}

// citation.js's RIS reader was written independently of PaperShelf's writer, so it checks
// the file against another program's reading of the RIS tags.
const text = exportRis(HARD_CASES, { exportedAt: Date.UTC(2024, 5, 1) })[0]?.text ?? '';
const items = new Cite(text).data as CslItem[];

describe('RIS export read by citation.js', () => {
  it('reads every record', () => {
    expect(items).toHaveLength(HARD_CASES.length);
  });

  it.each(HARD_CASES.map((paper, index) => [paper.id, index] as const))('keeps the title of %s', (_id, index) => {
    expect(items[index]?.title).toBe(HARD_CASES[index]!.title);
  });

  it.each(HARD_CASES.map((paper, index) => [paper.id, index] as const))('keeps the authors of %s', (_id, index) => {
    expect(items[index]?.author?.length ?? 0).toBe(HARD_CASES[index]!.authors.length);
  });

  it('keeps DOIs', () => {
    const withDoi = HARD_CASES.map((paper, index) => [paper, items[index]] as const).filter(([paper]) => paper.doi);
    expect(withDoi.length).toBeGreaterThan(0);
    for (const [paper, item] of withDoi) expect(item?.DOI?.toLowerCase()).toBe(paper.doi!.toLowerCase());
  });
});
