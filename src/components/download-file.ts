/**
 * Saves a Blob as a file through a temporary object URL: no server, works offline and from
 * file://. The URL is revoked on the next turn, once the click has started the download.
 */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
