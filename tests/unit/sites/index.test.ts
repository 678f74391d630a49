import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS, findAdapter } from '../../../lib/sites';

const URLS: [string, 'arxiv' | 'huggingface' | undefined][] = [
  ['https://arxiv.org/list/cs.LG/new', 'arxiv'],
  ['https://arxiv.org/list/cs.LG/2024-01', 'arxiv'],
  ['https://arxiv.org/search/?query=llm&searchtype=all', 'arxiv'],
  ['https://arxiv.org/abs/2402.12354v2', 'arxiv'],
  ['https://export.arxiv.org/abs/hep-th/9901001', 'arxiv'],
  ['https://arxiv.org/html/2403.17537v1/#S2', 'arxiv'],
  ['https://huggingface.co/papers', 'huggingface'],
  ['https://huggingface.co/papers/trending', 'huggingface'],
  ['https://huggingface.co/papers/week/2025-W10', 'huggingface'],
  ['https://huggingface.co/papers?q=diffusion', 'huggingface'],
  ['https://huggingface.co/papers/2402.12354', 'huggingface'],
  ['https://arxiv.org/pdf/2402.12354v2', undefined],
  ['https://huggingface.co/models', undefined],
  ['https://aclanthology.org/2021.naacl-main.208/', undefined],
  ['https://scholar.google.com/scholar?q=transformers', undefined],
  ['https://example.com/abs/2401.00001', undefined],
];

describe('findAdapter', () => {
  it.each(URLS)('picks the adapter for %s', (url, site) => {
    expect(findAdapter(new URL(url))?.id).toBe(site);
  });

  it.each(URLS)('matches at most one adapter for %s', (url) => {
    const matching = SITE_ADAPTERS.filter((adapter) => adapter.matches(new URL(url)));
    expect(matching.length).toBeLessThanOrEqual(1);
  });

  it('lists adapters with unique ids', () => {
    const ids = SITE_ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
