import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PaperId } from '../../lib/paper';
import { PaperStore } from '../../lib/paper-store';
import { createBarActions } from './background-client';
import { BarRenderer } from './bar-renderer';
import { LiveConnection } from './live-connection';
import { PageScanner } from './page-scanner';

/** User Timing marks on the page's timeline, read by the benchmark; they carry no page data. */
const START_MARK = 'papershelf:start';
const READY_MARK = 'papershelf:ready';

export default defineContentScript({
  // Hugging Face is a single-page app, so the script runs on every page of it and the
  // adapters decide on each navigation whether the page contains papers.
  matches: [
    '*://huggingface.co/*',
    '*://arxiv.org/*',
    '*://www.arxiv.org/*',
    '*://export.arxiv.org/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    performance.mark(START_MARK);
    const store = new PaperStore();
    const live = new LiveConnection(ctx, store);
    const actions = createBarActions(store);
    const renderer = new BarRenderer(store, actions);

    // The ready mark records when every bar first shows its paper's stored state, for the benchmark.
    let watched: PaperId[] = [];
    let mounted = false;
    let ready = false;
    const markReady = () => {
      if (ready || !mounted || watched.length === 0 || !watched.every((id) => store.has(id))) return;
      ready = true;
      performance.mark(READY_MARK, { detail: { papers: watched.length } });
    };
    store.subscribeAll(markReady);

    const scanner = new PageScanner(ctx, renderer, store, actions, {
      idsChanged(ids) {
        watched = ids;
        mounted = false;
        live.watch(ids);
      },
      mounted() {
        mounted = true;
        markReady();
      },
    });
    // Reading the page waits for the next task, so that evaluating this script and locating the
    // papers of a 2000-entry listing are two tasks of about 30 ms rather than one long one.
    ctx.setTimeout(() => scanner.start(), 0);
  },
});
