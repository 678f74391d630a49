import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUICK_PLAN } from '../../scripts/bench/options';
import { REPO_ROOT } from './harness';

/** A row of the printed results table: section number, measurement, figure, reference, ratio, target, result. */
interface PrintedRow {
  section: string;
  label: string;
  value: string;
  target: string;
  result: string;
}

/** Returns vite-node's command-line entry from its package.json, so the bench runs with this Node and no shell. */
function viteNodeBin(): string {
  const packageDir = path.join(REPO_ROOT, 'node_modules/vite-node');
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return path.join(packageDir, manifest.bin['vite-node']!);
}

const VITE_NODE = viteNodeBin();
const BENCH = path.join(REPO_ROOT, 'scripts/bench/main.ts');

let outDir: string;
let report: string;
let exitCode: number | null;
let stderr = '';
let rows: PrintedRow[] = [];

function parseTable(stdout: string): PrintedRow[] {
  return stdout
    .split('\n')
    .filter((line) => /^\| \d /.test(line))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
      return { section: cells[0]!, label: cells[1]!, value: cells[2]!, target: cells[5]!, result: cells[6]! };
    });
}

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'papershelf-bench-smoke-'));
  const outFile = path.join(outDir, 'BENCHMARKS.md');
  const child = spawn(process.execPath, [VITE_NODE, BENCH, '--quick', '--no-build', '--out', outFile], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  exitCode = await new Promise((resolve) => child.on('close', resolve));
  rows = parseTable(stdout);
  report = await readFile(outFile, 'utf8').catch(() => '');
}, 150_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

const [smallListing, largeListing] = QUICK_PLAN.listingSizes;
const library = Math.max(...QUICK_PLAN.librarySizes);

/** Every row the quick run must print: section, and a pattern for its measurement. */
const EXPECTED_ROWS: [string, RegExp][] = [
  ['1', new RegExp(`saved state, arXiv listing, ${smallListing} entries$`)],
  ['1', new RegExp(`saved state, arXiv listing, ${largeListing} entries$`)],
  ['1', new RegExp(`saved state, Hugging Face list, ${QUICK_PLAN.huggingfaceCards} cards$`)],
  ['2', new RegExp(`^Longest main-thread task, .*${largeListing} entries$`)],
  ['2', new RegExp(`^Tasks over 50 ms, .*${largeListing} entries$`)],
  ['2', new RegExp(`^Start to idle .*${largeListing} entries$`)],
  ['3', /^Script time in the tab until idle/],
  ['3', /^Script time added over no extension/],
  ['3', /^JS heap after decoration/],
  ['3', /^JS heap added over no extension/],
  ['4', new RegExp(`^Save click to persisted, p50 of ${QUICK_PLAN.clicks} clicks`)],
  ['4', new RegExp(`^Save click to persisted, p95 of ${QUICK_PLAN.clicks} clicks`)],
  ['5', new RegExp(`^Popup first render of the counts, first opening, ${library} papers$`)],
  ['5', new RegExp(`^Popup first render of the counts, next opening, ${library} papers$`)],
  ['5', new RegExp(`^Options page first render of the list, ${library} papers$`)],
  ['5', new RegExp(`^Search keystroke to next paint, .*${library} papers$`)],
  ['6', new RegExp(`^Export ${library} papers to BibTeX`)],
  ['6', new RegExp(`^Export ${library} papers to JSON backup`)],
  ['6', new RegExp(`^Import that JSON backup into a fresh profile, ${library} papers$`)],
  ['7', /^Built size: content script/],
  ['7', /^Built size: background/],
  ['7', /^Built size: popup/],
  ['7', /^Built size: options page/],
];

describe('npm run bench --quick', () => {
  it('exits with code 0', () => {
    expect(exitCode, stderr).toBe(0);
  });

  it('prints no unexpected row', () => {
    expect(rows).toHaveLength(EXPECTED_ROWS.length);
  });

  it.each(EXPECTED_ROWS)('prints section %s row %s', (section, label) => {
    const matching = rows.filter((row) => row.section === section && label.test(row.label));
    expect(matching).toHaveLength(1);
    const [row] = matching;
    expect(row!.value).toMatch(/\d/);
    if (row!.target) expect(row!.result).toMatch(/^(pass|fail)$/);
  });

  it('writes the same table to the report', () => {
    expect(report).toContain('# PaperShelf benchmarks');
    for (const row of rows) expect(report).toContain(row.label);
  });
});
