/** Starts the browser's download of a URL (same origin, or a blob: URL), as a click on an <a download> would. */
export function startDownload(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}
