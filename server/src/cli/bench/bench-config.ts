/** What every part of the benchmark shares: where the repository is, the bench server's settings. */
import { resolve } from 'node:path';
import { loadConfig, type AppConfig } from '../../config/app-config';
import type { GraphEngineName } from '../../graph/graph-store';

/** The repository's root (this file runs from server/dist/cli/bench/). */
export const BENCH_ROOT = resolve(__dirname, '..', '..', '..', '..');
export const BENCH_TOKEN = 'bench-admin-token-0123456789abcdef';
export const BENCH_SECRET = 'bench-person-id-secret-0123456789';
/** The embedded engine's page cache in the report children: the target is the whole process under 1.5 GiB. */
export const REPORT_BUFFER_POOL_MB = 1024;

export function configFor(engine: GraphEngineName, dataDir: string, neo4jUri: string | null): AppConfig {
  return loadConfig({
    ...process.env,
    PORT: '0',
    GRAPH_ENGINE: engine,
    DATA_DIR: dataDir,
    ...(neo4jUri ? { NEO4J_URI: neo4jUri } : {}),
    ADMIN_TOKEN: BENCH_TOKEN,
    PERSON_ID_SECRET: BENCH_SECRET,
    SEED: 'none',
    NODE_ENV: 'production',
    RATE_LIMIT_PER_MINUTE: '0',
    // One info line per request would bury the bench's output: request logs only when LOG_LEVEL asks for them.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
}

/** The environment of a report CLI run as a child process against the same graph. */
export function childEnv(config: AppConfig): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GRAPH_ENGINE: config.engine,
    DATA_DIR: config.dataDir,
    ...(config.neo4j ? { NEO4J_URI: config.neo4j.uri } : {}),
    PERSON_ID_SECRET: BENCH_SECRET,
    SEED: 'none',
    NODE_ENV: 'production',
  };
}
