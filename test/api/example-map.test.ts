import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { EXAMPLE_SEED_PATH, SeedService } from '../../server/src/seed/seed.service';
import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

const SCHEMA_FILE = join(__dirname, '..', '..', 'server', 'schema.gql');

describe.each(enginesUnderTest())('[%s] the example map', (engine) => {
  let server: TestServer;

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'example' });
  });
  afterAll(() => server.close());

  it('answers /health with its engine', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', engine });
  });

  it('loads the inventory of the example company with recipients of every class', async () => {
    const res = await server.gql<{ categories: { id: string }[]; recipients: { class: string }[]; disclosures: { id: string }[] }>(
      '{ categories { id } recipients { id class } disclosures { id } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.categories.length).toBeGreaterThan(10);
    expect(new Set(res.data?.recipients.map((r) => r.class))).toEqual(
      new Set(['AFFILIATE', 'PROCESSOR', 'CUSTOMER', 'ACQUIRER', 'THIRD_PARTY', 'AUTHORITY']),
    );
  });

  it('shows who received an example person’s data, with the opt-out violation flagged', async () => {
    const res = await server.gql<{
      whoReceived: {
        recipients: { recipient: { id: string }; evidence: string[]; optOutViolations: { id: string; occurredOn: string }[] }[];
      };
    }>(
      'query($email: String) { whoReceived(person: {email: $email}, from: "2025-01-01", to: "2025-12-31") { recipients { recipient { id } evidence optOutViolations { id occurredOn } } } }',
      { email: 'Carmen.Diaz@example.com ' },
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data?.whoReceived.recipients ?? [];
    expect(rows.length).toBeGreaterThan(3);
    const violations = rows.flatMap((r) => r.optOutViolations);
    expect(violations.map((v) => v.occurredOn)).toEqual(['2025-08-14']);
  });

  it('produces a 2025 Shine-the-Light report with statutory categories in order and third parties A–Z', async () => {
    const res = await server.gql<{ shineTheLightReport: { categories: { code: string }[]; thirdParties: { name: string }[] } }>(
      '{ shineTheLightReport(year: 2025) { categories { code } thirdParties { name } } }',
    );
    expect(res.errors).toBeUndefined();
    const report = res.data?.shineTheLightReport;
    expect(report?.categories.length).toBeGreaterThan(0);
    const names = report?.thirdParties.map((t) => t.name) ?? [];
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('loads the seed idempotently: a second load changes nothing', async () => {
    const query = '{ disclosures { id } collections { id } categories { id } recipients { id } }';
    const who =
      'query($e: String) { whoReceived(person: {email: $e}, to: "2026-06-30") { recipients { recipient { id } firstOn lastOn evidence } } }';
    const before = await server.gql(query);
    const whoBefore = await server.gql(who, { e: 'alice.rivera@example.com' });
    const seeds = server.app.get(SeedService);
    await seeds.load(seeds.readDocument(EXAMPLE_SEED_PATH));
    expect(await server.gql(query)).toEqual(before);
    expect(await server.gql(who, { e: 'alice.rivera@example.com' })).toEqual(whoBefore);
  });

  it('refuses a request without a token', async () => {
    const res = await server.gql('{ categories { id } }', undefined, null);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('schema.gql', () => {
  it('is the committed copy of the schema the server builds (npm run schema:gql rewrites it)', async () => {
    const server = await startTestServer({ engine: 'embedded', seed: 'none' });
    try {
      const built = printSchema(server.app.get(GraphQLSchemaHost).schema);
      expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(built + '\n');
    } finally {
      await server.close();
    }
  });
});
