import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Route, type Worker } from 'playwright-core';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The unpacked Chrome build under test; PAPERSHELF_E2E_EXTENSION points at another build. */
export const EXTENSION_DIR = path.resolve(
  REPO_ROOT,
  process.env.PAPERSHELF_E2E_EXTENSION ?? '.output/chrome-mv3',
);

const CHROMIUM = process.env.PAPERSHELF_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Saved pages are served without running their own scripts: inline ones are
 * blocked by this policy and external ones are aborted by the router.
 * Content scripts run in an isolated world and are not bound by it.
 */
const PAGE_CSP = "script-src 'none'; object-src 'none'";

export type RouteAction = 'fulfilled' | 'aborted' | 'continued';

export interface RoutedRequest {
  url: string;
  resourceType: string;
  action: RouteAction;
}

/** One request seen by the browser context, with where it came from. */
export interface SeenRequest {
  url: string;
  method: string;
  resourceType: string;
  /** URL of the page, frame or service worker that issued the request. */
  initiator: string;
  fromServiceWorker: boolean;
}

/** Resource types that only a script issues. Saved pages run no script, so these come from the extension. */
const SCRIPT_ISSUED_TYPES = new Set(['fetch', 'xhr', 'eventsource', 'websocket', 'ping']);

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request the router handled, in order. */
  routed: RoutedRequest[];
  /** Every request seen by the context, in order. */
  seen: SeenRequest[];
  /** Serve `file` (a path) or `html` (a string) at `url` for every later navigation. */
  servePage(url: string, source: { file: string } | { html: string }): void;
  /** Requests issued by the extension: its pages, its service worker or its content scripts. */
  extensionRequests(since?: number): SeenRequest[];
  extensionUrl(pagePath: string): string;
  close(): Promise<void>;
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

function describeInitiator(request: Request): { initiator: string; fromServiceWorker: boolean } {
  const worker = request.serviceWorker();
  if (worker) return { initiator: worker.url(), fromServiceWorker: true };
  try {
    return { initiator: request.frame().url(), fromServiceWorker: false };
  } catch {
    // Playwright throws for requests whose frame is already gone.
    return { initiator: '', fromServiceWorker: false };
  }
}

/**
 * Tell whether a request was made by the extension. Loading the extension's own
 * files (chrome-extension:// URLs) is not network traffic and is excluded.
 * NOTE: an image or stylesheet that a content script adds to a web page looks
 * like the page's own sub-resource, so it is not counted. Fetches are.
 */
export function isExtensionRequest(request: SeenRequest): boolean {
  if (request.url.startsWith('chrome-extension://')) return false;
  if (request.fromServiceWorker) return true;
  if (request.initiator.startsWith('chrome-extension://')) return true;
  return SCRIPT_ISSUED_TYPES.has(request.resourceType);
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 });
}

/**
 * Launch Chromium with the extension loaded, every request routed and none
 * let out to the network. Pages registered with servePage are served at their
 * real URLs. Everything else outside the extension is aborted.
 */
export async function launchHarness(): Promise<Harness> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'papershelf-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // A second guard behind the router: any request that escapes it cannot resolve a host.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });

  // Fail a missing button or download in seconds rather than Playwright's default 30 s.
  context.setDefaultTimeout(10_000);

  const pages = new Map<string, { file: string } | { html: string }>();
  const routed: RoutedRequest[] = [];
  const seen: SeenRequest[] = [];

  context.on('request', (request) => {
    seen.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      ...describeInitiator(request),
    });
  });

  // WebSockets bypass context.route, so they are recorded per page. The host
  // resolver rule above makes every such connection fail before it leaves.
  // NOTE: a WebSocket opened by the service worker is not recorded.
  const recordWebSockets = (page: Page) => {
    page.on('websocket', (socket) => {
      seen.push({
        url: socket.url(),
        method: 'GET',
        resourceType: 'websocket',
        initiator: page.url(),
        fromServiceWorker: false,
      });
    });
  };
  context.pages().forEach(recordWebSockets);
  context.on('page', recordWebSockets);

  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = request.url();
    const resourceType = request.resourceType();

    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) {
      routed.push({ url, resourceType, action: 'continued' });
      await route.continue();
      return;
    }

    const source = request.isNavigationRequest() ? pages.get(withoutHash(url)) : undefined;
    if (!source) {
      routed.push({ url, resourceType, action: 'aborted' });
      await route.abort('blockedbyclient');
      return;
    }

    const body = 'file' in source ? await readFile(source.file) : source.html;
    routed.push({ url, resourceType, action: 'fulfilled' });
    await route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP },
      body,
    });
  });

  let serviceWorker: Worker;
  try {
    serviceWorker = await findServiceWorker(context);
  } catch (error) {
    await context.close();
    throw new Error(`extension service worker not found: build ${EXTENSION_DIR} first (npx wxt build)`, { cause: error });
  }
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    routed,
    seen,
    servePage(url, source) {
      pages.set(withoutHash(url), source);
    },
    extensionRequests(since = 0) {
      return seen.slice(since).filter(isExtensionRequest);
    },
    extensionUrl(pagePath) {
      return `chrome-extension://${extensionId}/${pagePath.replace(/^\//, '')}`;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Open a new tab at `url` and wait for its DOM to be parsed. */
export async function openTab(harness: Harness, url: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

export async function openPopup(harness: Harness): Promise<Page> {
  return openTab(harness, harness.extensionUrl('popup.html'));
}

export async function openOptions(harness: Harness): Promise<Page> {
  return openTab(harness, harness.extensionUrl('options.html'));
}
