import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../api/client';
import type { DataMapQuery, DataMapQueryVariables } from '../api/generated/graphql';
import type { QueryResult, QueryState } from '../api/use-query';
import { DATA_MAP_QUERY } from './graphql';

/**
 * The map's answers, kept for a minute while the map page is open: closing a group goes back to a view already
 * fetched, and a group the pointer rests on is fetched ahead of its click (prefetchDataMap), so opening or closing it
 * waits for no server round trip. The map is read-only; a minute bounds how stale a view drawn again can be when the
 * inventory changes elsewhere, and leaving the page forgets everything (forgetDataMapAnswers).
 */
const FRESH_MS = 60_000;
const KEPT = 12;

interface Kept {
  at: number;
  answer: Promise<DataMapQuery>;
  /** Set once the answer arrived: a view drawn again needs not wait for even a microtask. */
  value?: DataMapQuery;
}

const kept = new Map<string, Kept>();

function answerFor(key: string): Kept {
  const now = Date.now();
  const known = kept.get(key);
  if (known && now - known.at < FRESH_MS) return known;
  const entry: Kept = {
    at: now,
    answer: graphqlRequest(DATA_MAP_QUERY, JSON.parse(key) as DataMapQueryVariables),
  };
  entry.answer.then(
    (value) => {
      entry.value = value;
    },
    () => {
      // A failed answer is not kept: the next request asks again.
      if (kept.get(key) === entry) kept.delete(key);
    },
  );
  kept.delete(key);
  kept.set(key, entry);
  while (kept.size > KEPT) {
    const oldest = kept.keys().next().value;
    if (oldest === undefined) break;
    kept.delete(oldest);
  }
  return entry;
}

/** Fetches a view ahead of its use (e.g. the group under the pointer, before the click). */
export function prefetchDataMap(variables: DataMapQueryVariables): void {
  answerFor(JSON.stringify(variables));
}

export function forgetDataMapAnswers(): void {
  kept.clear();
}

const IDLE = { status: 'idle', data: undefined, error: undefined } as const;

/** useQuery for the map's dataMap, through the answers kept above. While a new view loads the previous one stays. */
export function useDataMap(variables: DataMapQueryVariables): QueryResult<DataMapQuery> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<DataMapQuery>>(IDLE);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const entry = answerFor(key);
    if (entry.value) {
      setState({ status: 'success', data: entry.value, error: undefined });
      return undefined;
    }
    let cancelled = false;
    setState((previous) => ({
      status: 'loading',
      data: previous.status === 'success' || previous.status === 'loading' ? previous.data : undefined,
      error: undefined,
    }));
    entry.answer.then(
      (data) => {
        if (!cancelled) setState({ status: 'success', data, error: undefined });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'error', data: undefined, error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
