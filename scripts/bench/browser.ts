import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.PAPERSHELF_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The pages run none of their own scripts, so every task on their main thread comes from
 * the extension under test (or from the benchmark's own probes). Content scripts run in an
 * isolated world and are not bound by this policy.
 */
const PAGE_CSP = "script-src 'none'; object-src 'none'";

/** Chromium flags of tests/e2e/harness.ts, so the benchmark measures the browser the e2e tests drive. */
function chromiumArgs(extensionDir: string | undefined): string[] {
  const extension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  return [
    ...extension,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // A second guard behind the router: any request that escapes it cannot resolve a host.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}

export interface BenchBrowser {
  context: BrowserContext;
  /** Id of the loaded extension, or empty when none is loaded or it has no service worker. */
  extensionId: string;
  serviceWorker: Worker | undefined;
  /** Serve `html` at `url` (query included, hash ignored) for every later navigation. */
  serve(url: string, html: string): void;
  extensionUrl(pagePath: string): string;
  /** Requests the router fulfilled with a served page, and requests it aborted. */
  traffic: { fulfilled: number; aborted: number };
  close(): Promise<void>;
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/**
 * Launches headless Chromium with a fresh profile and, when `extensionDir` is given, that
 * unpacked extension. Every request outside the extension, data: and blob: URLs is either
 * a served page or aborted, so nothing reaches the network.
 */
export async function launchBrowser(extensionDir: string | undefined, needsServiceWorker: boolean): Promise<BenchBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'papershelf-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(extensionDir),
  });
  context.setDefaultTimeout(60_000);

  const pages = new Map<string, string>();
  const traffic = { fulfilled: 0, aborted: 0 };
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
      return;
    }
    const html = request.isNavigationRequest() ? pages.get(withoutHash(url)) : undefined;
    if (html === undefined) {
      traffic.aborted += 1;
      await route.abort('blockedbyclient');
      return;
    }
    traffic.fulfilled += 1;
    await route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP },
      body: html,
    });
  });
  let serviceWorker: Worker | undefined;
  if (extensionDir && needsServiceWorker) {
    const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
    try {
      serviceWorker =
        context.serviceWorkers().find(isExtensionWorker) ??
        (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 }));
    } catch (error) {
      await context.close();
      throw new Error(`the service worker of ${extensionDir} did not start within 30 s: check that the build is complete`, { cause: error });
    }
  }
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : '';

  return {
    context,
    extensionId,
    serviceWorker,
    traffic,
    serve(url, html) {
      pages.set(withoutHash(url), html);
    },
    extensionUrl(pagePath) {
      if (!extensionId) throw new Error('no extension with a service worker is loaded in this browser');
      return `chrome-extension://${extensionId}/${pagePath.replace(/^\//, '')}`;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a new tab at `url` and waits until its DOM is parsed. */
export async function openTab(browser: BenchBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}
