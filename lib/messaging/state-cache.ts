import type { PaperId, PaperState } from '../paper';

/** Number of states kept; the oldest read is dropped first. */
const DEFAULT_LIMIT = 20_000;

/**
 * Paper states the background has read, kept in memory so that a page loaded again gets
 * them without an IndexedDB read. The background drops a state when Dexie reports a write to
 * its paper, so every state kept equals the stored one.
 */
export class StateCache {
  private states = new Map<PaperId, PaperState>();
  /** Counts forget() calls, so a read that a write overtook is not kept. */
  private generation = 0;

  constructor(
    private readStates: (ids: PaperId[]) => Promise<PaperState[]>,
    private limit = DEFAULT_LIMIT,
  ) {}

  get size(): number {
    return this.states.size;
  }

  /** Returns the states of `ids` in request order, reading only the ones not kept. */
  async get(ids: readonly PaperId[]): Promise<PaperState[]> {
    const missing = [...new Set(ids.filter((id) => !this.states.has(id)))];
    const read = new Map<PaperId, PaperState>();
    if (missing.length > 0) {
      const generation = this.generation;
      for (const state of await this.readStates(missing)) read.set(state.id, state);
      if (generation === this.generation) for (const state of read.values()) this.keep(state);
    }
    return ids.map((id) => read.get(id) ?? this.states.get(id)!);
  }

  /** Drops the states of the papers that `isChanged` accepts, after a write to them. */
  forget(isChanged: (id: PaperId) => boolean): void {
    this.generation += 1;
    for (const id of this.states.keys()) if (isChanged(id)) this.states.delete(id);
  }

  private keep(state: PaperState): void {
    // A Map iterates in insertion order, so its first key is the oldest.
    this.states.delete(state.id);
    this.states.set(state.id, state);
    if (this.states.size > this.limit) this.states.delete(this.states.keys().next().value!);
  }
}
