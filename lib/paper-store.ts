import { emptyPaperState, type PaperId, type PaperState } from './paper';

type Listener = () => void;

/**
 * The states of the papers a page shows, keyed by id. Bars subscribe to their own id, so
 * an update re-renders only the bars of that paper (a paper listed twice has two).
 */
export class PaperStore {
  private states = new Map<PaperId, PaperState>();
  /** Empty states handed out before the background reported; kept so each id gets one stable object. */
  private emptyStates = new Map<PaperId, PaperState>();
  private listeners = new Map<PaperId, Set<Listener>>();
  private batchListeners = new Set<Listener>();

  /** Returns the reported state, or the empty state while none was reported. */
  get(id: PaperId): PaperState {
    const reported = this.states.get(id);
    if (reported) return reported;
    let empty = this.emptyStates.get(id);
    if (!empty) {
      empty = emptyPaperState(id);
      this.emptyStates.set(id, empty);
    }
    return empty;
  }

  /** Returns whether the background has reported this paper's state yet. */
  has(id: PaperId): boolean {
    return this.states.has(id);
  }

  set(states: readonly PaperState[]): void {
    for (const state of states) {
      this.states.set(state.id, state);
      this.emptyStates.delete(state.id);
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
