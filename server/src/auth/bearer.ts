import { createHash } from 'node:crypto';

/**
 * The token of an `Authorization: Bearer <token>` header, or null. The scheme is case-insensitive and spacing is
 * free (RFC 6750), so everything keyed on a token (authentication, the rate limit) keys on this, never on the raw header.
 */
export function bearerToken(authorization: string | string[] | undefined): string | null {
  const header = Array.isArray(authorization) ? authorization[0] : authorization;
  const match = /^\s*Bearer\s+(\S{1,200})\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}

export const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();
