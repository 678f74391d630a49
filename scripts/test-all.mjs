#!/usr/bin/env node
// Run every test suite of PaperShelf and print one total line.
//
// Steps: unit tests, the Chrome and Firefox builds, Mozilla's addons-linter
// on the Firefox build, then the end-to-end tests against the Chrome build.
// The last line printed is `N passed, N failed` over all suites, where the
// linter counts as one test and a failed build counts as one failure. The
// exit code is 1 when anything failed.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = path.join(ROOT, 'test-results');

/**
 * Absolute path of an installed package's command-line entry, so it runs with
 * this Node and no shell. Read from node_modules directly because some
 * packages (wxt) do not export their package.json.
 */
function binPath(packageName, binName = packageName) {
  const packageDir = path.join(ROOT, 'node_modules', packageName);
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[binName];
  return path.join(packageDir, relative);
}

/** Run a Node CLI with inherited or captured stdout. Resolves with its exit code and the captured stdout. */
function runNode(script, args, { captureStdout = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: ROOT,
      stdio: ['ignore', captureStdout ? 'pipe' : 'inherit', 'inherit'],
    });
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('error', (error) => resolve({ code: 1, stdout, error }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), stdout }));
  });
}

function heading(text) {
  console.log(`\n=== ${text} ===`);
}

/**
 * Count passed and failed tests in a vitest JSON report. A file that failed
 * without any failed test (an error while loading it or in a hook) counts as
 * one failure, so a broken file can never pass silently.
 */
async function countVitestReport(reportPath, exitCode) {
  let report;
  try {
    report = JSON.parse(await readFile(reportPath, 'utf8'));
  } catch (error) {
    console.error(`Vitest report ${reportPath} is missing or invalid (${error.message}), so it counts as one failure.`);
    return { passed: 0, failed: 1, skipped: 0 };
  }

  let failed = report.numFailedTests;
  for (const file of report.testResults ?? []) {
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) {
      console.error(`Test file failed outside its tests: ${path.relative(ROOT, file.name)}: ${file.message}`);
      failed += 1;
    }
  }
  if (exitCode !== 0 && failed === 0) {
    console.error(`Vitest exited with code ${exitCode} but reported no failure, so it counts as one failure.`);
    failed = 1;
  }
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

async function runVitest(name, configArgs) {
  const reportPath = path.join(RESULTS_DIR, `${name}.json`);
  await rm(reportPath, { force: true });
  const { code } = await runNode(binPath('vitest'), [
    'run',
    ...configArgs,
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportPath}`,
  ]);
  return countVitestReport(reportPath, code);
}

/** Lint the Firefox build with addons-linter. It passes when the linter reports no error. */
async function runAddonsLinter() {
  const { code, stdout } = await runNode(
    binPath('addons-linter'),
    ['--output', 'json', path.join(ROOT, '.output/firefox-mv2')],
    { captureStdout: true },
  );
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    console.error(`addons-linter printed no JSON report (exit code ${code}):\n${stdout}`);
    return { passed: 0, failed: 1, skipped: 0 };
  }

  for (const message of [...report.errors, ...report.warnings]) {
    console.log(`${message._type}: ${message.code} in ${message.file ?? 'the package'}: ${message.message}`);
  }
  const { errors, warnings, notices } = report.summary;
  console.log(`addons-linter: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  const ok = errors === 0 && code === 0;
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

async function runBuild(label, args) {
  const { code } = await runNode(binPath('wxt'), ['build', ...args]);
  if (code !== 0) console.error(`${label} failed with exit code ${code}.`);
  return code === 0;
}

const FAILED_STEP = { passed: 0, failed: 1, skipped: 0 };

async function main() {
  await mkdir(RESULTS_DIR, { recursive: true });
  const totals = {};

  heading('Unit tests');
  totals.unit = await runVitest('unit', []);

  heading('Chrome build');
  const chromeBuilt = await runBuild('Chrome build', []);
  heading('Firefox build');
  const firefoxBuilt = await runBuild('Firefox build', ['-b', 'firefox']);

  // A failed build counts as one failure and the step that needs it does not run.
  if (firefoxBuilt) {
    heading('addons-linter on the Firefox build');
    totals['addons-linter'] = await runAddonsLinter();
  } else {
    totals['firefox build'] = FAILED_STEP;
  }

  let e2eSeconds = 0;
  if (chromeBuilt) {
    heading('End-to-end tests');
    const e2eStart = Date.now();
    totals.e2e = await runVitest('e2e', ['--config', 'vitest.e2e.config.ts']);
    e2eSeconds = (Date.now() - e2eStart) / 1000;
  } else {
    totals['chrome build'] = FAILED_STEP;
  }

  heading('Summary');
  let passed = 0;
  let failed = 0;
  for (const [suite, counts] of Object.entries(totals)) {
    console.log(`${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    passed += counts.passed;
    failed += counts.failed;
  }
  console.log(`e2e wall time: ${e2eSeconds.toFixed(1)} s`);
  await writeFile(
    path.join(RESULTS_DIR, 'summary.json'),
    `${JSON.stringify({ totals, passed, failed, e2eSeconds }, null, 2)}\n`,
  );

  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
