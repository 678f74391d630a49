import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { AX, waitUntil } from '../../tests/e2e/ax';
import type { Bar, BarState, StatusLabel } from '../../tests/e2e/bar';
import { openTab, type Harness } from '../../tests/e2e/harness';
import { FIXTURE_PAGES, RECENT_URL, SHARED_PAPER, sharedPaperHuggingfaceUrl, type FixturePage } from '../../tests/e2e/pages';
import { DemoError } from './preflight';
import { activeBar, barTitle, singleBarPaperIds } from './bars';
import type { DemoLog } from './log';
import { screenshotBars } from './screenshots';

/** The changes the demo makes to one paper, which are also what the library must contain for it afterwards. */
export interface SavedPaper {
  id: string;
  title: string;
  status: StatusLabel;
  tags: string[];
  note: string;
}

type Plan = Omit<SavedPaper, 'id' | 'title'>;

const ARXIV_PLANS: Plan[] = [
  { status: 'Reading', tags: ['llm', 'tutoring'], note: 'Compare with the tutoring baseline.\nSection 4 has the ablation.' },
  { status: 'Read', tags: ['agents'], note: '' },
  { status: 'To read', tags: ['agents'], note: '' },
];

const HUGGINGFACE_PLANS: Plan[] = [
  { status: 'Reading', tags: ['benchmarks'], note: 'Check how the evaluation set was built.' },
  { status: 'To read', tags: ['to-discuss'], note: '' },
];

const BARS_TIMEOUT_MS = 15_000;

/** Status and tag that the cross-site step sets on Hugging Face and then expects on arXiv. */
const CROSS_SITE_STATUS: StatusLabel = 'Read';
const CROSS_SITE_TAG = 'cross-site';

function sameTags(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && expected.every((tag) => actual.includes(tag));
}

function describeState(state: BarState): string {
  const tags = state.tags.length > 0 ? state.tags.join(', ') : 'no tags';
  return `${state.saved ? 'saved' : 'not saved'}, ${state.status ?? 'no status'}, ${tags}`;
}

/** The fixture page at `preferredUrl`, or else the first of `site` that lists at least `papers` papers. */
function pickPage(site: FixturePage['site'], papers: number, preferredUrl?: string): FixturePage {
  const candidates = FIXTURE_PAGES.filter((fixture) => fixture.site === site && fixture.papers >= papers);
  const page = candidates.find((fixture) => fixture.url === preferredUrl) ?? candidates[0];
  if (!page) throw new DemoError(`no ${site} fixture page lists ${papers} or more papers`);
  return page;
}

/** Save the paper, choose its status, add its tags and type its note, waiting for each change to show. */
async function applyPlan(bar: Bar, plan: Plan, log: DemoLog): Promise<void> {
  await bar.toggleSave();
  await bar.waitForState((state) => state.saved, 'saved');
  if (plan.status !== 'To read') {
    await bar.chooseStatus(plan.status);
    await bar.waitForState((state) => state.status === plan.status, `status ${plan.status}`);
  }
  for (const tag of plan.tags) {
    await bar.addTag(tag);
    await bar.waitForState((state) => state.tags.includes(tag), `tag ${tag}`);
  }
  if (plan.note) await bar.typeNote(plan.note);

  const state = await bar.state();
  const note = plan.note ? `; note typed: "${plan.note.replace(/\n/g, ' / ')}"` : '';
  log.info(`${bar.paperId}: ${describeState(state)}${note}`);
}

/** Open `fixture`, apply one plan to each of its first papers, and screenshot them. */
async function usePage(
  harness: Harness,
  fixture: FixturePage,
  plans: Plan[],
  firstId: string | undefined,
  log: DemoLog,
  file: string,
): Promise<{ page: Page; ax: AX; papers: SavedPaper[] }> {
  log.info(`${fixture.url} (${fixture.name})`);
  const page = await openTab(harness, fixture.url);
  const ax = await AX.attach(page);
  const onPage = await waitUntil(
    () => singleBarPaperIds(page),
    (found) => found.length >= plans.length,
    { timeout: BARS_TIMEOUT_MS, message: `${plans.length} bars on ${fixture.url}` },
  );
  const ids = firstId !== undefined && onPage.includes(firstId) ? [firstId, ...onPage.filter((id) => id !== firstId)] : onPage;

  const papers: SavedPaper[] = [];
  for (const [index, plan] of plans.entries()) {
    const bar = await activeBar(ax, ids[index]!);
    await applyPlan(bar, plan, log);
    papers.push({ id: bar.paperId, title: await barTitle(bar), ...plan });
  }
  await screenshotBars(page, papers.map((paper) => paper.id), file);
  log.wrote(file);
  return { page, ax, papers };
}

/**
 * Open SHARED_PAPER's Hugging Face page and check that it shows what was set
 * on arXiv. Then change its status and tags there and check that the arXiv tab,
 * still open and not reloaded, follows.
 */
async function crossSite(
  harness: Harness,
  arxiv: { page: Page; ax: AX },
  paper: SavedPaper,
  log: DemoLog,
  dir: string,
): Promise<void> {
  const url = sharedPaperHuggingfaceUrl();
  log.info(`${url}: the Hugging Face page of ${paper.id}, saved on arXiv above`);
  const page = await openTab(harness, url);
  const ax = await AX.attach(page);
  const bar = await activeBar(ax, paper.id);
  const state = await bar.waitForState((current) => current.saved, 'saved on Hugging Face').catch(() => bar.state());
  const note = await bar.note();

  log.info(`Hugging Face shows: ${describeState(state)}; note "${note.replace(/\n/g, ' / ')}"`);
  log.check(state.saved, 'saved on arXiv, shown as saved on Hugging Face');
  log.check(state.status === paper.status, `status ${paper.status} on both sites`);
  log.check(sameTags(state.tags, paper.tags), `tags ${paper.tags.join(', ')} on both sites`);
  log.check(note === paper.note, 'note written on arXiv shown on Hugging Face');
  const shownFile = path.join(dir, '03-huggingface-shows-arxiv-save.png');
  await screenshotBars(page, [paper.id], shownFile);
  log.wrote(shownFile);

  await bar.chooseStatus(CROSS_SITE_STATUS);
  await bar.addTag(CROSS_SITE_TAG);
  log.info(`on Hugging Face: set status ${CROSS_SITE_STATUS} and added tag ${CROSS_SITE_TAG}`);
  paper.status = CROSS_SITE_STATUS;
  paper.tags = [...paper.tags, CROSS_SITE_TAG];

  const arxivBar = await activeBar(arxiv.ax, paper.id);
  const followed = await arxivBar
    .waitForState((current) => current.status === CROSS_SITE_STATUS && current.tags.includes(CROSS_SITE_TAG), 'change from Hugging Face')
    .catch(() => arxivBar.state());
  log.info(`the open arXiv tab shows: ${describeState(followed)}`);
  log.check(
    followed.status === CROSS_SITE_STATUS && sameTags(followed.tags, paper.tags),
    'change made on Hugging Face shown on the open arXiv tab without a reload',
  );
  await arxiv.page.bringToFront();
  const followedFile = path.join(dir, '04-arxiv-follows-huggingface.png');
  await screenshotBars(arxiv.page, [paper.id], followedFile);
  log.wrote(followedFile);
}

/**
 * Save, set statuses, tag and annotate papers on an arXiv page and a Hugging
 * Face page, then follow one paper across both sites. Pages stay open, so a
 * person can look at them in a headed browser. Returns the papers saved.
 */
export async function runReadingFlow(harness: Harness, log: DemoLog, outDir: string): Promise<SavedPaper[]> {
  const dir = path.join(outDir, 'reading-flow');
  await mkdir(dir, { recursive: true });

  log.step('Save, set status, tag and write notes on arXiv');
  const arxivFixture = pickPage('arxiv', ARXIV_PLANS.length, RECENT_URL);
  const sharedOnArxiv = arxivFixture.url === RECENT_URL;
  const arxiv = await usePage(
    harness,
    arxivFixture,
    ARXIV_PLANS,
    sharedOnArxiv ? SHARED_PAPER.id : undefined,
    log,
    path.join(dir, '01-arxiv-saved.png'),
  );

  log.step('Save, set status, tag and write notes on Hugging Face');
  const huggingface = await usePage(
    harness,
    pickPage('huggingface', HUGGINGFACE_PLANS.length),
    HUGGINGFACE_PLANS,
    undefined,
    log,
    path.join(dir, '02-huggingface-saved.png'),
  );

  log.step('Follow one paper from arXiv to Hugging Face and back');
  const shared = arxiv.papers.find((paper) => paper.id === SHARED_PAPER.id);
  if (shared) {
    await crossSite(harness, arxiv, shared, log, dir);
  } else {
    log.info(`skipped: ${SHARED_PAPER.id} is listed only on the saved page ${RECENT_URL}, which is not in the fixture folder`);
  }
  return [...arxiv.papers, ...huggingface.papers];
}
