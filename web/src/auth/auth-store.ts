import { createStore } from '../common/store';

const STORAGE_KEY = 'disclosure-map.token';

export interface AuthState {
  /** The bearer token, kept in sessionStorage for this tab only. */
  token: string | null;
  /** Why the user is on the sign-in page (e.g. a rejected token). */
  message: string | null;
}

function readStoredToken(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStoredToken(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(STORAGE_KEY, token);
    else window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be disabled; the token then lives only in memory.
  }
}

export const authStore = createStore<AuthState>({ token: readStoredToken(), message: null });

export function signIn(token: string): void {
  const trimmed = token.trim();
  writeStoredToken(trimmed);
  authStore.setState({ token: trimmed, message: null });
}

export function signOut(message: string | null = null): void {
  writeStoredToken(null);
  authStore.setState({ token: null, message });
}

/**
 * Signs in with `?token=…` from the address bar, then removes the token from the address (history.replaceState),
 * keeping every other query parameter. Returns true when a token was taken.
 */
export function takeTokenFromUrl(): boolean {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return false;
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  if (token.trim()) signIn(token);
  return token.trim().length > 0;
}

export const selectToken = (state: AuthState): string | null => state.token;
export const selectAuthMessage = (state: AuthState): string | null => state.message;
