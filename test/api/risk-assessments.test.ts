import { enginesUnderTest, freshStore } from '../support/engines';
import { buildLedgerCompany } from '../support/ledger-company';
import { startTestServer, type TestServer } from '../support/server';

interface Item {
  flowId: string;
  flowKind: string;
  reasons: string[];
  dueOn: string;
  assessedOn: string | null;
  documentRef: string | null;
  status: string;
}
const FIELDS = 'flowId flowKind reasons dueOn assessedOn documentRef status';
const QUERY = `query($asOf: Date) { riskAssessments(asOf: $asOf) { ${FIELDS} } }`;
const RECORD = `mutation($flowId: ID!, $assessedOn: Date!, $documentRef: String) {
  recordRiskAssessment(flowId: $flowId, assessedOn: $assessedOn, documentRef: $documentRef) { ${FIELDS} } }`;

// Beyond support/ledger-company.ts (d-broker: ODM 2025 only; d-cloud: payment, whose child card-number is sensitive, from 2025):
const FLOWS = `mutation {
  a: addDisclosure(input: {id: "d-ads", recipientId: "cloud", categoryIds: ["email"], segmentIds: ["users"], purposeIds: ["ads"],
     use: ON_OUR_BEHALF, validFrom: "2026-03-01"}) { id }
  b: addDisclosure(input: {id: "d-resale", recipientId: "broker", categoryIds: ["card-number"], segmentIds: ["users"], purposeIds: ["analytics"],
     use: OWN_OTHER_USE, validFrom: "2026-01-01"}) { id }
  c: addDisclosure(input: {id: "d-plain", recipientId: "cloud", categoryIds: ["email"], segmentIds: ["users"], purposeIds: ["analytics"],
     use: ON_OUR_BEHALF, validFrom: "2026-02-01"}) { id }
  d: addCollection(input: {id: "c-signup", sourceId: "signup", categoryIds: ["email"], segmentIds: ["users"], purposeIds: ["analytics"],
     validFrom: "2024-01-01"}) { id }
  e: addCollection(input: {id: "c-cards", sourceId: "signup", categoryIds: ["card-number"], segmentIds: ["users"], purposeIds: ["analytics"],
     validFrom: "2025-12-31"}) { id }
}`;

const item = (
  flowId: string,
  flowKind: string,
  reasons: string[],
  dueOn: string,
  status: string,
  assessedOn: string | null = null,
  documentRef: string | null = null,
): Item => ({
  flowId,
  flowKind,
  reasons,
  dueOn,
  assessedOn,
  documentRef,
  status,
});

describe.each(enginesUnderTest())('[%s] risk assessments', (engine) => {
  let server: TestServer;
  const list = async (asOf: string) => {
    const res = await server.gql<{ riskAssessments: Item[] }>(QUERY, { asOf });
    expect(res.errors).toBeUndefined();
    return res.data!.riskAssessments;
  };

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine });
    await buildLedgerCompany(server);
    expect((await server.gql(FLOWS)).errors).toBeUndefined();
  });
  afterAll(() => server.close());

  it('lists the flows in force that need one, with reasons, due dates (2027-12-31 before 2026) and statuses', async () => {
    expect(await list('2026-06-30')).toEqual([
      item('d-resale', 'DISCLOSURE', ['SELLING_OR_SHARING', 'SENSITIVE_DATA'], '2026-01-01', 'OVERDUE'),
      item('d-ads', 'DISCLOSURE', ['SELLING_OR_SHARING'], '2026-03-01', 'OVERDUE'),
      item('c-cards', 'COLLECTION', ['SENSITIVE_DATA'], '2027-12-31', 'DUE'),
      item('d-cloud', 'DISCLOSURE', ['SENSITIVE_DATA'], '2027-12-31', 'DUE'),
    ]);
  });

  it('is due on the day due and overdue the day after', async () => {
    expect((await list('2026-03-01')).find((i) => i.flowId === 'd-ads')?.status).toBe('DUE');
    expect((await list('2026-03-02')).find((i) => i.flowId === 'd-ads')?.status).toBe('OVERDUE');
    expect((await list('2027-12-31')).filter((i) => i.dueOn === '2027-12-31').map((i) => i.status)).toEqual(['DUE', 'DUE']);
    expect((await list('2028-01-01')).filter((i) => i.dueOn === '2027-12-31').map((i) => i.status)).toEqual(['OVERDUE', 'OVERDUE']);
  });

  it('lists only what is in force on the date: the 2025 broker disclosure, not yet the 2026 flows', async () => {
    expect(await list('2025-06-30')).toEqual([
      item('d-broker', 'DISCLOSURE', ['SELLING_OR_SHARING'], '2027-12-31', 'DUE'),
      item('d-cloud', 'DISCLOSURE', ['SENSITIVE_DATA'], '2027-12-31', 'DUE'),
    ]);
  });

  it('records an assessment: DONE from the day it was made', async () => {
    const res = await server.gql<{ recordRiskAssessment: Item }>(RECORD, {
      flowId: 'd-ads',
      assessedOn: '2026-04-01',
      documentRef: ' DPIA-2026-07 ',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordRiskAssessment).toEqual(
      item('d-ads', 'DISCLOSURE', ['SELLING_OR_SHARING'], '2026-03-01', 'DONE', '2026-04-01', 'DPIA-2026-07'),
    );
    expect((await list('2026-06-30')).find((i) => i.flowId === 'd-ads')).toEqual(
      item('d-ads', 'DISCLOSURE', ['SELLING_OR_SHARING'], '2026-03-01', 'DONE', '2026-04-01', 'DPIA-2026-07'),
    );
    expect((await list('2026-03-15')).find((i) => i.flowId === 'd-ads')?.status).toBe('OVERDUE');
    const audit = await server.gql<{ auditLog: { operation: string; targetIds: string[]; outcome: string }[] }>(
      '{ auditLog { operation targetIds outcome } }',
    );
    expect(audit.data?.auditLog).toEqual(
      expect.arrayContaining([{ operation: 'recordRiskAssessment', targetIds: ['d-ads'], outcome: 'OK' }]),
    );
  });

  it('refuses an unknown flow and an over-long document reference, changing nothing', async () => {
    const unknown = await server.gql(RECORD, { flowId: 'no-such-flow', assessedOn: '2026-04-01' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'flowId' });
    const long = await server.gql(RECORD, { flowId: 'c-cards', assessedOn: '2026-04-01', documentRef: 'x'.repeat(501) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentRef' });
    expect((await list('2026-06-30')).find((i) => i.flowId === 'c-cards')?.status).toBe('DUE');
    const badDate = await server.gql(RECORD, { flowId: 'c-cards', assessedOn: '2026-02-30' });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
