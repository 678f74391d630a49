import { useEffect, useRef } from 'react';
import type { UndoSlot } from './useLibraryChanges';

interface UndoBarProps {
  undo: UndoSlot | null;
  notice: string;
  busy: boolean;
  /** Changing this number moves focus to the Undo button, for when the control that acted is gone. */
  focusRequest: number;
  onUndo(): void;
  onDismiss(): void;
}

/**
 * Shows the single undo slot: what the last change did, which is what Undo reverts. The live
 * region stays mounted so screen readers announce each new message.
 */
export function UndoBar({ undo, notice, busy, focusRequest, onUndo, onDismiss }: UndoBarProps) {
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRequest > 0) undoButton.current?.focus();
  }, [focusRequest]);

  if (busy) {
    // A change to tens of thousands of papers can take seconds, so the bar shows that it is running.
    return (
      <div role="status" className="undo">
        Working…
      </div>
    );
  }

  const text = undo?.message ?? notice;
  return (
    <div role="status" className={text ? 'undo' : undefined}>
      {text}
      {undo && (
        <>
          {' '}
          <button type="button" ref={undoButton} onClick={onUndo}>
            Undo
          </button>
        </>
      )}
      {text && (
        <>
          {' '}
          <button type="button" className="dismiss" aria-label="Dismiss message" onClick={onDismiss}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
