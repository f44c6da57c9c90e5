import { authStore } from '../auth/auth-store';
import type { BreachInput } from './graphql';

/** The breach as query parameters (only the id given). */
export function breachParams(input: BreachInput): URLSearchParams {
  return new URLSearchParams(Object.entries(input).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** GET the notice list with the signed-in token in the Authorization header, and save it as a file. */
export async function downloadNoticeList(input: BreachInput): Promise<void> {
  const query = breachParams(input).toString();
  const token = authStore.getState().token;
  const response = await fetch(`/incidents/notice-list.csv?${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`The notice list could not be produced (${response.status}).`);
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `notice-list-${input.recipientId ?? input.systemId ?? 'breach'}.csv`;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
