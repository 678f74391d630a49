import { memo, useSyncExternalStore } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { BarActionsContext, type BarActions } from '../../components/bar/actions';
import { ControlBar } from '../../components/bar/ControlBar';
import type { PaperSighting } from '../../lib/messages';
import type { PaperStore } from '../../lib/paper-store';
import type { MountedBar } from './bar-host';

/** One bar's controls, re-rendered only when its paper's state changes, not when other bars mount. */
const BarSlot = memo(function BarSlot({ store, paper }: { store: PaperStore; paper: PaperSighting }) {
  const id = paper.metadata.id;
  const state = useSyncExternalStore(
    (listener) => store.subscribe(id, listener),
    () => store.get(id),
  );
  return <ControlBar paper={paper} state={state} />;
});

/**
 * Renders the full controls of the active bars from one React root, each through a portal
 * into its own shadow root, so the cost per bar stays low on long listings.
 */
export class BarRenderer {
  private root: Root;

  constructor(
    private store: PaperStore,
    private actions: BarActions,
  ) {
    this.root = createRoot(document.createElement('div'));
  }

  /** Renders synchronously, so a bar that replaces a focused placeholder can take the focus at once. */
  render(bars: readonly MountedBar[]): void {
    flushSync(() => {
      this.root.render(
        <BarActionsContext.Provider value={this.actions}>
          {bars.map((bar) => createPortal(<BarSlot store={this.store} paper={bar.paper()} />, bar.slot, bar.key))}
        </BarActionsContext.Provider>,
      );
    });
  }

  unmount(): void {
    this.root.unmount();
  }
}
