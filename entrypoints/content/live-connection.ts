import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { describeIssues, LIVE_PORT_NAME, LiveServerMessageSchema } from '../../lib/messages';
import { log } from '../../lib/log';
import type { PaperId } from '../../lib/paper';
import type { PaperStore } from '../../lib/paper-store';

/**
 * Keeps a port to the background open and tells it which papers this page shows; the
 * background answers with their states and sends them again whenever they change.
 * A port closes when the browser stops the service worker, so it is opened again at once
 * and the watch list re-sent, until the content script is invalidated.
 */
export class LiveConnection {
  private port: Browser.runtime.Port | undefined;
  private ids: PaperId[] = [];
  private connectedAt = 0;
  private retryDelayMs = 0;

  constructor(
    private ctx: ContentScriptContext,
    private store: PaperStore,
  ) {
    ctx.onInvalidated(() => {
      this.port?.disconnect();
      this.port = undefined;
    });
  }

  watch(ids: PaperId[]): void {
    this.ids = ids;
    this.send();
  }

  private send(): void {
    if (this.ctx.isInvalid) return;
    try {
      this.connect().postMessage({ type: 'watch', ids: this.ids });
    } catch (error) {
      log.warn('live', `could not reach the background: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private connect(): Browser.runtime.Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: LIVE_PORT_NAME });
    port.onMessage.addListener((message: unknown) => {
      const parsed = LiveServerMessageSchema.safeParse(message);
      if (parsed.success) this.store.set(parsed.data.states);
      else log.warn('live', `invalid message from the background: ${describeIssues(parsed.error)}`);
    });
    port.onDisconnect.addListener(() => {
      this.port = undefined;
      if (this.ctx.isInvalid || this.ids.length === 0) return;
      // A port that closes soon after opening means the background is failing, so back off.
      const lived = Date.now() - this.connectedAt;
      this.retryDelayMs = lived < 1000 ? Math.min(Math.max(this.retryDelayMs * 2, 100), 10_000) : 0;
      this.ctx.setTimeout(() => this.send(), this.retryDelayMs);
    });
    this.port = port;
    this.connectedAt = Date.now();
    return port;
  }
}
