/** Saves text as a file through a temporary link: no downloads permission needed on extension pages. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click starts the download synchronously; revoke on the next turn so it is not cut short.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function datedName(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
