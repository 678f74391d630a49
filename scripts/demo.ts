/**
 * Show PaperShelf working end to end, with nothing fetched from the internet.
 * The demo builds the extension and loads it in Chromium on saved pages served
 * at their real URLs. It counts the bars on each page, saves, tags and
 * annotates papers on arXiv and Hugging Face, opens the popup and the library
 * page, and exports the library in every format. Screenshots and exported
 * files go to an output folder.
 *
 * Run with `npm run demo -- [--no-build] [--headed] [--out DIR]`, which runs
 * this file with vite-node because it imports the TypeScript e2e helpers.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { EXTENSION_DIR, REPO_ROOT, type Harness } from '../tests/e2e/harness';
import { launchBrowser, waitForBrowserClosed } from './demo/browser';
import { showLibrary, showPopup } from './demo/library';
import { DemoLog, displayPath } from './demo/log';
import { parseDemoOptions, USAGE, type DemoOptions } from './demo/options';
import { tourPages } from './demo/page-tour';
import { buildExtension, checkBuild, checkChromium, checkDisplay, DemoError } from './demo/preflight';
import { runReadingFlow } from './demo/reading-flow';

async function showExtension(harness: Harness, log: DemoLog, outDir: string): Promise<void> {
  log.step('Open every saved page and count the bars');
  await tourPages(harness, log, outDir);

  const papers = await runReadingFlow(harness, log, outDir);

  log.step('Open the popup');
  await showPopup(harness, papers, log, outDir);

  log.step('Open the library page and export in every format');
  await showLibrary(harness, papers, log, outDir);
}

async function runDemo(options: DemoOptions, log: DemoLog): Promise<void> {
  checkChromium();
  if (options.headed) checkDisplay();

  log.step(options.build ? 'Build the extension (wxt build)' : 'Use the existing build (--no-build)');
  if (options.build) await buildExtension(REPO_ROOT);
  checkBuild(EXTENSION_DIR);
  log.info(`extension: ${displayPath(EXTENSION_DIR)}`);

  await mkdir(options.outDir, { recursive: true });
  log.step(`Launch Chromium ${options.headed ? 'with a window' : 'headless'}, serving saved pages; other requests are aborted`);
  const harness = await launchBrowser(options.headed);
  try {
    log.info(`extension id ${harness.extensionId}`);
    await showExtension(harness, log, options.outDir);

    const fulfilled = harness.routed.filter((request) => request.action === 'fulfilled').length;
    const aborted = harness.routed.filter((request) => request.action === 'aborted').length;
    log.info('');
    log.info(`network: ${fulfilled} saved pages served, ${aborted} other requests aborted`);
    log.check(harness.extensionRequests().length === 0, 'the extension made no network request');

    if (options.headed) {
      log.info('');
      log.info('The browser stays open so you can try it. Close the browser window (or press Ctrl+C) to finish.');
      await waitForBrowserClosed(harness);
    }
  } finally {
    await harness.close();
  }
}

async function main(): Promise<number> {
  let options: DemoOptions | 'help';
  try {
    options = parseDemoOptions(process.argv.slice(2), REPO_ROOT);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }

  const log = new DemoLog();
  const outDir = displayPath(options.outDir);
  try {
    await runDemo(options, log);
  } catch (error) {
    const message = error instanceof DemoError ? error.message : (error as Error).stack ?? String(error);
    console.error(`\nDemo failed: ${message}`);
    if (existsSync(options.outDir)) console.error(`Files written so far are in ${outDir}`);
    return 1;
  }

  console.log('');
  if (log.failures.length > 0) {
    console.error(`Demo finished with ${log.failures.length} failed checks:`);
    for (const failure of log.failures) console.error(`  - ${failure}`);
    console.log(`Screenshots and exported files: ${outDir}`);
    return 1;
  }
  console.log(`Demo finished, every check passed. Screenshots and exported files: ${outDir}`);
  return 0;
}

process.exit(await main());
