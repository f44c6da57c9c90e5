import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { BulkImportService, type ImportSummary } from '../../server/src/bulk/bulk-import.service';
import { ShineTheLightBulkService, STL_CSV_HEADER } from '../../server/src/bulk/stl-bulk.service';
import { GRAPH_STORE, type GraphStore } from '../../server/src/graph/graph-store';
import { enginesUnderTest, freshStore, removeDir, tempDir } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

/** People, memberships, transfers and opt-outs over the example map's inventory (SEED=example). */
const PEOPLE = [
  {
    kind: 'person',
    externalId: 'bulk-1',
    email: 'Bulk.One@Example.com',
    californiaResident: true,
    relationshipSince: '2024-01-10',
    lastPurchaseOn: '2025-06-01',
    memberships: [{ segmentId: 'platform-users', since: '2024-01-10' }],
  },
  {
    kind: 'person',
    externalId: 'bulk-2',
    phone: '+1 (415) 555-0199',
    californiaResident: false,
    relationshipSince: '2023-05-01',
    memberships: [{ segmentId: 'prospects', since: '2023-05-01', until: '2025-03-31' }],
  },
  { kind: 'person', externalId: 'bulk-3', relationshipSince: '2022-01-01', lastPurchaseOn: '2022-02-01' },
  { kind: 'membership', person: { externalId: 'bulk-3' }, segmentId: 'newsletter-subscribers', since: '2024-02-01' },
  {
    kind: 'transfer',
    id: 'bulk-t1',
    recipientId: 'example-data-broker',
    categoryIds: ['contact-information'],
    purposeIds: ['third-party-marketing'],
    use: 'OWN_DIRECT_MARKETING',
    occurredOn: '2025-04-02',
    people: [{ email: 'bulk.one@example.com' }, { externalId: 'bulk-3' }],
  },
  {
    kind: 'transfer',
    recipientId: 'example-payments',
    categoryIds: ['payment-information'],
    purposeIds: ['payment-processing'],
    use: 'ON_OUR_BEHALF',
    occurredOn: '2025-05-05',
    people: [{ externalId: 'bulk-1' }, { phone: '1 415 555 0199' }],
  },
  { kind: 'optOut', person: { externalId: 'bulk-2' }, scope: 'THIRD_PARTY_SHARING', effectiveOn: '2025-01-01', channel: 'web form' },
];

const ndjson = (lines: unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';

/** What bulk writes touch (the audit log grows with every call, so it is left out). */
const COUNTS = [
  'MATCH (n:Person) RETURN count(n) AS n',
  'MATCH (n:PersonIdentifier) RETURN count(n) AS n',
  'MATCH (n:Transfer) RETURN count(n) AS n',
  'MATCH (n:OptOut) RETURN count(n) AS n',
  'MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS n',
  'MATCH ()-[r:INCLUDED_IN]->() RETURN count(r) AS n',
  'MATCH ()-[r:IDENTIFIES]->() RETURN count(r) AS n',
  'MATCH ()-[r:MADE]->() RETURN count(r) AS n',
  'MATCH (:Transfer)-[r:OF_CATEGORY]->() RETURN count(r) AS n',
  'MATCH (:Transfer)-[r:TO_RECIPIENT]->() RETURN count(r) AS n',
];

describe.each(enginesUnderTest())('[%s] bulk ingest, batch transfers and the bulk Shine-the-Light run', (engine) => {
  let server: TestServer;
  let dir: string;
  let imports: BulkImportService;

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'example' });
    imports = server.app.get(BulkImportService);
    dir = tempDir('dm-bulk-');
  });
  afterAll(async () => {
    await server.close();
    removeDir(dir);
  });

  const graphSize = async (): Promise<number[]> => {
    const store = server.app.get<symbol, GraphStore>(GRAPH_STORE);
    return store.read(async (tx) => {
      const sizes: number[] = [];
      for (const q of COUNTS) sizes.push((await tx.run<{ n: number }>(q))[0].n);
      return sizes;
    });
  };

  /** Small batches, so that a file spans several units of work. */
  const importFile = (name: string, text: string, batchLines = 3): Promise<ImportSummary> => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return imports.importFile(path, { batchLines });
  };

  it('imports NDJSON, and importing the same file again changes nothing', async () => {
    const before = await graphSize();
    const first = await importFile('people.ndjson', ndjson(PEOPLE));
    expect(first).toMatchObject({
      lines: 7,
      accepted: 7,
      rejected: 0,
      peopleCreated: 3,
      transfersCreated: 2,
      transferPeopleCreated: 4,
      optOutsCreated: 1,
    });
    expect(first.membershipsCreated).toBe(3);
    const after = await graphSize();
    expect(after).not.toEqual(before);

    const second = await importFile('people.ndjson', ndjson(PEOPLE));
    expect(second).toMatchObject({
      lines: 7,
      accepted: 7,
      rejected: 0,
      peopleCreated: 0,
      peopleUpdated: 0,
      membershipsCreated: 0,
      transfersCreated: 0,
      optOutsCreated: 0,
      rowsWritten: 0,
    });
    expect(second.alreadyPresent).toBe(3);
    expect(await graphSize()).toEqual(after);

    // The people are found through the API by any identifier, and their transfers are there.
    const who = await server.gql<{
      whoReceived: { person: { display: string }; recipients: { recipient: { id: string }; evidence: string[] }[] };
    }>(
      `{ whoReceived(person: {phone: "+1-415-555-0199"}, from: "2025-01-01", to: "2025-12-31") { person { display } recipients { recipient { id } evidence } } }`,
    );
    expect(who.errors).toBeUndefined();
    expect(who.data?.whoReceived.person.display).toBe('***-***-0199');
    expect(who.data?.whoReceived.recipients.find((r) => r.recipient.id === 'example-payments')?.evidence).toEqual(['CONFIRMED']);
  });

  it('imports the good lines of a file with bad ones and reports each bad line with its number and reason', async () => {
    const lines = [
      { kind: 'person', externalId: 'bulk-4', memberships: [{ segmentId: 'platform-users', since: '2024-01-01' }] },
      'this is not json',
      { kind: 'person', externalId: 'bulk-5', memberships: [{ segmentId: 'no-such-segment', since: '2024-01-01' }] },
      {
        kind: 'transfer',
        recipientId: 'example-payments',
        categoryIds: ['payment-information'],
        use: 'ON_OUR_BEHALF',
        occurredOn: '2025-02-30',
        people: [{ externalId: 'bulk-4' }],
      },
      {
        kind: 'transfer',
        recipientId: 'example-payments',
        categoryIds: ['payment-information'],
        use: 'ON_OUR_BEHALF',
        occurredOn: '2025-02-03',
        people: [{ externalId: 'bulk-4' }, { externalId: 'nobody' }],
      },
      {
        kind: 'optOut',
        person: { email: 'bulk.one@example.com', externalId: 'bulk-1' },
        scope: 'DIRECT_MARKETING',
        effectiveOn: '2025-01-01',
      },
      { kind: 'alien' },
      {
        kind: 'transfer',
        id: 'bulk-t4',
        recipientId: 'example-payments',
        categoryIds: ['payment-information'],
        use: 'ON_OUR_BEHALF',
        occurredOn: '2025-02-03',
        people: [{ externalId: 'bulk-4' }],
      },
    ];
    const path = join(dir, 'bad.ndjson');
    writeFileSync(path, ndjson(lines));
    const rejectsFile = join(dir, 'bad.rejects.ndjson');
    const summary = await imports.importFile(path, { rejectsFile });
    expect(summary).toMatchObject({ lines: 8, accepted: 2, rejected: 6, peopleCreated: 1, transfersCreated: 1, rejectsFile });
    const rejects = readFileSync(rejectsFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; code: string; field: string | null; reason: string });
    rejects.sort((a, b) => a.line - b.line);
    expect(rejects.map((r) => [r.line, r.code, r.field])).toEqual([
      [2, 'BAD_USER_INPUT', null],
      [3, 'BAD_USER_INPUT', 'memberships[0].segmentId'],
      [4, 'BAD_USER_INPUT', 'occurredOn'],
      [5, 'NOT_FOUND', 'people[1]'],
      [6, 'BAD_USER_INPUT', 'person'],
      [7, 'BAD_USER_INPUT', 'kind'],
    ]);
    expect(rejects[0].reason).toMatch(/not valid JSON/);
    expect(rejects[1].reason).toMatch(/no Segment with id "no-such-segment"/);
    expect(rejects[2].reason).toMatch(/real calendar date/);
  });

  it('imports CSV with the same columns as the NDJSON keys', async () => {
    const csv = [
      'kind,externalId,email,californiaResident,relationshipSince,memberships,id,recipientId,categoryIds,use,occurredOn,people',
      'person,bulk-csv-1,"csv.one@example.com",true,2024-03-01,platform-users@2024-03-01..|prospects@2023-01-01..2023-12-31,,,,,,',
      'person,bulk-csv-2,,false,2024-04-01,,,,,,,',
      'transfer,,,,,,bulk-csv-t1,example-data-broker,contact-information|email-address,OWN_DIRECT_MARKETING,2025-03-03,email:csv.one@example.com|bulk-csv-2',
      'transfer,,,,,,bulk-csv-t2,example-data-broker,contact-information,OWN_DIRECT_MARKETING,2025-13-03,bulk-csv-2',
    ].join('\n');
    const first = await importFile('ledger.csv', csv + '\n');
    expect(first).toMatchObject({
      lines: 4,
      accepted: 3,
      rejected: 1,
      peopleCreated: 2,
      membershipsCreated: 2,
      transfersCreated: 1,
      transferPeopleCreated: 2,
    });
    const second = await importFile('ledger.csv', csv + '\n');
    expect(second).toMatchObject({
      accepted: 3,
      rejected: 1,
      peopleCreated: 0,
      membershipsCreated: 0,
      transfersCreated: 0,
      rowsWritten: 0,
    });
    const who = await server.gql<{ whoReceived: { recipients: { recipient: { id: string }; evidence: string[] }[] } }>(
      `{ whoReceived(person: {externalId: "bulk-csv-2"}) { recipients { recipient { id } evidence } } }`,
    );
    expect(who.data?.whoReceived.recipients.map((r) => [r.recipient.id, r.evidence])).toEqual([['example-data-broker', ['CONFIRMED']]]);
  });

  it('records a transfer naming many people with recordTransferBatch, once', async () => {
    const people = Array.from({ length: 1200 }, (_, i) => ({ kind: 'person', externalId: `batch-${i}` }));
    expect((await importFile('batch-people.ndjson', ndjson(people), 20_000)).peopleCreated).toBe(1200);
    const mutation = `mutation($i: TransferInput!) { recordTransferBatch(input: $i) { created peopleIncluded transfer { id occurredOn recipient { id } categories { id } } } }`;
    const input = {
      recipientId: 'example-payments',
      categoryIds: ['payment-information'],
      purposeIds: ['payment-processing'],
      use: 'ON_OUR_BEHALF',
      occurredOn: '2025-07-01',
      people: people.map((p) => ({ externalId: p.externalId })),
    };
    const first = await server.gql<{
      recordTransferBatch: { created: boolean; peopleIncluded: number; transfer: { id: string; recipient: { id: string } } };
    }>(mutation, { i: input });
    expect(first.errors).toBeUndefined();
    expect(first.data?.recordTransferBatch).toMatchObject({
      created: true,
      peopleIncluded: 1200,
      transfer: { recipient: { id: 'example-payments' } },
    });
    const sizeAfter = await graphSize();
    const again = await server.gql<{ recordTransferBatch: { created: boolean; transfer: { id: string } } }>(mutation, { i: input });
    expect(again.data?.recordTransferBatch).toMatchObject({
      created: false,
      transfer: { id: first.data?.recordTransferBatch.transfer.id },
    });
    expect(await graphSize()).toEqual(sizeAfter);

    const unknown = await server.gql(mutation, {
      i: { ...input, occurredOn: '2025-07-02', people: [{ externalId: 'batch-1' }, { externalId: 'nobody' }] },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'people[1]' });
    expect(await graphSize()).toEqual(sizeAfter);

    const tooMany = await server.gql(mutation, {
      i: { ...input, people: Array.from({ length: 10_001 }, (_, i) => ({ externalId: `x-${i}` })) },
    });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const who = await server.gql<{ whoReceived: { recipients: { recipient: { id: string }; lastOn: string }[] } }>(
      `{ whoReceived(person: {externalId: "batch-777"}) { recipients { recipient { id } lastOn } } }`,
    );
    expect(who.data?.whoReceived.recipients).toEqual([{ recipient: { id: 'example-payments' }, lastOn: '2025-07-01' }]);
  });

  it('streams one Shine-the-Light row per customer, matching the per-person report', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const summary = await server.app.get(ShineTheLightBulkService).run(2025, out, { pageSize: 7 });
    out.end();
    const [header, ...rows] = text.trim().split('\n');
    expect(header).toBe(STL_CSV_HEADER.join(','));
    expect(rows).toHaveLength(summary.people);
    expect(summary.people).toBeGreaterThan(1200);
    const byId = new Map(rows.map((r) => [r.split(',')[0], r]));
    expect(byId.size).toBe(rows.length);

    const report = `query($p: PersonRef!) { shineTheLightReport(year: 2025, person: $p) {
      person { id } notices categories { code } thirdParties { recipient { id } categories { code } } } }`;
    type Report = {
      person: { id: string };
      notices: string[];
      categories: { code: string }[];
      thirdParties: { recipient: { id: string }; categories: { code: string }[] }[];
    };
    const checked: string[] = [];
    for (const ref of [
      { externalId: 'bulk-1' },
      { externalId: 'bulk-2' },
      { externalId: 'bulk-3' },
      { email: 'csv.one@example.com' },
      { email: 'alice.rivera@example.com' },
      { externalId: 'batch-5' },
    ]) {
      const res = await server.gql<{ shineTheLightReport: Report }>(report, { p: ref });
      expect(res.errors).toBeUndefined();
      const r = res.data?.shineTheLightReport as Report;
      const expected = [
        r.notices.join('|'),
        r.categories.map((c) => c.code).join('|'),
        r.thirdParties.map((t) => `${t.recipient.id}=${t.categories.map((c) => c.code).join('+')}`).join('|'),
      ];
      const line = byId.get(r.person.id) as string;
      expect(line).toBeDefined();
      const cells = line.split(',');
      expect(cells.slice(3)).toEqual(expected);
      checked.push(expected[2]);
    }
    // The scenario exercises at least one reportable third party (the data broker transfer).
    expect(checked.some((t) => t.includes('example-data-broker='))).toBe(true);
  });
});
