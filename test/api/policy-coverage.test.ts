import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

interface Coverage {
  asOf: string;
  uncoveredFlows: { kind: string; id: string; description: string }[];
  idleClauses: { id: string }[];
  mismatches: { clause: { id: string }; kind: string; value: string; flows: { id: string }[] }[];
  clauses: { clause: { id: string }; flows: { id: string }[]; ok: boolean }[];
}
const QUERY = `query($asOf: Date) { policyCoverage(asOf: $asOf) { asOf uncoveredFlows { kind id description } idleClauses { id }
  mismatches { clause { id } kind value flows { id } } clauses { clause { id } flows { id } ok } } }`;

describe.each(enginesUnderTest())('[%s] policy coverage', (engine) => {
  let server: TestServer;
  const coverage = async (asOf: string) => {
    const res = await server.gql<{ policyCoverage: Coverage }>(QUERY, { asOf });
    expect(res.errors).toBeUndefined();
    return res.data?.policyCoverage as Coverage;
  };

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'example' });
  });
  afterAll(() => server.close());

  it('on the example map, every flow in force is stated and every clause agrees with its flows', async () => {
    const c = await coverage('2026-06-30');
    expect(c.uncoveredFlows).toEqual([]);
    expect(c.mismatches).toEqual([]);
    // The buyer clause stays in the policy although the due-diligence disclosure ended in 2024.
    expect(c.idleClauses.map((x) => x.id)).toEqual(['s6-buyer']);
    expect(c.clauses.filter((x) => !x.ok).map((x) => x.clause.id)).toEqual(['s6-buyer']);
  });

  it('finds a deliberately uncovered flow and a clause whose declared recipients differ from its flows', async () => {
    const setup = await server.gql(`mutation {
      a: registerRecipient(input: {id: "shadow-broker", name: "Shadow Broker", class: THIRD_PARTY}) { id }
      b: addDisclosure(input: {id: "d-uncovered", recipientId: "shadow-broker", categoryIds: ["email-address"], segmentIds: ["platform-users"],
          purposeIds: ["third-party-marketing"], use: OWN_DIRECT_MARKETING, validFrom: "2026-05-01"}) { id }
      c: addDisclosure(input: {id: "d-misfiled", recipientId: "shadow-broker", categoryIds: ["email-address"], segmentIds: ["platform-users"],
          purposeIds: ["third-party-marketing"], use: OWN_DIRECT_MARKETING, validFrom: "2026-05-01", policyClauseIds: ["s6-service-providers"]}) { id }
    }`);
    expect(setup.errors).toBeUndefined();
    const c = await coverage('2026-06-30');
    expect(c.uncoveredFlows).toEqual([
      { kind: 'DISCLOSURE', id: 'd-uncovered', description: 'Disclosure to Shadow Broker (OWN_DIRECT_MARKETING)' },
    ]);
    expect(c.mismatches).toEqual([
      { clause: { id: 's6-service-providers' }, kind: 'UNDECLARED_RECIPIENT_CLASS', value: 'THIRD_PARTY', flows: [{ id: 'd-misfiled' }] },
      { clause: { id: 's6-service-providers' }, kind: 'UNDECLARED_USE', value: 'OWN_DIRECT_MARKETING', flows: [{ id: 'd-misfiled' }] },
    ]);
    // As of a date before those flows began, the policy still covered everything.
    expect((await coverage('2026-04-30')).uncoveredFlows).toEqual([]);
  });
});
