import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { countPapers } from './change-messages';

/** The word to type before the library can be deleted. */
export const CONFIRMATION_WORD = 'DELETE';

interface DeleteAllDialogProps {
  count: number;
  busy: boolean;
  /** Downloads a backup of the whole library and resolves to the file name. */
  onDownloadBackup(): string;
  onConfirm(): Promise<void>;
  onClose(): void;
}

/**
 * Makes everything on the page except `keep` inert while the dialog is open, so focus and
 * screen readers stay in the dialog. A layout effect, so the page is interactive again as
 * soon as a synchronous close commits and can take focus back.
 */
function useInertBackground(keep: HTMLElement) {
  useLayoutEffect(() => {
    const others = [...document.body.children].filter(
      (element): element is HTMLElement => element !== keep && element instanceof HTMLElement && !element.inert,
    );
    for (const element of others) element.inert = true;
    return () => {
      for (const element of others) element.inert = false;
    };
  }, [keep]);
}

/** Renders the in-page confirmation before deleting every paper: it offers a backup and requires typing DELETE. */
export function DeleteAllDialog({ count, busy, onDownloadBackup, onConfirm, onClose }: DeleteAllDialogProps) {
  const [host] = useState(() => document.createElement('div'));
  const [typed, setTyped] = useState('');
  const [backup, setBackup] = useState('');
  const confirmInput = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const descriptionId = useId();

  useLayoutEffect(() => {
    document.body.append(host);
    confirmInput.current?.focus();
    return () => host.remove();
  }, [host]);
  useInertBackground(host);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !busy) {
      event.stopPropagation();
      onClose();
    }
  }

  function downloadBackup() {
    try {
      setBackup(`Downloaded ${onDownloadBackup()} with ${countPapers(count)}.`);
    } catch (error) {
      setBackup(`Could not download the backup: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }

  const confirmed = typed.trim() === CONFIRMATION_WORD;
  return createPortal(
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby={headingId} aria-describedby={descriptionId} className="dialog" onKeyDown={onKeyDown}>
        <h2 id={headingId}>Delete all {countPapers(count)}?</h2>
        <p id={descriptionId}>
          This deletes every paper in the library with its tags, note and reading status from this browser. Undo brings them
          back only while this page stays open. To keep a copy, download a backup first: Import restores it.
        </p>
        <p>
          <button type="button" onClick={downloadBackup}>
            Download a backup first
          </button>{' '}
          <span role="status">{backup}</span>
        </p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (confirmed && !busy) void onConfirm();
          }}
        >
          <label>
            Type {CONFIRMATION_WORD} to confirm{' '}
            <input
              ref={confirmInput}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          </label>
          <div className="dialog-buttons">
            <button type="submit" className="danger" disabled={!confirmed || busy}>
              Delete all {countPapers(count)}
            </button>
            <button type="button" onClick={onClose} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>,
    host,
  );
}
