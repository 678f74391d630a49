import { strToU8, zipSync } from 'fflate';
import type { ExportFile } from '../../lib/export';

/** Hands files to the browser as a download: one file as it is, several as one zip archive. */
export function downloadFiles(files: readonly ExportFile[], archiveName: string): void {
  const [first] = files;
  if (!first) return;
  const blob =
    files.length === 1
      ? new Blob([first.text], { type: `${first.mimeType};charset=utf-8` })
      : new Blob([zipSync(Object.fromEntries(files.map((file) => [file.filename, strToU8(file.text)])))], {
          type: 'application/zip',
        });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = files.length === 1 ? first.filename : archiveName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
