import { startDownload } from './start-download.ts';

/**
 * Saves what the window itself made (a picture of a network) as a download
 * (in Electron, a Save dialog). Files the core writes go through saveFile.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  startDownload(url, fileName);
  // Revoked a little later: revoking at once can cancel a download still starting.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Text saved the same way. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
