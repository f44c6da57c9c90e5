import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/client';
import type { QueryResult } from '../api/use-query';
import { questionKeyLabel, type PersonQuestion } from './person-keys';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty" role="status">
      <strong>{title}</strong>
      {children ? <div>{children}</div> : null}
    </div>
  );
}

/** A readable error: the API's message, with a hint for the codes a user can act on. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const code = error instanceof ApiError ? error.code : 'UNKNOWN';
  const hint =
    code === 'FORBIDDEN'
      ? 'Your token does not allow this. Ask an administrator for a token with the right role.'
      : code === 'UNAVAILABLE' || code === 'NETWORK'
        ? 'The service is unavailable at the moment. Try again in a little while.'
        : null;
  return (
    <div className="state state-error" role="alert">
      <strong>{errorMessage(error)}</strong>
      {hint ? <div>{hint}</div> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/**
 * A query's answer drawn the one way every page draws it: its error (with a retry), a loading line until it has
 * succeeded (and until `ready`, for pages that wait on a second source), an empty notice when `isEmpty` says so, else
 * the content. `renderError` replaces the generic error for the errors a page can explain better (null: generic).
 */
export function QueryView<T>({
  result,
  loading,
  ready = true,
  isEmpty,
  empty,
  renderError,
  children,
}: {
  result: QueryResult<T>;
  loading: string;
  ready?: boolean;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  renderError?: (error: unknown) => ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { state, reload } = result;
  if (state.status === 'error') return renderError?.(state.error) ?? <ErrorMessage error={state.error} onRetry={reload} />;
  if (state.status !== 'success' || !ready) return <Loading label={loading} />;
  if (isEmpty?.(state.data)) return empty ?? null;
  return children(state.data);
}

/**
 * "No one on record" for a look-up of one person that found nobody (the API's NOT_FOUND), with what to try instead;
 * null for any other error, so the generic error shows.
 */
export function unknownPersonNotice(error: unknown, person: PersonQuestion | null, tryInstead: string): ReactNode {
  if (!(error instanceof ApiError) || error.code !== 'NOT_FOUND' || !person) return null;
  return (
    <div className="state state-empty" role="alert">
      <strong>
        No one with the {questionKeyLabel(person.key).toLowerCase()} “{person.value}” is on record.
      </strong>
      <div>{tryInstead}</div>
    </div>
  );
}
