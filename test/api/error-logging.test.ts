import { Logger, type LoggerService } from '@nestjs/common';
import { startTestServer, type TestServer } from '../support/server';

/** Every line the server logs, with its level; a stack shows up as a multi-line message or a trace argument. */
class CapturingLogger implements LoggerService {
  readonly lines: { level: string; text: string }[] = [];
  private add(level: string, message: unknown, rest: unknown[]) {
    const parts = [message, ...rest].map((p) => (p instanceof Error ? `${p.message}\n${p.stack}` : String(p)));
    this.lines.push({ level, text: parts.join(' | ') });
  }
  log = (m: unknown, ...r: unknown[]) => this.add('log', m, r);
  error = (m: unknown, ...r: unknown[]) => this.add('error', m, r);
  warn = (m: unknown, ...r: unknown[]) => this.add('warn', m, r);
  debug = (m: unknown, ...r: unknown[]) => this.add('debug', m, r);
  verbose = (m: unknown, ...r: unknown[]) => this.add('verbose', m, r);
}

describe('[embedded] client errors do not flood the log; unsupported request features get 400 (issue 14.6)', () => {
  let server: TestServer;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    server = await startTestServer({ seed: 'example' });
    const viewer = await server.gql<{ createApiToken: { token: string } }>(
      'mutation { createApiToken(input: { name: "log-viewer", role: VIEWER }) { token } }',
    );
    viewerToken = viewer.data!.createApiToken.token;
    Logger.overrideLogger(logger);
  });
  afterAll(async () => {
    Logger.overrideLogger(false);
    await server.close();
  });
  let viewerToken = '';

  it('logs FORBIDDEN, NOT_FOUND and BAD_USER_INPUT at debug level at most, without a stack', async () => {
    const replies = [
      await server.gql('{ auditLog { id } }', undefined, viewerToken),
      await server.gql('{ whoReceived(person: { email: "nobody@example.com" }) { from } }'),
      await server.gql('mutation { upsertSource(input: { id: "Not A Slug", name: "x", kind: DIRECT }) { id } }'),
    ];
    expect(replies.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']);
    const loud = logger.lines.filter((l) => l.level === 'error' || l.level === 'warn' || l.level === 'log');
    expect(loud).toEqual([]);
    expect(logger.lines.filter((l) => /\n\s+at /.test(l.text))).toEqual([]);
  });

  it('answers a persisted-query request and other unsupported features with 400 and a typed error, logged quietly', async () => {
    const send = (body: unknown) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
        body: JSON.stringify(body),
      });
    const persisted = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(persisted.status).toBe(400);
    const body = (await persisted.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toMatch(/^PERSISTED_QUERY_NOT_(FOUND|SUPPORTED)$/);
    const unknownOperation = await send({ query: 'query A { me { name } }', operationName: 'B' });
    expect(unknownOperation.status).toBe(400);
    expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });
});
