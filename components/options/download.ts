/** Saves text as a file through a temporary object URL (no network, no permission needed). */
export function downloadText(filename: string, text: string | ArrayBuffer, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
