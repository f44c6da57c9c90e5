/**
 * Operations a team can watch: JSON log lines carrying the request id and no personal data, and /metrics in the
 * Prometheus text format behind METRICS_TOKEN (or on METRICS_PORT), on a real server.
 */
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../server/src/bootstrap';
import { AuditService } from '../../server/src/audit/audit.service';
import { MetricsServer } from '../../server/src/observability/metrics-server';
import { enginesUnderTest, freshStore, neo4jSettings, tempDir } from '../support/engines';
import { startTestServer } from '../support/server';

const ADMIN = 'observability-admin-token-0123456789';
const METRICS = 'observability-metrics-token-0123456789';
const EMAIL = 'watched.person@example.com';

/**
 * The text exposition format, line by line: HELP and TYPE comments, then samples `name{label="value",…} number`.
 * Returns the samples; throws on the first line that is none of these.
 */
function parseExposition(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  const samples: { name: string; labels: Record<string, string>; value: number }[] = [];
  const metricName = '[a-zA-Z_:][a-zA-Z0-9_:]*';
  const sample = new RegExp(`^(${metricName})(?:\\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\.)*",?)*)\\})? (\\S+)$`);
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (new RegExp(`^# HELP ${metricName} .*$`).test(line)) continue;
    if (new RegExp(`^# TYPE ${metricName} (counter|gauge|histogram|summary|untyped)$`).test(line)) continue;
    const match = sample.exec(line);
    if (!match) throw new Error(`not an exposition line: ${line}`);
    // Values are Go floats: Prometheus reads NaN and ±Inf in any case (prom-client writes `Nan`).
    const value = /^\+?inf$/i.test(match[3]) ? Infinity : /^-inf$/i.test(match[3]) ? -Infinity : Number(match[3]);
    if (Number.isNaN(value) && !/^nan$/i.test(match[3])) throw new Error(`not a sample value: ${line}`);
    const labels = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    samples.push({ name: match[1], labels, value });
  }
  return samples;
}

/**
 * nestjs-pino keeps one pino-http instance per process, made by the first server: the servers of this file all write
 * to this destination at the first one's level (one server per process in production).
 */
const lines: string[] = [];

describe.each(enginesUnderTest())('[%s] logs and metrics', (engine) => {
  let server: RunningServer;
  const traceId = `trace-${engine}.9`;
  const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  const gql = (body: object, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}`, ...headers },
      body: JSON.stringify(body),
    });
  const FIND = {
    operationName: 'FindPerson',
    query: 'query FindPerson($p: PersonRef!) { person(person: $p) { id } }',
    variables: { p: { email: EMAIL } },
  };

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startServer(
      {
        port: 0,
        host: '127.0.0.1',
        engine,
        dataDir: tempDir('dm-observability-'),
        neo4j: engine === 'neo4j' ? neo4jSettings() : null,
        adminToken: ADMIN,
        seed: 'none',
        personIdSecret: 'observability-person-secret-0123',
        production: true,
        webDir: join(__dirname, 'no-web-app'),
        // Debug: client errors (the refused look-up below) are logged at debug level, and every line must still be free of personal data.
        observability: { logLevel: 'debug', metricsToken: METRICS, metricsPort: 0 },
      },
      { logDestination: { write: (line: string) => void lines.push(line) } },
    );
  });
  afterAll(() => server.close());

  it('echoes a well-formed X-Request-Id and puts it on the request’s log line, with the operation name', async () => {
    const res = await gql(FIND, { 'x-request-id': traceId });
    expect(res.headers.get('x-request-id')).toBe(traceId);
    await res.json();
    const ofRequest = logged().filter((l) => l.reqId === traceId);
    expect(ofRequest.find((l) => l.msg === 'request completed')).toMatchObject({
      operation: 'FindPerson',
      req: { method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
    });
    // Lines the application writes while answering carry it too (here: the refused look-up).
    expect(ofRequest.some((l) => l.msg !== 'request completed')).toBe(true);
  });

  it('replaces a malformed X-Request-Id with a generated one', async () => {
    const res = await gql(FIND, { 'x-request-id': 'not an id; drop table' });
    const id = res.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await res.json();
    expect(logged().some((l) => l.reqId === id)).toBe(true);
    expect(lines.join('\n')).not.toContain('drop table');
  });

  it('writes no personal data: no variables, no e-mail, no token, no query string', async () => {
    await (await gql(FIND)).json();
    const doc = await fetch(`${server.url}/reports/gdpr/recipients.csv?person=${encodeURIComponent(EMAIL)}`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    await doc.arrayBuffer();
    const all = lines.join('\n');
    expect(all).toContain('/reports/gdpr/recipients.csv');
    for (const secret of [EMAIL, encodeURIComponent(EMAIL), ADMIN, 'watched.person']) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/authorization|variables/i);
  });

  it('serves /metrics only with the metrics token (401 without, 401 with an API token)', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${ADMIN}` } })).status).toBe(401);
    const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
  });

  it('scrapes as Prometheus text: requests, latency and errors per operation, the engine, the audit backlog', async () => {
    await (await gql({ query: '{ me { name } }' })).json();
    await (await gql({ operationName: 'Broken', query: 'query Broken { noSuchField }' })).json();
    const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS}` } });
    const samples = parseExposition(await res.text());
    const value = (name: string, labels: Record<string, string> = {}) =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
    expect(value('disclosure_map_graphql_requests_total', { operation: 'FindPerson' })).toBeGreaterThanOrEqual(3);
    expect(value('disclosure_map_graphql_requests_total', { operation: 'anonymous' })).toBeGreaterThanOrEqual(1);
    expect(value('disclosure_map_graphql_errors_total', { operation: 'FindPerson', code: 'NOT_FOUND' })).toBeGreaterThanOrEqual(3);
    // A document that does not validate never resolves an operation: its name is not trusted.
    expect(value('disclosure_map_graphql_errors_total', { operation: 'unknown', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(value('disclosure_map_graphql_request_duration_seconds_count', { operation: 'FindPerson' })).toBeGreaterThanOrEqual(3);
    expect(value('disclosure_map_graphql_request_duration_seconds_bucket', { operation: 'FindPerson', le: '+Inf' })).toBeGreaterThanOrEqual(
      3,
    );
    expect(value('disclosure_map_graph_engine_info', { engine })).toBe(1);
    // Entries durable in the audit journal and not yet shipped to the graph (every 50 ms): none once shipped.
    expect(value('disclosure_map_audit_backlog')).toBeGreaterThanOrEqual(0);
    expect(value('disclosure_map_process_resident_memory_bytes')).toBeGreaterThan(0);
    await server.app.get(AuditService).drain();
    const drained = parseExposition(
      await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS}` } })).text(),
    );
    expect(drained.find((s) => s.name === 'disclosure_map_audit_backlog')?.value).toBe(0);
  });

  it('serves /metrics without a token on METRICS_PORT, and nothing else there', async () => {
    const url = server.app.get(MetricsServer).url ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(parseExposition(await res.text()).length).toBeGreaterThan(0);
    expect((await fetch(url.replace('/metrics', '/graphql'))).status).toBe(404);
  });
});

describe('without METRICS_TOKEN', () => {
  it('/metrics is not served on the main port (404)', async () => {
    const server = await startTestServer({ engine: 'embedded' });
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
