import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BulkImportService } from '../../server/src/bulk/bulk-import.service';
import { enginesUnderTest, freshStore, tempDir } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

const ndjson = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const KINDS = ['CCPA_DELETE', 'CCPA_CORRECT', 'GDPR_ERASURE', 'GDPR_RECTIFICATION', 'SHINE_THE_LIGHT'];
const DUE: Record<string, string> = {
  CCPA_DELETE: '2025-04-24',
  CCPA_CORRECT: '2025-04-24',
  GDPR_ERASURE: '2025-04-10',
  GDPR_RECTIFICATION: '2025-04-10',
  SHINE_THE_LIGHT: '2025-08-07',
};

/** `npm run import` records requests in bulk (DROP-style lists, ticket exports) with the API's own validation. */
describe.each(enginesUnderTest())('[%s] bulk requests (PRODUCT.md §7)', (engine) => {
  let server: TestServer;
  let imports: BulkImportService;
  const dir = tempDir('dm-requests-');

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine });
    imports = server.app.get(BulkImportService);
  });
  afterAll(() => server.close());

  it('records request lines with their deadlines, rejects bad ones with their field, and adds nothing on a re-run', async () => {
    const people = Array.from({ length: 25 }, (_, i) => ({ kind: 'person', email: `p${i}@example.com` }));
    const requests = people.map((p, i) => ({
      kind: 'request',
      requestKind: KINDS[i % KINDS.length],
      person: { email: p.email },
      receivedOn: '2025-03-10',
      channel: 'DROP list',
      // Shine the Light lines arrive from a ticket export, not a designated channel: 150 days.
      ...(KINDS[i % KINDS.length] === 'SHINE_THE_LIGHT' ? { designatedChannel: false } : {}),
    }));
    const bad = [
      { kind: 'request', requestKind: 'CCPA_FORGET', person: { email: 'p1@example.com' }, receivedOn: '2025-03-10', channel: 'x' },
      { kind: 'request', requestKind: 'CCPA_DELETE', person: { email: 'p1@example.com' }, receivedOn: '2025-02-30', channel: 'x' },
      { kind: 'request', requestKind: 'CCPA_DELETE', person: { email: 'nobody@example.com' }, receivedOn: '2025-03-10', channel: 'x' },
      { kind: 'request', requestKind: 'CCPA_DELETE', person: { email: 'p1@example.com' }, receivedOn: '2025-03-10', channel: '' },
      { kind: 'request', requestKind: 'CCPA_DELETE', person: { email: 'p1@example.com' }, channel: 'x' },
    ];
    const path = join(dir, 'requests.ndjson');
    writeFileSync(path, ndjson([...people, ...requests, ...bad]));
    const rejectsFile = join(dir, 'requests.rejects.ndjson');
    const first = await imports.importFile(path, { batchLines: 10, rejectsFile });
    expect(first).toMatchObject({ lines: 55, accepted: 50, rejected: 5, peopleCreated: 25, requestsCreated: 25 });
    const rejects = readFileSync(rejectsFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; code: string; field: string });
    expect(rejects.map((r) => [r.line, r.code, r.field])).toEqual([
      [51, 'BAD_USER_INPUT', 'requestKind'],
      [52, 'BAD_USER_INPUT', 'receivedOn'],
      [53, 'NOT_FOUND', 'person'],
      [54, 'BAD_USER_INPUT', 'channel'],
      [55, 'BAD_USER_INPUT', 'receivedOn'],
    ]);

    const res = await server.gql<{ requests: { kind: string; dueOn: string; designatedChannel: boolean }[] }>(
      '{ requests { kind dueOn designatedChannel } }',
    );
    expect(res.data?.requests).toHaveLength(25);
    for (const r of res.data?.requests ?? []) expect(r.dueOn).toBe(DUE[r.kind]);

    const again = await imports.importFile(path, { batchLines: 10, rejectsFile });
    expect(again).toMatchObject({ requestsCreated: 0, peopleCreated: 0, alreadyPresent: 25 });
    expect((await server.gql<{ requests: unknown[] }>('{ requests { id } }')).data?.requests).toHaveLength(25);
  });

  it('reads request lines from CSV (person as kind:value, designatedChannel as true/false)', async () => {
    const path = join(dir, 'tickets.csv');
    writeFileSync(
      path,
      [
        'kind,requestKind,person,receivedOn,channel,designatedChannel',
        'request,SHINE_THE_LIGHT,email:p2@example.com,2025-01-10,ticket export,false',
        'request,GDPR_ERASURE,email:p3@example.com,2025-01-31,ticket export,',
      ].join('\n') + '\n',
    );
    expect(await imports.importFile(path)).toMatchObject({ accepted: 2, rejected: 0, requestsCreated: 2 });
    const res = await server.gql<{ requests: { kind: string; receivedOn: string; dueOn: string; designatedChannel: boolean }[] }>(
      '{ requests { kind receivedOn dueOn designatedChannel } }',
    );
    const imported = (res.data?.requests ?? []).filter((r) => r.receivedOn.startsWith('2025-01'));
    expect(imported.map((r) => [r.kind, r.dueOn, r.designatedChannel]).sort()).toEqual([
      ['GDPR_ERASURE', '2025-02-28', true],
      ['SHINE_THE_LIGHT', '2025-06-09', false],
    ]);
  });
});
