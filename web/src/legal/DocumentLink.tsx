import { type ReactNode, type MouseEvent, useState } from 'react';
import { errorMessage } from '../api/client';
import { openDocument } from './open-document';

/**
 * A link to a server document that carries no token: clicking fetches it with the Authorization header
 * (open-document.ts). The href is the plain document path, so a copied link holds nothing secret.
 */
export function DocumentLink({ path, children }: { path: string; children: ReactNode }) {
  const [error, setError] = useState<string | null>(null);
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    setError(null);
    openDocument(path).catch((caught: unknown) => setError(errorMessage(caught)));
  };
  return (
    <>
      <a href={path} onClick={open}>
        {children}
      </a>
      {error ? (
        <span className="field-error" role="alert">
          {' '}
          {error}
        </span>
      ) : null}
    </>
  );
}
