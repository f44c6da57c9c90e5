import { resolve } from 'node:path';
import type { GraphEngineName } from '../graph/graph-store';
import { loadSecurityConfig, type SecurityConfig } from '../security/security-config';
import { ConfigError } from './config-error';
import { loadObservabilityConfig, type ObservabilityConfig } from '../observability/observability-config';
import { loadWebhookConfig, type WebhookConfig } from '../webhooks/webhook-config';
import { type BackupConfig, loadBackupConfig } from './backup-config';

/** Configuration of PRODUCT.md §6, read once from the environment and validated. */
export interface AppConfig {
  port: number;
  host: string;
  engine: GraphEngineName;
  dataDir: string;
  /** The embedded engine's page cache in MiB; null: the engine's default (most of the machine's memory, taken as pages are read). */
  embeddedBufferPoolMb?: number | null;
  neo4j: { uri: string; user?: string; password?: string; database: string } | null;
  adminToken: string | null;
  seed: 'example' | 'none';
  personIdSecret: string | null;
  production: boolean;
  /** Folder of the built web app, served at `/` when it exists. */
  webDir: string;
  /** Limits against hostile input (security/security-config.ts); defaults apply to what is left out. */
  security?: Partial<SecurityConfig>;
  /** LOG_LEVEL, METRICS_TOKEN, METRICS_PORT (observability/observability-config.ts); defaults apply to what is left out. */
  observability?: Partial<ObservabilityConfig>;
  /** Webhook delivery (webhooks/webhook-config.ts); defaults apply to what is left out. */
  webhooks?: Partial<WebhookConfig>;
  /** AUDIT_SHIP_INTERVAL_MS: how long audit entries stay only in the local journal before they are shipped to the graph. */
  auditShipIntervalMs?: number;
  /** Scheduled backups (BACKUP_DIR, BACKUP_EVERY, BACKUP_KEEP); null or absent: none. */
  backup?: BackupConfig | null;
}

export { ConfigError };

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const portText = env.PORT ?? '4000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new ConfigError('PORT', `must be a port number 0–65535 (got "${portText}")`);
  const engine = oneOf(env, 'GRAPH_ENGINE', ['embedded', 'neo4j'] as const, 'embedded');
  let neo4j: AppConfig['neo4j'] = null;
  if (engine === 'neo4j') {
    const uri = env.NEO4J_URI;
    if (!uri) throw new ConfigError('NEO4J_URI', 'is required when GRAPH_ENGINE=neo4j');
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
      throw new ConfigError('NEO4J_URI', `must be a bolt:// or neo4j:// URI, optionally +s or +ssc (got "${uri}")`);
    }
    neo4j = { uri, user: env.NEO4J_USER || undefined, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE || 'neo4j' };
  }
  const adminToken = env.ADMIN_TOKEN || null;
  if (adminToken !== null && adminToken.length < 16) throw new ConfigError('ADMIN_TOKEN', 'must be at least 16 characters');
  const poolText = env.EMBEDDED_BUFFER_POOL_MB || null;
  if (poolText !== null && (!/^\d+$/.test(poolText) || Number(poolText) < 64)) {
    throw new ConfigError('EMBEDDED_BUFFER_POOL_MB', `must be a whole number of MiB, at least 64 (got "${poolText}")`);
  }
  const personIdSecret = env.PERSON_ID_SECRET || null;
  if (personIdSecret !== null && personIdSecret.length < 16) {
    throw new ConfigError('PERSON_ID_SECRET', 'must be at least 16 characters');
  }
  const shipText = env.AUDIT_SHIP_INTERVAL_MS || null;
  if (shipText !== null && (!/^\d+$/.test(shipText) || Number(shipText) > 3_600_000)) {
    throw new ConfigError('AUDIT_SHIP_INTERVAL_MS', `must be a whole number of milliseconds, at most 3600000 (got "${shipText}")`);
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    engine,
    dataDir: resolve(env.DATA_DIR || './data'),
    embeddedBufferPoolMb: poolText === null ? null : Number(poolText),
    neo4j,
    adminToken,
    seed: oneOf(env, 'SEED', ['example', 'none'] as const, 'example'),
    personIdSecret,
    production: env.NODE_ENV === 'production',
    webDir: resolve(env.WEB_DIR || resolve(__dirname, '..', '..', '..', 'web', 'dist')),
    security: loadSecurityConfig(env),
    observability: loadObservabilityConfig(env),
    webhooks: loadWebhookConfig(env),
    auditShipIntervalMs: shipText === null ? undefined : Number(shipText),
    backup: loadBackupConfig(env, (variable, text) => new ConfigError(variable, text)),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
