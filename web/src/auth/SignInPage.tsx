import { useId, useState, type FormEvent } from 'react';
import { ApiError, errorMessage, graphqlRequest, UNAUTHENTICATED_MESSAGE } from '../api/client';
import { selectAuthMessage, authStore, signIn } from './auth-store';
import { useStore } from '../common/store';
import { SIGN_IN_PROBE_QUERY } from './graphql';

/** Asks for an API token, checks it with a harmless query, and keeps it for this browser tab. */
export function SignInPage() {
  const message = useStore(authStore, selectAuthMessage);
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const helpId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = token.trim();
    if (!value) {
      setError('Enter your API token.');
      return;
    }
    setBusy(true);
    setError(null);
    graphqlRequest(SIGN_IN_PROBE_QUERY, {}, { token: value }).then(
      () => signIn(value),
      (failure: unknown) => {
        setBusy(false);
        setError(failure instanceof ApiError && failure.code === 'UNAUTHENTICATED' ? UNAUTHENTICATED_MESSAGE : errorMessage(failure));
      },
    );
  };

  const shown = error ?? message;
  return (
    <main className="signin" id="main">
      <form className="signin-card" onSubmit={submit} noValidate aria-labelledby={`${inputId}-title`}>
        <div className="brand brand-large" aria-hidden="true">
          <span className="brand-mark" />
          Disclosure Map
        </div>
        <h1 id={`${inputId}-title`}>Sign in</h1>
        <p className="muted">Where personal data comes from, where it goes and why.</p>
        {shown ? (
          <div className="alert alert-error" role="alert">
            {shown}
          </div>
        ) : null}
        <label htmlFor={inputId}>API token</label>
        <input
          id={inputId}
          name="token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(event) => setToken(event.target.value)}
          aria-describedby={helpId}
          aria-invalid={error ? true : undefined}
          autoFocus
        />
        <p id={helpId} className="hint">
          Use the sign-in link the server printed, or paste a token an administrator gave you. It is kept for this browser tab only.
        </p>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
