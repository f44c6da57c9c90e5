/** Webhook delivery settings (README, configuration). */
export interface WebhookConfig {
  /** WEBHOOK_ALLOW_PRIVATE=1: private, loopback, link-local and unspecified addresses are allowed (tests, on-premises receivers). */
  allowPrivate: boolean;
  /** WEBHOOK_POLL_MS: how often the worker looks for deliveries that are due, while any is pending. */
  pollMs: number;
  /** WEBHOOK_BACKOFF_BASE_MS: the wait before the first retry; each later retry waits twice as long (at most an hour). */
  backoffBaseMs: number;
  /** Retries stop this long after the event (PRODUCT.md §8: 24 hours). */
  retryForMs: number;
  /** WEBHOOK_DUE_SCAN_MS: how often open requests are scanned for REQUEST_DUE_SOON. */
  dueScanMs: number;
  /** WEBHOOK_TIMEOUT_MS: one POST is abandoned (and retried) after this long. */
  timeoutMs: number;
}

export const DEFAULT_WEBHOOK_CONFIG: WebhookConfig = {
  allowPrivate: false,
  pollMs: 1000,
  backoffBaseMs: 30_000,
  retryForMs: 24 * 60 * 60 * 1000,
  dueScanMs: 60 * 60 * 1000,
  timeoutMs: 10_000,
};

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 10)
    throw new Error(`Invalid configuration: ${name} must be a whole number of milliseconds, at least 10 (got "${text}")`);
  return Number(text);
}

export function loadWebhookConfig(env: NodeJS.ProcessEnv): WebhookConfig {
  return {
    ...DEFAULT_WEBHOOK_CONFIG,
    allowPrivate: env.WEBHOOK_ALLOW_PRIVATE === '1',
    pollMs: milliseconds(env, 'WEBHOOK_POLL_MS', DEFAULT_WEBHOOK_CONFIG.pollMs),
    backoffBaseMs: milliseconds(env, 'WEBHOOK_BACKOFF_BASE_MS', DEFAULT_WEBHOOK_CONFIG.backoffBaseMs),
    dueScanMs: milliseconds(env, 'WEBHOOK_DUE_SCAN_MS', DEFAULT_WEBHOOK_CONFIG.dueScanMs),
    timeoutMs: milliseconds(env, 'WEBHOOK_TIMEOUT_MS', DEFAULT_WEBHOOK_CONFIG.timeoutMs),
  };
}

/**
 * When the next attempt is due after `attempts` failed ones (1 = the first failed): base · 2^(attempts-1), at most
 * an hour; null once that would fall more than retryForMs after the event (then the delivery is given up).
 */
export function nextAttemptAt(
  occurredAt: Date,
  attempts: number,
  now: Date,
  config: Pick<WebhookConfig, 'backoffBaseMs' | 'retryForMs'>,
): Date | null {
  const wait = Math.min(config.backoffBaseMs * 2 ** Math.min(attempts - 1, 30), 60 * 60 * 1000);
  const next = new Date(now.getTime() + wait);
  return next.getTime() - occurredAt.getTime() > config.retryForMs ? null : next;
}
