/** Saves text as a file through a temporary <a download>: no permission, no network. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The MIME type to save an exported file with, from its name. */
export function mimeFor(fileName: string): string {
  if (fileName.endsWith('.jsonld')) return 'application/ld+json';
  if (fileName.endsWith('.csv')) return 'text/csv';
  return 'application/json';
}
