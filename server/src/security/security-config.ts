import { ConfigError } from '../config/config-error';

/** Limits against hostile input; every one can be set from the environment. */
export interface SecurityConfig {
  /** Origins allowed by CORS; empty (the default) means no cross-origin access at all. */
  corsOrigins: string[];
  /** Requests per minute per bearer token (per client address without one); 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Failed authentications per minute per client address before 429; 0 turns the throttle off. */
  failedAuthPerMinute: number;
  /**
   * Express's `trust proxy`: false (the default) takes the socket's address and ignores X-Forwarded-For; a number of
   * proxy hops, or the proxies' addresses and subnets (`loopback`, `10.0.0.0/8`), takes the client's from that header.
   */
  trustProxy: boolean | number | string[];
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
  /** Most times one top-level field may be selected in an operation (under aliases). */
  maxRootFieldRepeats: number;
  /** Most tokens the parser reads before giving up on a document. */
  maxTokens: number;
  /** A request that has not answered after this long gets 503. */
  requestTimeoutMs: number;
}

export const DEFAULT_SECURITY: SecurityConfig = {
  corsOrigins: [],
  rateLimitPerMinute: 1200,
  failedAuthPerMinute: 20,
  trustProxy: false,
  bodyLimitBytes: 5 * 1024 * 1024,
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 2000,
  maxRootFields: 20,
  maxRootFieldRepeats: 3,
  maxTokens: 20_000,
  requestTimeoutMs: 30_000,
};

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min) throw new ConfigError(name, `must be a whole number ≥ ${min} (got "${text}")`);
  return Number(text);
}

const PROXY_ENTRY = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/;

/** TRUST_PROXY: unset (off), a number of hops, or comma-separated proxy addresses and subnets. */
function trustProxyOf(text: string | undefined): SecurityConfig['trustProxy'] {
  if (text === undefined || text === '' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((e) => e.trim());
  for (const entry of entries) {
    if (!PROXY_ENTRY.test(entry))
      throw new ConfigError('TRUST_PROXY', `must be a number of proxy hops or proxy addresses/subnets like 10.0.0.0/8 (got "${entry}")`);
  }
  return entries;
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
    failedAuthPerMinute: wholeNumber(env, 'FAILED_AUTH_PER_MINUTE', DEFAULT_SECURITY.failedAuthPerMinute, 0),
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    bodyLimitBytes: wholeNumber(env, 'BODY_LIMIT_BYTES', DEFAULT_SECURITY.bodyLimitBytes, 1024),
    maxDepth: wholeNumber(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_SECURITY.maxDepth, 2),
    maxAliases: wholeNumber(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_SECURITY.maxAliases, 0),
    maxCost: wholeNumber(env, 'GRAPHQL_MAX_COST', DEFAULT_SECURITY.maxCost, 10),
    maxRootFields: wholeNumber(env, 'GRAPHQL_MAX_ROOT_FIELDS', DEFAULT_SECURITY.maxRootFields, 1),
    maxRootFieldRepeats: wholeNumber(env, 'GRAPHQL_MAX_ROOT_FIELD_REPEATS', DEFAULT_SECURITY.maxRootFieldRepeats, 1),
    maxTokens: wholeNumber(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_SECURITY.maxTokens, 100),
    requestTimeoutMs: wholeNumber(env, 'REQUEST_TIMEOUT_MS', DEFAULT_SECURITY.requestTimeoutMs, 100),
  };
}

export const securityOf = (config: { security?: Partial<SecurityConfig> }): SecurityConfig => ({ ...DEFAULT_SECURITY, ...config.security });
