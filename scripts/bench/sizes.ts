import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry point of the built extension with every file it loads. */
export interface BundleSize {
  entry: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

interface Manifest {
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** Relative module imports in a minified chunk: `from"./database-X.js"` and `import"./x.js"`. */
const IMPORT_PATTERN = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
/** Scripts, module preloads and style sheets an HTML page loads from the extension. */
const HTML_ASSET_PATTERN = /<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/?[^"]+\.(?:js|css))"/g;

/** Adds `file` and, for JavaScript, every chunk it imports, to `found` (paths relative to the build). */
function collectScript(buildDir: string, file: string, found: Set<string>): void {
  if (found.has(file)) return;
  found.add(file);
  if (!file.endsWith('.js')) return;
  const source = readFileSync(path.join(buildDir, file), 'utf8');
  for (const match of source.matchAll(IMPORT_PATTERN)) {
    collectScript(buildDir, path.posix.join(path.posix.dirname(file), match[1]!), found);
  }
}

function collectPage(buildDir: string, page: string): Set<string> {
  const found = new Set<string>([page]);
  const html = readFileSync(path.join(buildDir, page), 'utf8');
  for (const match of html.matchAll(HTML_ASSET_PATTERN)) {
    const asset = match[1]!;
    collectScript(buildDir, asset.startsWith('/') ? asset.slice(1) : path.posix.join(path.posix.dirname(page), asset), found);
  }
  return found;
}

function measure(buildDir: string, entry: string, files: Set<string>): BundleSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(path.join(buildDir, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { entry, files: [...files].sort(), rawBytes, gzipBytes };
}

/** Sizes of the content script, background, popup and options page of the build in `buildDir`, read from its manifest. */
export function measureBundleSizes(buildDir: string): BundleSize[] {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as Manifest;
  const sizes: BundleSize[] = [];

  const contentFiles = new Set<string>();
  for (const script of manifest.content_scripts ?? []) {
    for (const file of [...(script.js ?? []), ...(script.css ?? [])]) collectScript(buildDir, file, contentFiles);
  }
  sizes.push(measure(buildDir, 'content script', contentFiles));

  const worker = manifest.background?.service_worker;
  if (worker) {
    const files = new Set<string>();
    collectScript(buildDir, worker, files);
    sizes.push(measure(buildDir, 'background', files));
  }
  const popup = manifest.action?.default_popup;
  if (popup) sizes.push(measure(buildDir, 'popup', collectPage(buildDir, popup)));
  const options = manifest.options_ui?.page;
  if (options) sizes.push(measure(buildDir, 'options page', collectPage(buildDir, options)));
  return sizes;
}
