import { defineContentScript } from 'wxt/utils/define-content-script';
import { PaperStore } from '../../lib/paper-store';
import { createBarActions } from './background-client';
import { BarRenderer } from './bar-renderer';
import { LiveConnection } from './live-connection';
import { PageScanner } from './page-scanner';

export default defineContentScript({
  // Hugging Face is a single-page app, so the script runs on every page of it and the
  // adapters decide on each navigation whether the page holds papers.
  matches: [
    '*://huggingface.co/*',
    '*://arxiv.org/*',
    '*://www.arxiv.org/*',
    '*://export.arxiv.org/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    const store = new PaperStore();
    const live = new LiveConnection(ctx, store);
    const actions = createBarActions(store);
    const renderer = new BarRenderer(store, actions);
    const scanner = new PageScanner(ctx, renderer, store, actions, (ids) => live.watch(ids));
    scanner.start();
  },
});
