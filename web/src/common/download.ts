/** Saves text as a file in the browser (a Blob behind a temporary object URL). */
export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** Saves a Blob as a file in the browser (a temporary object URL). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The one CSV writer and defusing rule, shared with the server's documents (graph-schema/src/csv.ts, compiled from source). */
export { csvCell as csvField, toCsv } from '../../../graph-schema/src/csv';
