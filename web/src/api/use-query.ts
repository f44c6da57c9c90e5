import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from './client';
import type { TypedDocumentString } from './generated/graphql';

export type QueryState<T> =
  | { status: 'idle'; data: undefined; error: undefined }
  | { status: 'loading'; data: T | undefined; error: undefined }
  | { status: 'success'; data: T; error: undefined }
  | { status: 'error'; data: undefined; error: unknown };

export interface QueryResult<T> {
  state: QueryState<T>;
  reload: () => void;
}

const IDLE = { status: 'idle', data: undefined, error: undefined } as const;

/**
 * Runs a GraphQL query when its variables change (compared by value) and aborts the previous one.
 * `skip` keeps it idle, e.g. until a form is filled in. While reloading, the previous data stays visible.
 */
export function useQuery<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  skip = false,
  /** Changing it runs the query again (e.g. after a mutation). */
  refreshKey = 0,
): QueryResult<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<T>>(IDLE);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (skip) {
      setState(IDLE);
      return undefined;
    }
    const controller = new AbortController();
    setState((previous) => ({
      status: 'loading',
      data: previous.status === 'success' || previous.status === 'loading' ? previous.data : undefined,
      error: undefined,
    }));
    graphqlRequest(document, JSON.parse(key) as V, { signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data, error: undefined });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', data: undefined, error });
      },
    );
    return () => controller.abort();
  }, [document, key, skip, generation, refreshKey]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
