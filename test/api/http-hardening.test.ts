import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../support/server';

/** A POST to /graphql with exactly these headers (no helper adds or normalises any). */
async function post(server: TestServer, headers: Record<string, string>, query = '{ me { name } }') {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as unknown };
}

const statuses = async (n: number, send: (i: number) => Promise<{ status: number }>) => {
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) out.push((await send(i)).status);
  return out;
};

describe('[embedded] rate limits: keyed on the parsed token, failed authentication by address (issue 14.1, 14.2)', () => {
  let server: TestServer;
  afterEach(() => server?.close());

  it('gives a token one budget however its Authorization header is spelled', async () => {
    server = await startTestServer({ security: { rateLimitPerMinute: 4 } });
    const spellings = [
      `Bearer ${TEST_ADMIN_TOKEN}`,
      `bearer ${TEST_ADMIN_TOKEN}`,
      `BEARER   ${TEST_ADMIN_TOKEN}`,
      `Bearer ${TEST_ADMIN_TOKEN} `,
    ];
    expect(await statuses(4, (i) => post(server, { authorization: spellings[i] }))).toEqual([200, 200, 200, 200]);
    const fifth = await post(server, { authorization: `  bEaReR\t${TEST_ADMIN_TOKEN}` });
    expect(fifth.status).toBe(429);
    expect(Number(fifth.retryAfter)).toBeGreaterThan(0);
  });

  it('keys requests without a usable token by client address, whatever header they send', async () => {
    server = await startTestServer({ security: { rateLimitPerMinute: 3, failedAuthPerMinute: 0 } });
    const sent = await statuses(4, (i) => post(server, { authorization: `Basic junk-${i}` }));
    expect(sent).toEqual([200, 200, 200, 429]);
    // The address's budget is spent; no header at all is the same caller.
    expect((await post(server, {})).status).toBe(429);
  });

  it('answers 429 after 20 failed authentications a minute from one address, then also to a good token from it', async () => {
    server = await startTestServer({ security: { rateLimitPerMinute: 10_000 } });
    const sent = await statuses(21, (i) => post(server, { authorization: `Bearer guess-${i}-0123456789` }));
    expect(sent.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(sent[20]).toBe(429);
    const good = await post(server, { authorization: `Bearer ${TEST_ADMIN_TOKEN}` });
    expect(good.status).toBe(429);
    expect(good.body).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });

  it('ignores X-Forwarded-For without TRUST_PROXY', async () => {
    server = await startTestServer({ security: { rateLimitPerMinute: 10_000, failedAuthPerMinute: 3 } });
    const sent = await statuses(4, (i) =>
      post(server, { authorization: `Bearer guess-${i}-0123456789`, 'x-forwarded-for': `198.51.100.${i}` }),
    );
    expect(sent).toEqual([200, 200, 200, 429]);
  });

  it('takes the client address from X-Forwarded-For behind a trusted proxy (TRUST_PROXY)', async () => {
    server = await startTestServer({ security: { rateLimitPerMinute: 10_000, failedAuthPerMinute: 3, trustProxy: ['loopback'] } });
    const from = (address: string, i: number) =>
      post(server, { authorization: `Bearer guess-${i}-0123456789`, 'x-forwarded-for': address });
    expect(await statuses(4, (i) => from('198.51.100.7', i))).toEqual([200, 200, 200, 429]);
    expect((await from('198.51.100.8', 9)).status).toBe(200);
  });

  it('limits documents, health and the web app with the same limiter as /graphql', async () => {
    server = await startTestServer({ security: { rateLimitPerMinute: 3 } });
    const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
    const document = () => fetch(`${server.url}/reports/gdpr/processors.csv`, { headers: auth });
    expect((await document()).status).toBe(200);
    expect((await post(server, auth)).status).toBe(200);
    expect((await document()).status).toBe(200);
    const limited = await document();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post(server, auth)).status).toBe(429);
    // Without a token: the address's own budget.
    expect(await statuses(4, () => fetch(`${server.url}/health`))).toEqual([200, 200, 200, 429]);
  });

  it('limits the archive export, the request documents and /metrics with the same limiter', async () => {
    server = await startTestServer({ security: { rateLimitPerMinute: 3 } });
    const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
    const routes = ['/admin/export', '/requests/no-such-request/record.pdf', '/requests/no-such-request/response.html', '/admin/export'];
    const get = async (path: string, headers: Record<string, string>) => {
      const res = await fetch(`${server.url}${path}`, { headers });
      await res.arrayBuffer();
      return res;
    };
    expect(await statuses(4, (i) => get(routes[i], auth))).toEqual([200, 404, 404, 429]);
    // /metrics (404 without METRICS_TOKEN) shares the address's budget of callers without a token.
    expect(await statuses(4, () => get('/metrics', {}))).toEqual([404, 404, 404, 429]);
  });
});
