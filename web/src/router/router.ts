import { useCallback, useSyncExternalStore } from 'react';

/** A small History API router: the location is an external store fed by popstate and our own navigations. */
const NAVIGATE_EVENT = 'disclosure-map:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

const getPathname = (): string => window.location.pathname;
const getSearch = (): string => window.location.search;

export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPathname, getPathname);
}

export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getSearch);
}

export interface NavigateOptions {
  replace?: boolean;
}

export function navigate(to: string, options: NavigateOptions = {}): void {
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (to === current) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The query string as URLSearchParams plus a setter that writes a new query string on the same path. */
export function useSearchParams(): [URLSearchParams, (next: URLSearchParams, options?: NavigateOptions) => void] {
  const search = useSearch();
  const pathname = usePathname();
  const setParams = useCallback(
    (next: URLSearchParams, options?: NavigateOptions) => {
      const query = next.toString();
      navigate(query ? `${pathname}?${query}` : pathname, options);
    },
    [pathname],
  );
  return [new URLSearchParams(search), setParams];
}

/** Builds "path?query" from a record, leaving out empty values. */
export function href(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
