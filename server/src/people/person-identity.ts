import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ensurePrivateDir } from '../common/private-files';
import { join } from 'node:path';
import type { PersonIdentifierKind } from '@disclosure-map/graph-schema';
import { normaliseIdentifier } from './person-rules';

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

/** The PersonIdentifier node id: "<kind>:<HMAC-SHA-256 of the normalised value>" (also run by parse workers). */
export function hashIdentifier(secret: string, kind: PersonIdentifierKind, value: string): string {
  return `${kind}:${createHmac('sha256', secret)
    .update(`${kind}\u0000${normaliseIdentifier(kind, value)}`)
    .digest('hex')}`;
}

/** Keyed hashes of identifiers: raw identifiers are never stored. */
export class PersonIdentity {
  constructor(private readonly secret: string) {}

  /** The key, for the bulk importer's parse workers (threads of this same process) to hash with. */
  keyForWorkers(): string {
    return this.secret;
  }

  /** The PersonIdentifier node id: "<kind>:<HMAC-SHA-256 of the normalised value>". */
  identifierId(kind: PersonIdentifierKind, value: string): string {
    return hashIdentifier(this.secret, kind, value);
  }
}

export const PERSON_IDENTITY = Symbol('PERSON_IDENTITY');
