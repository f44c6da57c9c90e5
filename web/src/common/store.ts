import { useCallback, useSyncExternalStore } from 'react';

/** A tiny external store: components subscribe through narrow selectors and re-render only when their slice changes. */
export interface Store<S> {
  getState: () => S;
  setState: (update: Partial<S> | ((state: S) => Partial<S>)) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState(update) {
      const patch = typeof update === 'function' ? update(state) : update;
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as (keyof S)[]).some((key) => !Object.is(state[key], next[key]));
      if (!changed) return;
      state = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A store with named actions: the only code that changes its state, so every change has a name to search for.
 * `define` receives the store's setState and getState and returns the actions.
 */
export function createStoreWithActions<S extends object, A>(
  initial: S,
  define: (set: Store<S>['setState'], get: Store<S>['getState']) => A,
): Store<S> & { actions: A } {
  const store = createStore(initial);
  return { ...store, actions: define(store.setState, store.getState) };
}

/** Reads one slice of a store; the selector must return a stable value (a primitive or a stored reference). */
export function useStore<S extends object, T>(store: Store<S>, selector: (state: S) => T): T {
  const getSnapshot = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
