import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, openTab, REPO_ROOT, type Harness } from './harness';

const FIXTURES_DIR = path.resolve(REPO_ROOT, process.env.PAPERSHELF_FIXTURES ?? '../shared/fixtures/pages');
const RECENT_URL = 'https://arxiv.org/list/cs.AI/recent';
const RECENT_FILE = path.join(FIXTURES_DIR, 'arxiv/list-cs-AI-recent-2026-10.html');

// Any arXiv path works: the router serves only what a test registers.
const SCRIPT_PAGE_URL = 'https://arxiv.org/papershelf-e2e/inline-script';
const SCRIPT_PAGE = '<!doctype html><title>before</title><script>document.title = "script ran"</script>';

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness();
  harness.servePage(RECENT_URL, { file: RECENT_FILE });
  harness.servePage(SCRIPT_PAGE_URL, { html: SCRIPT_PAGE });
});

afterAll(async () => {
  await harness?.close();
});

describe('harness', () => {
  it('finds the extension service worker', () => {
    expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
    expect(harness.serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
  });

  it('serves a saved page at its real URL', async () => {
    const html = await readFile(RECENT_FILE, 'utf8');
    const savedTitle = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
    const page = await openTab(harness, RECENT_URL);

    expect(page.url()).toBe(RECENT_URL);
    expect((await page.title()).trim()).toBe(savedTitle);
    expect(await page.locator('dl#articles > dt').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps page scripts from running', async () => {
    const page = await openTab(harness, SCRIPT_PAGE_URL);

    expect(await page.title()).toBe('before');
    await page.close();
  });

  it('aborts requests it does not serve', async () => {
    const page = await harness.context.newPage();

    await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    await page.close();
  });

  it('lets nothing through but served pages', () => {
    const servedUrls = new Set([RECENT_URL, SCRIPT_PAGE_URL]);
    const passed = harness.routed.filter((request) => request.action !== 'aborted');

    expect(passed.length).toBeGreaterThan(0);
    for (const request of passed) {
      const allowed = request.action === 'fulfilled' ? servedUrls.has(request.url) : request.url.startsWith('chrome-extension://');
      expect(allowed, `${request.action} ${request.url}`).toBe(true);
    }
  });
});

describe('network recorder', () => {
  it.each([
    // Content-script fetches are issued by the web page's frame, like this one.
    ['a web page', 'page'],
    ['an extension page', 'extension'],
    ['the service worker', 'worker'],
  ] as const)('catches a fetch from %s', async (_label, source) => {
    const since = harness.seen.length;
    const url = `https://huggingface.co/papershelf-e2e/${source}`;
    const probe = (target: string) => fetch(target).then(
      () => 'loaded',
      () => 'blocked',
    );

    if (source === 'worker') {
      expect(await harness.serviceWorker.evaluate(probe, url)).toBe('blocked');
    } else {
      // manifest.json is an extension document in every build, whatever pages it has.
      const pageUrl = source === 'page' ? RECENT_URL : harness.extensionUrl('manifest.json');
      const page = await openTab(harness, pageUrl);
      expect(await page.evaluate(probe, url)).toBe('blocked');
      await page.close();
    }

    const caught = harness.extensionRequests(since).map((request) => request.url);
    expect(caught).toEqual([url]);
  });

  it('catches a WebSocket from a web page', async () => {
    const since = harness.seen.length;
    const url = 'wss://huggingface.co/papershelf-e2e/socket';
    const page = await openTab(harness, RECENT_URL);

    const closed = await page.evaluate(
      (target) =>
        new Promise<boolean>((resolve) => {
          const socket = new WebSocket(target);
          socket.onclose = () => resolve(true);
        }),
      url,
    );
    await page.close();

    expect(closed).toBe(true);
    expect(harness.extensionRequests(since).map((request) => request.url)).toEqual([url]);
  });
});
