import { useCallback, useRef, useState } from 'react';
import { undoChange } from '../../lib/db/undo';
import { changeSize, type LibraryChange } from '../../lib/edits/change';
import type { PaperShelfDatabase } from '../../lib/db/database';
import { useDatabase } from '../shared/useDatabase';
import { describeUndo } from './change-messages';

/** The one change the page can undo, with the message that names what Undo reverts. */
export interface UndoSlot {
  message: string;
  change: LibraryChange;
}

/** Change made by an operation, with the message describing it. */
export interface OperationResult {
  change: LibraryChange;
  message: string;
}

export type Operation = (db: PaperShelfDatabase) => Promise<OperationResult>;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs library operations and keeps the last one that changed something in a single
 * undo slot. Each operation runs in one transaction, so after a failure the error message
 * can state that the library is unchanged.
 */
export function useLibraryChanges() {
  const db = useDatabase();
  const [undo, setUndo] = useState<UndoSlot | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // The slot is also read through a ref, so the callbacks below keep one identity for the page's lifetime.
  const undoRef = useRef<UndoSlot | null>(null);

  const keep = useCallback((slot: UndoSlot | null) => {
    undoRef.current = slot;
    setUndo(slot);
  }, []);

  /** Runs `operation`; `failure` completes "Could not …" in the error message. Resolves to whether it succeeded. */
  const perform = useCallback(
    async (failure: string, operation: Operation): Promise<boolean> => {
      setBusy(true);
      setError('');
      try {
        const { change, message } = await operation(db);
        if (changeSize(change) > 0) {
          keep({ change, message });
          setNotice('');
        } else {
          setNotice(message);
        }
        return true;
      } catch (caught) {
        setError(`Could not ${failure}: ${reason(caught)}. The library is unchanged.`);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [db, keep],
  );

  const undoLast = useCallback(async () => {
    const slot = undoRef.current;
    if (!slot) return;
    setBusy(true);
    setError('');
    try {
      const result = await undoChange(db, slot.change);
      keep(null);
      setNotice(describeUndo(result));
    } catch (caught) {
      setError(`Could not undo: ${reason(caught)}. The library is unchanged and Undo is still offered.`);
    } finally {
      setBusy(false);
    }
  }, [db, keep]);

  const dismiss = useCallback(() => {
    keep(null);
    setNotice('');
  }, [keep]);

  return { undo, notice, error, busy, perform, undoLast, dismiss, setError };
}
