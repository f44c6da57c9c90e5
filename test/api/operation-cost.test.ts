import { startTestServer, type TestServer } from '../support/server';

const MAP = 'dataMap { nodes { id kind label } edges { id source target } }';

describe('[embedded] heavy root fields weigh in the cost limit; one root field repeats at most 3 times (issue 14.5)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: 'example' });
  });
  afterAll(() => server.close());

  const refused = async (query: string) => {
    const res = await server.gql(query);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    return res.errors![0].message;
  };

  it('refuses twenty aliased dataMap or whoReceived fields before running them', async () => {
    expect(await refused(`{ ${Array.from({ length: 20 }, (_, i) => `m${i}: ${MAP}`).join(' ')} }`)).toMatch(/dataMap at most 3/);
    const who = (i: number) => `w${i}: whoReceived(person: { email: "carmen.diaz@example.com" }) { person { id } }`;
    expect(await refused(`{ ${Array.from({ length: 20 }, (_, i) => who(i)).join(' ')} }`)).toMatch(/whoReceived at most 3/);
  });

  it('counts repeats through fragments too', async () => {
    const body = Array.from({ length: 4 }, (_, i) => `m${i}: ${MAP}`).join(' ');
    expect(await refused(`{ ...F } fragment F on Query { ${body} }`)).toMatch(/dataMap at most 3/);
  });

  it('weighs heavy root fields: many different heavy reads in one operation pass the cost limit only while they are few', async () => {
    const heavy = [
      MAP,
      'shineTheLightReport(year: 2025) { year }',
      'ccpaRightToKnow { asOf }',
      'recordOfProcessing { purposeName }',
      'policyCoverage { asOf }',
    ];
    const several = heavy.flatMap((f, i) => [`a${i}: ${f}`, `b${i}: ${f}`, `c${i}: ${f}`]).join(' ');
    expect(await refused(`{ ${several} }`)).toMatch(/costs more than/);
  });

  it('still answers ordinary operations: one map, three of a light field', async () => {
    const one = await server.gql<{ dataMap: { nodes: unknown[] } }>(`{ ${MAP} }`);
    expect(one.errors).toBeUndefined();
    expect(one.data!.dataMap.nodes.length).toBeGreaterThan(10);
    const three = await server.gql(`{ a: categories { id } b: categories { id } c: categories { id } }`);
    expect(three.errors).toBeUndefined();
    expect(await refused(`{ a: categories { id } b: categories { id } c: categories { id } d: categories { id } }`)).toMatch(
      /categories at most 3/,
    );
  });
});

describe('[embedded] aliased mutations are not capped by the repeat limit (each is its own unit of work)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: 'none' });
  });
  afterAll(() => server.close());

  it('registers five sources in one request', async () => {
    const body = Array.from(
      { length: 5 },
      (_, i) => `s${i}: upsertSource(input: { id: "batch-${i}", name: "B${i}", kind: DIRECT }) { id }`,
    );
    const res = await server.gql(`mutation { ${body.join(' ')} }`);
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data ?? {})).toHaveLength(5);
  });
});
