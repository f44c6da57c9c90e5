import { authStore } from '../auth/auth-store';
import { downloadBlob } from '../common/download';

/** The file name the server gives a document (content-disposition), or the path's last segment. */
function fileNameOf(response: Response, path: string): string {
  const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return named ?? path.split('?')[0].split('/').pop() ?? 'document';
}

/**
 * Fetches one of the server's documents (/reports/…) with the signed-in token in the Authorization header — never in
 * the URL, where it would stay in history, download metadata, copied links and proxy logs — and saves it (HTML opens
 * in a new tab). Throws with the server's message when it refuses.
 */
export async function openDocument(path: string): Promise<void> {
  const token = authStore.getState().token;
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The document could not be fetched (HTTP ${response.status}).`);
  }
  const blob = await response.blob();
  if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
    const url = URL.createObjectURL(blob);
    window.open(url, '_blank');
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return;
  }
  downloadBlob(fileNameOf(response, path), blob);
}
