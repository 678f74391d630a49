/**
 * `npm run bench`: measures PaperShelf in real Chromium against a minimal baseline
 * extension and raw IndexedDB, prints a table and writes BENCHMARKS.md. Run with vite-node,
 * because it imports TypeScript from lib/. Options: see USAGE in ./options.ts.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from './browser';
import { renderMethod, renderSizes, sizeLabel } from './method';
import { parseBenchOptions, USAGE, type BenchOptions } from './options';
import { renderReport, renderTable, type Row, type RunFacts } from './report';
import { runLibraryBenchmarks } from './run-library';
import { runPageBenchmarks } from './run-pages';
import { measureBundleSizes } from './sizes';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');

/** Writes progress to stderr, so stdout contains only the results table. */
function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function build(): Promise<void> {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/wxt/package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  const wxt = path.join(REPO_ROOT, 'node_modules/wxt', manifest.bin.wxt!);
  // vite-node sets NODE_ENV=development in this process. Passed on, it would make Vite
  // bundle React's development build into the extension pages.
  const env = { ...process.env };
  delete env.NODE_ENV;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wxt, 'build'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => reject(new Error(`could not start wxt build: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`wxt build failed (${signal ? `signal ${signal}` : `exit code ${code}`}); see its output above`));
    });
  });
}

/** Strings found only in React's development build, which is several times slower. */
const DEVELOPMENT_MARKERS = ['jsxDEV', 'react-stack-top-frame'];

/** Throws when a script of the build contains React's development build, which would make every figure meaningless. */
function checkProductionBuild(extensionDir: string): void {
  const scripts = readdirSync(extensionDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  for (const file of scripts) {
    const source = readFileSync(path.join(extensionDir, file), 'utf8');
    const marker = DEVELOPMENT_MARKERS.find((candidate) => source.includes(candidate));
    if (marker) {
      throw new Error(
        `${path.join(BUILD_DIR, file)} contains React's development build (${marker}): ` +
          'rebuild with npm run build (NODE_ENV unset or production), or run the benchmark without --no-build',
      );
    }
  }
}

function checkChromium(): void {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium or set PAPERSHELF_CHROMIUM to a Chromium binary`);
  }
}

/**
 * Copies the build into `workDir` and checks the copy. Every browser loads the copy, so a
 * build started elsewhere during the run, which empties .output/chrome-mv3, cannot
 * remove files from under the extension being measured.
 * NOTE: a build that is being written while the copy is made can still be copied half done.
 */
async function snapshotBuild(workDir: string): Promise<string> {
  if (!existsSync(path.join(BUILD_DIR, 'manifest.json'))) {
    throw new Error(`no extension build at ${BUILD_DIR}: run without --no-build, or npm run build first`);
  }
  const extensionDir = path.join(workDir, 'chrome-mv3');
  await cp(BUILD_DIR, extensionDir, { recursive: true });
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`the build at ${BUILD_DIR} changed while it was copied: wait for other builds to finish and run again`);
  }
  checkProductionBuild(extensionDir);
  return extensionDir;
}

function describeMachine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const memory = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${cpus.length} logical cores (${model}), ${memory} GiB memory, ${os.type()} ${os.release()} ${os.arch()}`;
}

async function run(options: BenchOptions): Promise<void> {
  const startedAt = Date.now();
  const loadAtStart = os.loadavg()[0]!;
  checkChromium();
  if (options.build) {
    log('building the extension (wxt build)');
    await build();
  }
  const { plan } = options;
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'papershelf-bench-run-'));
  try {
    const extensionDir = await snapshotBuild(workDir);
    log(`${plan.mode} run: listings of ${plan.listingSizes.join(', ')} entries, libraries of ${plan.librarySizes.join(', ')} papers`);

    const rows: Row[] = [];
    const sizes = measureBundleSizes(extensionDir);
    for (const size of sizes) {
      rows.push({ section: 7, label: `Built size: ${size.entry} (${size.files.length} files)`, value: sizeLabel(size), reference: '', ratio: '', target: '' });
    }
    const pages = await runPageBenchmarks(plan, extensionDir, workDir, log);
    rows.push(...pages.rows);
    rows.push(...(await runLibraryBenchmarks(plan, extensionDir, workDir, log)));
    rows.sort((a, b) => a.section - b.section);

    const facts: RunFacts = {
      date: new Date(startedAt).toISOString(),
      mode: `${plan.mode}${plan.mode === 'quick' ? ' (--quick: small sizes, one repetition; figures are a smoke check only)' : ''}`,
      machine: describeMachine(),
      loadAverage: `${loadAtStart.toFixed(2)}, ${os.loadavg()[0]!.toFixed(2)}`,
      chromium: pages.chromium,
      node: process.version,
      durationS: (Date.now() - startedAt) / 1000,
      network: pages.network,
    };
    process.stdout.write(`${renderTable(rows)}\n`);
    const method = `${renderMethod(plan)}\n${renderSizes(sizes)}`;
    await writeFile(options.outFile, renderReport(facts, rows, pages.evidence, method));
    log(`wrote ${path.relative(process.cwd(), options.outFile) || options.outFile} in ${Math.round(facts.durationS)} s`);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let options: BenchOptions | 'help';
  try {
    options = parseBenchOptions(process.argv.slice(2), REPO_ROOT);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  try {
    await run(options);
  } catch (error) {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}

await main();
