import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Finds each entry's title on the benchmark's pages: the element PaperShelf's adapters anchor their bars to. */
const FIND_TITLES = `
const titles = [];
if (location.hostname === 'huggingface.co') {
  for (const card of document.querySelectorAll('article')) {
    const heading = card.querySelector('h3');
    if (heading) titles.push(heading);
  }
} else {
  for (const dt of document.querySelectorAll('#dlpage dl > dt')) {
    const title = dt.nextElementSibling && dt.nextElementSibling.querySelector('.list-title');
    if (title) titles.push(title);
  }
}
`;

/**
 * The minimum an extension doing PaperShelf's job can run on the same pages: a content
 * script with PaperShelf's matches and run_at that appends one plain button after each
 * entry's title. It reads no storage and sends no message.
 */
const PLAIN_SCRIPT = `
performance.mark('baseline:start');
${FIND_TITLES}
for (const title of titles) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Save';
  title.after(button);
}
performance.mark('baseline:ready', { detail: { papers: titles.length } });
`;

/**
 * The minimum under PaperShelf's two constraints. Each button sits in a closed shadow root
 * with one adopted style sheet, so the page can neither restyle it nor read the saved state.
 * The saved states come from the extension's service worker, because a content script
 * cannot open the extension's IndexedDB; the worker responds from memory, without storage.
 * Its marks are isolated:start and isolated:ready.
 */
const ISOLATED_SCRIPT = `
performance.mark('isolated:start');
${FIND_TITLES}
const ids = titles.map((title, index) => String(index));
const states = chrome.runtime.sendMessage({ ids });
const sheet = new CSSStyleSheet();
sheet.replaceSync(':host { display: block } button { font: inherit; padding: 2px 8px; border: 1px solid #888; border-radius: 4px }');
const buttons = titles.map((title) => {
  const host = document.createElement('isolated-bar');
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.adoptedStyleSheets = [sheet];
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Save';
  shadow.append(button);
  title.after(host);
  return button;
});
states.then((saved) => {
  buttons.forEach((button, index) => {
    button.setAttribute('aria-pressed', String(saved[index] === true));
    if (saved[index] === true) button.textContent = 'Saved';
  });
  performance.mark('isolated:ready', { detail: { papers: titles.length } });
});
`;

/** Responds to every request with one saved flag per id, from memory: every other id is saved. */
const ISOLATED_WORKER = `
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  sendResponse(message.ids.map((id) => Number(id) % 2 === 0));
});
`;

export type BaselineKind = 'plain' | 'isolated';

/** Writes a baseline extension of the given kind into a new temporary folder and returns its path. */
export async function writeBaselineExtension(matches: readonly string[], kind: BaselineKind = 'plain'): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), `papershelf-bench-${kind}-`));
  const manifest = {
    manifest_version: 3,
    name: `PaperShelf benchmark baseline (${kind})`,
    version: '1.0.0',
    content_scripts: [{ matches, run_at: 'document_idle', js: ['content.js'] }],
    ...(kind === 'isolated' ? { background: { service_worker: 'background.js' } } : {}),
  };
  await writeFile(path.join(directory, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(directory, 'content.js'), kind === 'plain' ? PLAIN_SCRIPT : ISOLATED_SCRIPT);
  if (kind === 'isolated') await writeFile(path.join(directory, 'background.js'), ISOLATED_WORKER);
  return directory;
}
