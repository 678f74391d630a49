import { RangeSet, type ObservabilitySet } from 'dexie';
import type { PaperId } from '../paper';

/**
 * Collects the ids of papers written or deleted, from the parts that Dexie's
 * `storagemutated` event names, until the next take(). A clear() of the table names
 * every key, so every id counts as changed.
 */
export class ChangedPapers {
  private keys = new RangeSet();
  private readonly parts: readonly string[];

  constructor(databaseName: string) {
    // '' contains the primary keys of written records, ':dels' those of deleted ones.
    this.parts = [`idb://${databaseName}/papers/`, `idb://${databaseName}/papers/:dels`];
  }

  /**
   * Adds the papers named in `parts` to the collection. Returns a test for those papers
   * alone, or undefined when `parts` names none.
   */
  add(parts: ObservabilitySet): ((id: PaperId) => boolean) | undefined {
    const named = new RangeSet();
    let any = false;
    for (const part of this.parts) {
      const tree = parts[part];
      if (!tree || tree.d === 0) continue;
      this.keys.add(tree);
      named.add(tree);
      any = true;
    }
    return any ? (id) => named.hasKey(id) === true : undefined;
  }

  /** Returns a test for the ids collected so far and starts a new collection. */
  take(): (id: PaperId) => boolean {
    const collected = this.keys;
    this.keys = new RangeSet();
    return (id) => collected.hasKey(id) === true;
  }
}
