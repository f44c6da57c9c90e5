import { ConfigError } from '../config/config-error';

/** Limits against hostile input; every one can be set from the environment. */
export interface SecurityConfig {
  /** Origins allowed by CORS; empty (the default) means no cross-origin access at all. */
  corsOrigins: string[];
  /** Requests per minute per bearer token (per client address without one); 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Largest accepted request body, in bytes (larger gets HTTP 413). */
  bodyLimitBytes: number;
  /** Deepest selection nesting of a GraphQL operation. */
  maxDepth: number;
  /** Most aliases in one document. */
  maxAliases: number;
  /** Most fields in one operation, fragments expanded (the query cost). */
  maxCost: number;
  /** Most top-level fields in one operation (several operations batched into one request). */
  maxRootFields: number;
  /** Most tokens the parser reads before giving up on a document. */
  maxTokens: number;
  /** A request that has not answered after this long gets 503. */
  requestTimeoutMs: number;
}

export const DEFAULT_SECURITY: SecurityConfig = {
  corsOrigins: [],
  rateLimitPerMinute: 1200,
  bodyLimitBytes: 5 * 1024 * 1024,
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 2000,
  maxRootFields: 20,
  maxTokens: 20_000,
  requestTimeoutMs: 30_000,
};

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min) throw new ConfigError(name, `must be a whole number ≥ ${min} (got "${text}")`);
  return Number(text);
}

/** CORS_ORIGINS (comma-separated origins), RATE_LIMIT_PER_MINUTE, BODY_LIMIT_BYTES, GRAPHQL_MAX_DEPTH, … */
export function loadSecurityConfig(env: NodeJS.ProcessEnv = process.env): SecurityConfig {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      throw new ConfigError('CORS_ORIGINS', `must list origins like https://app.example.com (got "${origin}")`);
  }
  return {
    corsOrigins: origins,
    rateLimitPerMinute: wholeNumber(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_SECURITY.rateLimitPerMinute, 0),
    bodyLimitBytes: wholeNumber(env, 'BODY_LIMIT_BYTES', DEFAULT_SECURITY.bodyLimitBytes, 1024),
    maxDepth: wholeNumber(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_SECURITY.maxDepth, 2),
    maxAliases: wholeNumber(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_SECURITY.maxAliases, 0),
    maxCost: wholeNumber(env, 'GRAPHQL_MAX_COST', DEFAULT_SECURITY.maxCost, 10),
    maxRootFields: wholeNumber(env, 'GRAPHQL_MAX_ROOT_FIELDS', DEFAULT_SECURITY.maxRootFields, 1),
    maxTokens: wholeNumber(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_SECURITY.maxTokens, 100),
    requestTimeoutMs: wholeNumber(env, 'REQUEST_TIMEOUT_MS', DEFAULT_SECURITY.requestTimeoutMs, 100),
  };
}

export const securityOf = (config: { security?: Partial<SecurityConfig> }): SecurityConfig => ({ ...DEFAULT_SECURITY, ...config.security });
