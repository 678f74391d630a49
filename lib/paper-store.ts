import { emptyPaperState, type PaperId, type PaperState } from './paper';

type Listener = () => void;

/**
 * The states of the papers a page shows, keyed by id. Bars subscribe to their own id, so
 * an update re-renders only the bars of that paper (a paper listed twice has two).
 */
export class PaperStore {
  private states = new Map<PaperId, PaperState>();
  private listeners = new Map<PaperId, Set<Listener>>();
  private batchListeners = new Set<Listener>();

  get(id: PaperId): PaperState {
    let state = this.states.get(id);
    if (!state) {
      state = emptyPaperState(id);
      this.states.set(id, state);
    }
    return state;
  }

  /** Returns whether the background has reported this paper's state yet. */
  has(id: PaperId): boolean {
    return this.states.has(id);
  }

  set(states: readonly PaperState[]): void {
    for (const state of states) {
      this.states.set(state.id, state);
      for (const listener of this.listeners.get(state.id) ?? []) listener();
    }
    for (const listener of this.batchListeners) listener();
  }

  /** Calls the listener once after each batch of updates, whichever papers changed. */
  subscribeAll(listener: Listener): () => void {
    this.batchListeners.add(listener);
    return () => this.batchListeners.delete(listener);
  }

  subscribe(id: PaperId, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) {
      set = new Set();
      this.listeners.set(id, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }
}
