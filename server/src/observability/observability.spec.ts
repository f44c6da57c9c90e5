import { bearerMatches } from './metrics-access';
import { loadObservabilityConfig } from './observability-config';
import { ANONYMOUS, OperationLabels, OTHER, UNKNOWN } from './operation-label';
import { requestIdFrom } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it.each(['abc-123', '4bf92f3577b34da6a3ce929d0e0e4736', 'req_1.2:3', 'a'.repeat(128)])('keeps the well-formed %s', (id) => {
    expect(requestIdFrom(id)).toBe(id);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['spaces', 'has spaces'],
    ['an e-mail', 'someone@example.com'],
    ['too long', 'a'.repeat(129)],
    ['starting with punctuation', '-abc'],
    ['repeated headers', ['a', 'b']],
  ])('generates a UUID for a %s header', (_case, header) => {
    expect(requestIdFrom(header)).toMatch(UUID);
  });
});

describe('OperationLabels', () => {
  it('names operations by their name, anonymous ones and unresolved requests apart', () => {
    const labels = new OperationLabels();
    expect(labels.of('WhoReceived')).toBe('WhoReceived');
    expect(labels.of(null)).toBe(ANONYMOUS);
    expect(labels.of('')).toBe(ANONYMOUS);
    expect(labels.of(undefined)).toBe(UNKNOWN);
  });

  it('keeps the label set bounded: names past the limit, and odd ones, are `other`', () => {
    const labels = new OperationLabels(2);
    expect([labels.of('A'), labels.of('B'), labels.of('C'), labels.of('A')]).toEqual(['A', 'B', OTHER, 'A']);
    expect(new OperationLabels().of('x'.repeat(65))).toBe(OTHER);
  });
});

describe('loadObservabilityConfig', () => {
  it('logs at info by default, nothing under NODE_ENV=test unless LOG_LEVEL says so; no metrics endpoint', () => {
    expect(loadObservabilityConfig({})).toEqual({ logLevel: 'info', metricsToken: null, metricsPort: null });
    expect(loadObservabilityConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadObservabilityConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });

  it('reads METRICS_TOKEN and METRICS_PORT', () => {
    expect(loadObservabilityConfig({ METRICS_TOKEN: 'metrics-token-0123456789', METRICS_PORT: '9464' })).toMatchObject({
      metricsToken: 'metrics-token-0123456789',
      metricsPort: 9464,
    });
  });

  it.each([
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ METRICS_PORT: '0' }, 'METRICS_PORT'],
    [{ METRICS_PORT: '70000' }, 'METRICS_PORT'],
    [{ METRICS_PORT: '9464x' }, 'METRICS_PORT'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => loadObservabilityConfig(env)).toThrow(`Invalid configuration: ${variable}`);
  });
});

describe('bearerMatches', () => {
  it('accepts only `Bearer <token>`', () => {
    expect(bearerMatches('Bearer metrics-token', 'metrics-token')).toBe(true);
    expect(bearerMatches('Bearer other', 'metrics-token')).toBe(false);
    expect(bearerMatches('metrics-token', 'metrics-token')).toBe(false);
    expect(bearerMatches(undefined, 'metrics-token')).toBe(false);
  });
});
