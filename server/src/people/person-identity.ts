import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ensurePrivateDir } from '../common/private-files';
import { join } from 'node:path';
import type { PersonIdentifierKind } from '@disclosure-map/graph-schema';

/** Normalised forms: emails lower-cased and trimmed, phones as their digits, external ids as given. */
export function normaliseIdentifier(kind: PersonIdentifierKind, value: string): string {
  switch (kind) {
    case 'email':
      return value.trim().toLowerCase();
    case 'phone':
      return value.replace(/\D/g, '');
    case 'externalId':
      return value;
    default: {
      const unknown: never = kind;
      throw new Error(`unknown identifier kind ${String(unknown)}`);
    }
  }
}

/** The masked form people are displayed by: a***@example.com, ***-***-0101, ab***. */
export function maskIdentifier(kind: PersonIdentifierKind, normalised: string): string {
  switch (kind) {
    case 'email': {
      const at = normalised.lastIndexOf('@');
      if (at <= 0) return `${normalised.slice(0, 1)}***`;
      return `${normalised.slice(0, 1)}***${normalised.slice(at)}`;
    }
    case 'phone':
      return `***-***-${normalised.slice(-4)}`;
    case 'externalId':
      return `${normalised.slice(0, 2)}***`;
    default: {
      const unknown: never = kind;
      throw new Error(`unknown identifier kind ${String(unknown)}`);
    }
  }
}

export const PERSON_ID_SECRET_FILE = 'person-id.secret';

/** The HMAC key: PERSON_ID_SECRET, or one generated once into DATA_DIR and reused on every start. */
export function loadPersonIdSecret(dataDir: string, configured: string | null): string {
  if (configured) return configured;
  const file = join(dataDir, PERSON_ID_SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  ensurePrivateDir(dataDir);
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** Keyed hashes of identifiers: raw identifiers are never stored. */
export class PersonIdentity {
  constructor(private readonly secret: string) {}

  /** The PersonIdentifier node id: "<kind>:<HMAC-SHA-256 of the normalised value>". */
  identifierId(kind: PersonIdentifierKind, value: string): string {
    const hmac = createHmac('sha256', this.secret)
      .update(`${kind}\u0000${normaliseIdentifier(kind, value)}`)
      .digest('hex');
    return `${kind}:${hmac}`;
  }
}

export const PERSON_IDENTITY = Symbol('PERSON_IDENTITY');
