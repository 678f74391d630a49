import { browser } from 'wxt/browser';
import type { BarActions } from '../../components/bar/actions';
import { RESPONSE_SCHEMAS, type Request, type ResponseFor } from '../../lib/messages';
import type { PaperStore } from '../../lib/paper-store';

const NO_RECEIVER = 'Receiving end does not exist';
const RETRY_DELAYS_MS = [50, 250, 1000];

/**
 * Sends one request to the background and checks the response against its schema.
 * A background service worker that the browser stopped is started again by the message
 * itself; the retries cover the moment before its listener is registered.
 */
export async function sendRequest<T extends Request>(request: T): Promise<ResponseFor<T['type']>> {
  for (let attempt = 0; ; attempt++) {
    if (!browser.runtime?.id) {
      throw new Error('PaperShelf was updated or reloaded; reload this page to use it again');
    }
    try {
      const response: unknown = await browser.runtime.sendMessage(request);
      const parsed = RESPONSE_SCHEMAS[request.type].safeParse(response);
      if (parsed.success) return parsed.data as ResponseFor<T['type']>;
      const failure = response as { ok?: boolean; error?: unknown } | undefined;
      throw new Error(typeof failure?.error === 'string' ? failure.error : 'invalid response from the background');
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (!(error instanceof Error) || !error.message.includes(NO_RECEIVER) || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Bar actions that go through the background and put the returned state into the store. */
export function createBarActions(store: PaperStore): BarActions {
  async function change(request: Extract<Request, { paper: unknown } | { id: unknown }>): Promise<void> {
    const start = performance.now();
    const response = (await sendRequest(request)) as ResponseFor<'set-saved'>;
    store.set([response.state]);
    // From the action to the stored state being shown; the benchmark reads these measures.
    performance.measure(`papershelf:${request.type}`, { start });
  }
  return {
    setSaved: (paper, saved) => change({ type: 'set-saved', paper, saved }),
    setStatus: (paper, status) => change({ type: 'set-status', paper, status }),
    addTag: (paper, tag) => change({ type: 'add-tag', paper, tag }),
    removeTag: (id, tag) => change({ type: 'remove-tag', id, tag }),
    setNote: (paper, note) => change({ type: 'set-note', paper, note }),
    listTags: async () => (await sendRequest({ type: 'list-tags' })).tags,
    copyBibtex: async (paper) => {
      const { text } = await sendRequest({ type: 'get-bibtex', paper });
      await navigator.clipboard.writeText(text);
    },
  };
}
