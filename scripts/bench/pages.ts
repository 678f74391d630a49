import type { GeneratedPaper } from './data';

/**
 * Generated listing pages in the markup of the hand-written fixtures. arXiv listings follow
 * tests/fixtures/pages/arxiv/list-cs-LG-2024-01-month.html: one dl#articles of dt/dd pairs,
 * as since 2024. Hugging Face lists follow the 2026 cards of
 * tests/fixtures/pages/huggingface/search-results.html: an article per paper with a desktop
 * and a mobile block, and the DailyPapers data-props JSON.
 */

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const CATEGORY_NAMES: Record<string, string> = {
  'cs.LG': 'Machine Learning',
  'cs.CL': 'Computation and Language',
  'cs.CV': 'Computer Vision and Pattern Recognition',
  'cs.AI': 'Artificial Intelligence',
  'stat.ML': 'Machine Learning',
  'math.OC': 'Optimization and Control',
  'cs.IR': 'Information Retrieval',
  'cs.RO': 'Robotics',
};

function subjectName(category: string): string {
  return `${CATEGORY_NAMES[category] ?? category} (${category})`;
}

function arxivAuthorLink(name: string): string {
  const [given = '', family = ''] = name.split(' ');
  const query = encodeURIComponent(`${family}, ${given.charAt(0)}`).replaceAll('%20', '+');
  return `<a href="https://arxiv.org/search/cs?searchtype=author&amp;query=${query}" rel="nofollow">${escapeHtml(name)}</a>`;
}

function arxivEntry(paper: GeneratedPaper, position: number): string {
  const { bareId, record } = paper;
  const [primary = 'cs.LG', ...others] = record.categories;
  const subjects = [`<span class="primary-subject">${subjectName(primary)}</span>`, ...others.map(subjectName)].join('; ');
  const comments = paper.comment
    ? `
        <div class='list-comments mathjax'><span class='descriptor'>Comments:</span>
          ${escapeHtml(paper.comment)}
        </div>`
    : '';
  return `
    <dt>
      <a name='item${position}'>[${position}]</a>
      <a href ="/abs/${bareId}" title="Abstract" id="${bareId}">
        arXiv:${bareId}
      </a>
      [<a href="/pdf/${bareId}" title="Download PDF" id="pdf-${bareId}" aria-labelledby="pdf-${bareId}">pdf</a>, <a href="https://arxiv.org/html/${bareId}v${record.version ?? 1}" title="View HTML" id="html-${bareId}" aria-labelledby="html-${bareId}" rel="noopener noreferrer" target="_blank">html</a>, <a href="/format/${bareId}" title="Other formats" id="oth-${bareId}" aria-labelledby="oth-${bareId}">other</a>]
    </dt>
    <dd>
      <div class='meta'>
        <div class='list-title mathjax'><span class='descriptor'>Title:</span>
          ${escapeHtml(record.title)}
        </div>
        <div class='list-authors'>${record.authors.map(arxivAuthorLink).join(', ')}</div>
${comments}
        <div class='list-subjects'><span class='descriptor'>Subjects:</span>
          ${subjects}
        </div>
      </div>
    </dd>`;
}

/** Renders an arXiv month listing (`/list/cs.LG/2401?show=N`) of every paper given. */
export function arxivListingHtml(papers: readonly GeneratedPaper[]): string {
  const entries = papers.map((paper, index) => arxivEntry(paper, index + 1)).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>  <title>Machine Learning January 2024</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" type="text/css" media="screen" href="/static/browse/0.3.4/css/arXiv.css?v=20260318" />
</head>
<body ><div class="flex-wrap-footer">
    <main>
      <div id="content">
<div id='content-inner'>
<div id='dlpage'>
  <h1>Machine Learning</h1>
<h2>Authors and titles for January 2024 </h2>
      <div class='paging'>Total of ${papers.length} entries : <span>1-${papers.length}</span></div>
<dl id='articles'>
${entries}
</dl>
</div>
</div>
      </div>
    </main>
</div>
</body>
</html>
`;
}

function huggingfaceCard(paper: GeneratedPaper, upvotes: number): string {
  const { bareId, record } = paper;
  const title = escapeHtml(record.title);
  const thumbnail = `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${bareId}.png`;
  const upvote = `<a href="/login?next=%2Fpapers%2F${bareId}" class="self-start"><div role="checkbox" class="shadow-alternate group flex h-9 cursor-pointer select-none items-center gap-2 rounded-lg border pl-3 pr-3.5"><input disabled="" type="checkbox" class="peer hidden"> Upvote <div class="font-semibold text-orange-500">${upvotes}</div></div></a>`;
  const arxivLink = `<a href="https://arxiv.org/abs/${bareId}" target="_blank" rel="noopener noreferrer" class="btn flex h-9 w-full items-center justify-center gap-1.5"><span>arXiv Page</span></a>`;
  return `<article class="relative overflow-hidden rounded-xl border"><div class="hidden h-40 md:flex"><div class="relative flex-shrink-0"><a href="/papers/${bareId}" class="block h-full w-56 cursor-pointer overflow-hidden bg-gray-100"><img src="${thumbnail}" alt="" class="size-full object-cover"></a></div> <div class="from-gray-50-to-white bg-linear-to-b flex min-w-0 flex-1 flex-col px-6 py-4"><h3 class="mb-1.5 text-xl font-semibold text-gray-900 hover:underline"><a href="/papers/${bareId}" class="line-clamp-2 cursor-pointer text-balance">${title}</a></h3> <div class="flex min-w-0 items-center text-sm text-gray-400"><span>Published on Sep 30, 2026</span></div></div> <div class="from-gray-50-to-white bg-linear-to-b flex w-40 flex-none flex-col gap-2 px-3 py-4"><div class="w-full"><div class="flex flex-wrap items-center gap-2.5 pt-1">${upvote}</div></div> ${arxivLink}</div></div> <div class="flex flex-col md:hidden"><div class="relative w-full"><a href="/papers/${bareId}" class="block h-48 w-full cursor-pointer overflow-hidden bg-gray-100"><img src="${thumbnail}" alt="" class="size-full object-cover"></a></div> <div class="from-gray-50-to-white bg-linear-to-b p-4"><h3 class="mb-2 text-lg font-semibold text-gray-900 hover:underline"><a href="/papers/${bareId}" class="line-clamp-2 cursor-pointer">${title}</a></h3> <div class="mb-3 flex items-center text-sm text-gray-500"><span>Sep 30, 2026</span></div> <div class="flex flex-col gap-2"><div class="flex flex-wrap items-center gap-2.5 pt-1 !pt-0">${upvote}</div> ${arxivLink}</div></div></div></article>`;
}

function dailyPapersProps(papers: readonly GeneratedPaper[]): string {
  const dailyPapers = papers.map(({ bareId, record }, index) => {
    const paper = {
      id: bareId,
      authors: record.authors.map((name, authorIndex) => ({ _id: `a${authorIndex}`, name, hidden: false })),
      publishedAt: '2026-09-30T17:59:01.000Z',
      title: record.title,
      summary: record.abstract,
      upvotes: papers.length - index,
      discussionId: `d${bareId.replace('.', '')}`,
    };
    return { paper, publishedAt: paper.publishedAt, title: record.title, summary: record.abstract, numComments: 0 };
  });
  return escapeHtml(JSON.stringify({ canSubmit: false, dailyPapers, date: '2026-10-01' }));
}

/** Renders a Hugging Face Daily Papers list (`/papers/date/2026-10-01`) with one card per paper. */
export function huggingfaceListHtml(papers: readonly GeneratedPaper[]): string {
  const cards = papers.map((paper, index) => huggingfaceCard(paper, papers.length - index)).join('\n');
  return `<!doctype html>
<html class="">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no" />
  <title>Daily Papers - Hugging Face</title>
  <link rel="stylesheet" href="/front/build/kube-0000000/style.css" />
</head>
<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black DailyPapersPage">
<div class="flex min-h-dvh flex-col">
<main class="flex flex-1 flex-col">
<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${dailyPapersProps(papers)}">
<section class="container relative pb-10 pt-8">
<div class="mb-6 flex items-center gap-3"><h1 class="text-2xl font-bold">Daily Papers</h1></div>
<div class="relative grid grid-cols-1 gap-5">
${cards}
</div>
</section>
</div>
</main>
</div>
</body>
</html>
`;
}
