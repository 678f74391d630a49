import { LiveClientMessageSchema, describeIssues, type LiveServerMessage } from '../messages';
import type { PaperId, PaperState } from '../paper';
import { log } from '../log';

/** The part of a runtime port the hub uses, so tests can pass a plain object. */
export interface LivePort {
  postMessage(message: LiveServerMessage): void;
}

interface Watcher {
  ids: PaperId[];
  /** Last state sent per id, serialised, to send only what changed. */
  sent: Map<PaperId, string>;
}

/**
 * Keeps, for each open content-script port, the ids it shows and pushes the new state of
 * any of them after the database changes, whoever changed it.
 */
export class LiveHub {
  private watchers = new Map<LivePort, Watcher>();

  constructor(private readState: (ids: PaperId[]) => Promise<PaperState[]>) {}

  get size(): number {
    return this.watchers.size;
  }

  /** Handles a message on a port; an invalid one is logged and ignored. */
  async receive(port: LivePort, message: unknown): Promise<void> {
    const parsed = LiveClientMessageSchema.safeParse(message);
    if (!parsed.success) {
      log.warn('live', `invalid message: ${describeIssues(parsed.error)}`);
      return;
    }
    const ids = [...new Set(parsed.data.ids)];
    const watcher: Watcher = { ids, sent: new Map() };
    this.watchers.set(port, watcher);
    await this.push(port, watcher);
  }

  disconnect(port: LivePort): void {
    this.watchers.delete(port);
  }

  /**
   * Re-reads the watched ids that `isChanged` accepts (all of them by default) and sends
   * each port the states that differ from what it last got.
   */
  async refresh(isChanged: (id: PaperId) => boolean = () => true): Promise<void> {
    await Promise.all([...this.watchers].map(([port, watcher]) => this.push(port, watcher, watcher.ids.filter(isChanged))));
  }

  private async push(port: LivePort, watcher: Watcher, ids: readonly PaperId[] = watcher.ids): Promise<void> {
    if (ids.length === 0) return;
    const states = await this.readState([...ids]);
    const changed = states.filter((state) => {
      const serialised = JSON.stringify(state);
      if (watcher.sent.get(state.id) === serialised) return false;
      watcher.sent.set(state.id, serialised);
      return true;
    });
    if (changed.length === 0 || !this.watchers.has(port)) return;
    try {
      port.postMessage({ type: 'states', states: changed });
    } catch (error) {
      log.warn('live', `dropping a closed port: ${error instanceof Error ? error.message : String(error)}`);
      this.watchers.delete(port);
    }
  }
}
