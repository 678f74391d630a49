import type { PaperRecord } from '../../lib/paper';
import { generatePapers, type GeneratedPaper } from './data';
import type { BenchPlan } from './options';
import { arxivListingHtml, huggingfaceListHtml } from './pages';

/** One generated page served at a real URL, with the saved state each of its bars must show. */
export interface Listing {
  label: string;
  url: string;
  html: string;
  papers: GeneratedPaper[];
  expectedStates: { paperId: string; saved: boolean }[];
}

/** Every other paper is saved, starting with the first, so half the bars show aria-pressed=true. */
const isSaved = (index: number) => index % 2 === 0;

function toListing(label: string, url: string, html: string, papers: GeneratedPaper[]): Listing {
  const expectedStates = papers.map(({ record }) => ({ paperId: record.id, saved: record.savedAt !== undefined }));
  return { label, url, html, papers, expectedStates };
}

/**
 * Generates the arXiv listings of the plan's sizes (each a prefix of the largest, so they
 * share papers) and one Hugging Face list, plus the records of their saved papers, which
 * the benchmark imports before it loads any page.
 */
export function createListings(plan: BenchPlan): { arxiv: Listing[]; huggingface: Listing; saved: PaperRecord[] } {
  const largest = Math.max(...plan.listingSizes);
  const arxivPapers = generatePapers({ count: largest, seed: 1, firstMonth: 2401, isSaved });
  const arxiv = plan.listingSizes.map((size) => {
    const papers = arxivPapers.slice(0, size);
    const url = `https://arxiv.org/list/cs.LG/2401?show=${size}`;
    return toListing(`arXiv listing, ${size} entries`, url, arxivListingHtml(papers), papers);
  });

  const cardPapers = generatePapers({ count: plan.huggingfaceCards, seed: 2, firstMonth: 2609, isSaved });
  const huggingface = toListing(
    `Hugging Face list, ${plan.huggingfaceCards} cards`,
    'https://huggingface.co/papers/date/2026-10-01',
    huggingfaceListHtml(cardPapers),
    cardPapers,
  );

  const saved = [...arxivPapers, ...cardPapers].map(({ record }) => record).filter((record) => record.savedAt !== undefined);
  return { arxiv, huggingface, saved };
}
