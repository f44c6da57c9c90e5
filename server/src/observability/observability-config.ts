import { ConfigError } from '../config/config-error';

/** pino's levels; `silent` writes nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Logs and metrics: what a team running the server watches. */
export interface ObservabilityConfig {
  /** LOG_LEVEL; `info` by default, `silent` under NODE_ENV=test unless LOG_LEVEL is set. */
  logLevel: LogLevel;
  /** METRICS_TOKEN: /metrics on the main port answers only `Authorization: Bearer <this>`; null: not served there (404). */
  metricsToken: string | null;
  /** METRICS_PORT: /metrics also served, without a token, on its own port of HOST (keep it off the public network). */
  metricsPort: number | null;
}

export const DEFAULT_OBSERVABILITY: ObservabilityConfig = { logLevel: 'info', metricsToken: null, metricsPort: null };

export function loadObservabilityConfig(env: NodeJS.ProcessEnv = process.env): ObservabilityConfig {
  const levelText = env.LOG_LEVEL || null;
  const logLevel = LOG_LEVELS.find((l) => l === levelText);
  if (levelText !== null && !logLevel) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')} (got "${levelText}")`);
  const metricsToken = env.METRICS_TOKEN || null;
  if (metricsToken !== null && metricsToken.length < 16) throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters');
  const portText = env.METRICS_PORT || null;
  if (portText !== null && (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535)) {
    throw new ConfigError('METRICS_PORT', `must be a port number 1–65535 (got "${portText}")`);
  }
  return {
    logLevel: logLevel ?? (env.NODE_ENV === 'test' ? 'silent' : DEFAULT_OBSERVABILITY.logLevel),
    metricsToken,
    metricsPort: portText === null ? null : Number(portText),
  };
}

export const observabilityOf = (config: { observability?: Partial<ObservabilityConfig> }): ObservabilityConfig => ({
  ...DEFAULT_OBSERVABILITY,
  ...config.observability,
});
