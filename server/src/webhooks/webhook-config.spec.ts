import { DEFAULT_WEBHOOK_CONFIG, loadWebhookConfig, nextAttemptAt } from './webhook-config';

const at = (iso: string) => new Date(iso);
const event = at('2026-03-01T00:00:00.000Z');

describe('webhook retries: exponential backoff for 24 hours', () => {
  it.each([
    // attempts failed so far, now, next attempt (null: given up)
    [1, '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:30.000Z'],
    [2, '2026-03-01T00:00:30.000Z', '2026-03-01T00:01:30.000Z'],
    [3, '2026-03-01T00:01:30.000Z', '2026-03-01T00:03:30.000Z'],
    [8, '2026-03-01T01:00:00.000Z', '2026-03-01T02:00:00.000Z'], // 30 s · 2^7 = 64 min, capped at an hour
    [30, '2026-03-01T22:59:59.000Z', '2026-03-01T23:59:59.000Z'],
    [31, '2026-03-01T23:00:00.000Z', '2026-03-02T00:00:00.000Z'], // exactly 24 hours after the event: still tried
    [32, '2026-03-01T23:30:00.000Z', null], // would fall after the 24 hours: given up
  ])('after %i failed attempts at %s the next is at %s', (attempts, now, expected) => {
    expect(nextAttemptAt(event, attempts, at(now), DEFAULT_WEBHOOK_CONFIG)?.toISOString() ?? null).toBe(expected);
  });

  it('reads the settings, refusing nonsense', () => {
    expect(loadWebhookConfig({ WEBHOOK_ALLOW_PRIVATE: '1', WEBHOOK_POLL_MS: '250' })).toMatchObject({ allowPrivate: true, pollMs: 250 });
    expect(loadWebhookConfig({ WEBHOOK_ALLOW_PRIVATE: 'yes' }).allowPrivate).toBe(false);
    expect(() => loadWebhookConfig({ WEBHOOK_BACKOFF_BASE_MS: 'soon' })).toThrow('WEBHOOK_BACKOFF_BASE_MS');
  });
});
