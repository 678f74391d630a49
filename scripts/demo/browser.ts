import { chromium } from 'playwright-core';
import { launchHarness, type Harness } from '../../tests/e2e/harness';
import { serveFixtures } from '../../tests/e2e/pages';

/**
 * Launch Chromium through the e2e harness, so the demo has the same flags and
 * request routing: saved pages at their real URLs, every other request aborted.
 */
export async function launchBrowser(headed: boolean): Promise<Harness> {
  if (!headed) return startHarness();

  // NOTE: launchHarness always passes headless: true. Until it takes an option,
  // --headed overrides that one setting for this single launch.
  const launch = chromium.launchPersistentContext;
  chromium.launchPersistentContext = (userDataDir, options) =>
    launch.call(chromium, userDataDir, { ...options, headless: false });
  try {
    return await startHarness();
  } finally {
    chromium.launchPersistentContext = launch;
  }
}

async function startHarness(): Promise<Harness> {
  const harness = await launchHarness();
  serveFixtures(harness);
  return harness;
}

/**
 * Resolve when the person closes the last browser window. Ctrl+C is left to
 * playwright-core, which closes the browser and exits with code 130.
 */
export function waitForBrowserClosed(harness: Harness): Promise<void> {
  return new Promise((resolve) => harness.context.once('close', () => resolve()));
}
