/**
 * Saves text as a file through the browser's download (in Electron, a Save
 * dialog): the app writes nothing outside the project folder by itself.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves any file (a PNG of a network…) the same way. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: revoking at once can cancel a download still starting.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
