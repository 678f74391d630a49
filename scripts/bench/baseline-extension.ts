import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The minimum an extension doing PaperShelf's job can run on the same pages: a content
 * script with PaperShelf's matches and run_at that appends one plain button after each
 * entry's title, the element PaperShelf's adapters anchor their bars to. It reads no
 * storage and sends no message.
 */
const CONTENT_SCRIPT = `
performance.mark('baseline:start');
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
for (const title of titles) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Save';
  title.after(button);
}
performance.mark('baseline:ready', { detail: { papers: titles.length } });
`;

/** Writes the baseline extension into a new temporary folder and returns its path. */
export async function writeBaselineExtension(matches: readonly string[]): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), 'papershelf-bench-baseline-'));
  const manifest = {
    manifest_version: 3,
    name: 'PaperShelf benchmark baseline',
    version: '1.0.0',
    content_scripts: [{ matches, run_at: 'document_idle', js: ['content.js'] }],
  };
  await writeFile(path.join(directory, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(directory, 'content.js'), CONTENT_SCRIPT);
  return directory;
}
