import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/client';

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
