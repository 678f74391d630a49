import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_PAGES, type FixturePage } from '../fixtures/pages';
import type { Harness } from './harness';

export { FIXTURE_PAGES, type FixturePage };

export const RECENT_URL = 'https://arxiv.org/list/cs.AI/recent';

/** The paper the cross-site tests follow: the first entry of the saved cs.AI recent listing. */
export const SHARED_PAPER = {
  id: 'arxiv:2610.08778',
  title: 'Sherpa: Teaching LLMs to Teach Adaptively',
  huggingfaceUrl: 'https://huggingface.co/papers/2610.08778',
} as const;

/** Hand-written Hugging Face paper page for SHARED_PAPER (see fixtures/README.md). */
const OWN_HUGGINGFACE_PAGE = path.join(import.meta.dirname, 'fixtures/huggingface-paper-2610.08778.html');

export function recentPage(): FixturePage {
  const page = FIXTURE_PAGES.find((candidate) => candidate.url === RECENT_URL);
  if (!page) throw new Error(`no fixture page is served at ${RECENT_URL}; check PAPERSHELF_FIXTURES`);
  return page;
}

/**
 * The URL of a Hugging Face page that shows SHARED_PAPER: a fixture page of the
 * manifest when one contains its id, otherwise the hand-written paper page.
 */
export function sharedPaperHuggingfaceUrl(): string {
  const bareId = SHARED_PAPER.id.replace(/^arxiv:/, '');
  const listed = FIXTURE_PAGES.find(
    (page) => page.site === 'huggingface' && readFileSync(page.file, 'utf8').includes(bareId),
  );
  return listed?.url ?? SHARED_PAPER.huggingfaceUrl;
}

/** Serve every manifest page and the e2e fixture at their real URLs. */
export function serveFixtures(harness: Harness): void {
  harness.servePage(SHARED_PAPER.huggingfaceUrl, { file: OWN_HUGGINGFACE_PAGE });
  for (const page of FIXTURE_PAGES) harness.servePage(page.url, { file: page.file });
}
