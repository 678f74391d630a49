import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { findExportFormat } from '../../lib/export';
import type { PaperRecord } from '../../lib/paper';
import { countPapers } from './change-messages';
import { DeleteAllDialog } from './DeleteAllDialog';
import { downloadFiles } from './download';

interface DeleteAllPanelProps {
  records: readonly PaperRecord[];
  busy: boolean;
  /** Deletes every paper; resolves to whether it succeeded. */
  onDeleteAll(): Promise<boolean>;
  /** Called once the dialog has closed after a successful deletion, to move focus on. */
  onDeleted(): void;
}

/** Writes the PaperShelf JSON backup of `records` as a download and returns the file name. */
function downloadBackup(records: readonly PaperRecord[]): string {
  const format = findExportFormat('backup');
  if (!format) throw new Error('the PaperShelf backup format is missing from EXPORT_FORMATS');
  const files = format.export(records, { exportedAt: Date.now() });
  downloadFiles(files, 'papershelf-backup.zip');
  return files[0]?.filename ?? '';
}

/** Renders the "Delete all papers" button and its confirmation dialog. */
export function DeleteAllPanel({ records, busy, onDeleteAll, onDeleted }: DeleteAllPanelProps) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);

  // Closing commits synchronously, so the page behind is no longer inert when focus moves back to it.
  function close() {
    flushSync(() => setOpen(false));
    trigger.current?.focus();
  }

  return (
    <section aria-labelledby="delete-all-heading" className="panel">
      <h2 id="delete-all-heading">Delete the library</h2>
      <p className="muted">
        {records.length === 0
          ? 'The library is empty.'
          : `Deletes all ${countPapers(records.length)} from this browser. You are asked to confirm and can download a backup first.`}
      </p>
      <button type="button" ref={trigger} className="danger" disabled={records.length === 0} onClick={() => setOpen(true)}>
        Delete all papers
      </button>
      {open && (
        <DeleteAllDialog
          count={records.length}
          busy={busy}
          onDownloadBackup={() => downloadBackup(records)}
          onConfirm={async () => {
            // After a failure the page's alert explains it, so the dialog closes either way.
            if (!(await onDeleteAll())) {
              close();
              return;
            }
            flushSync(() => setOpen(false));
            onDeleted();
          }}
          onClose={close}
        />
      )}
    </section>
  );
}
