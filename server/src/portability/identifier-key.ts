import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { PERSON_ID_SECRET_FILE } from '../people/person-identity';

/**
 * The identifier key as the server would use it (PERSON_ID_SECRET, else DATA_DIR/person-id.secret), read only: unlike
 * the server, export and restore never generate one (a new key would make every stored identifier unfindable).
 */
export function readIdentifierKey(config: Pick<AppConfig, 'dataDir' | 'personIdSecret'>): string | null {
  if (config.personIdSecret) return config.personIdSecret;
  const file = join(config.dataDir, PERSON_ID_SECRET_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || null : null;
}
