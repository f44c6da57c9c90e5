import { EXAMPLE_SEED_PATH, SeedService } from '../../server/src/seed/seed.service';
import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

interface Change {
  actor: string;
  role: string;
  operation: string;
  targetLabel: string;
  before: string | null;
  after: string | null;
  at: string;
}
const HISTORY = 'query($id: ID!) { inventoryHistory(id: $id) { actor role operation targetLabel targetId before after at } }';

describe.each(enginesUnderTest())('[%s] inventory history', (engine) => {
  let server: TestServer;
  const history = async (id: string) => {
    const res = await server.gql<{ inventoryHistory: Change[] }>(HISTORY, { id });
    expect(res.errors).toBeUndefined();
    return res.data?.inventoryHistory ?? [];
  };

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'example' });
  });
  afterAll(() => server.close());

  it('keeps the seed loader’s changes as the system’s, and a second load adds none', async () => {
    const before = await history('example-payments');
    expect(before.map((c) => [c.actor, c.operation, c.before])).toEqual([['system', 'registerRecipient', null]]);
    const seeds = server.app.get(SeedService);
    await seeds.load(seeds.readDocument(EXAMPLE_SEED_PATH));
    expect(await history('example-payments')).toEqual(before);
  });

  it('shows who changed a recipient, when, and its value before and after', async () => {
    const first = await server.gql(
      'mutation { registerRecipient(input: {id: "h-broker", name: "Broker", class: THIRD_PARTY, address: "1 Old Road"}) { id } }',
    );
    expect(first.errors).toBeUndefined();
    const same = await server.gql('mutation { registerRecipient(input: {id: "h-broker", name: "Broker", class: THIRD_PARTY}) { id } }');
    expect(same.errors).toBeUndefined();
    const moved = await server.gql(
      'mutation { registerRecipient(input: {id: "h-broker", name: "Broker", class: THIRD_PARTY, address: "2 New Street"}) { id } }',
    );
    expect(moved.errors).toBeUndefined();
    const changes = await history('h-broker');
    expect(changes.map((c) => [c.actor, c.role, c.operation, c.targetLabel])).toEqual([
      ['admin', 'ADMIN', 'registerRecipient', 'Recipient'],
      ['admin', 'ADMIN', 'registerRecipient', 'Recipient'],
    ]);
    expect(changes[0].before).toBeNull();
    expect(JSON.parse(changes[1].before ?? '{}')).toMatchObject({ address: '1 Old Road' });
    expect(JSON.parse(changes[1].after ?? '{}')).toMatchObject({ address: '2 New Street' });
    expect(changes[0].at <= changes[1].at).toBe(true);
  });

  it('records flows added and ended, and category edits', async () => {
    const added = await server.gql(`mutation {
      addDisclosure(input: {id: "h-flow", recipientId: "h-broker", categoryIds: ["email-address"], segmentIds: ["platform-users"],
        purposeIds: ["third-party-marketing"], use: OWN_DIRECT_MARKETING, validFrom: "2026-01-01"}) { id } }`);
    expect(added.errors).toBeUndefined();
    expect((await server.gql('mutation { endDisclosure(id: "h-flow", validTo: "2026-03-31") { id } }')).errors).toBeUndefined();
    const flow = await history('h-flow');
    expect(flow.map((c) => c.operation)).toEqual(['addDisclosure', 'endDisclosure']);
    expect(JSON.parse(flow[1].before ?? '{}')).toMatchObject({ validTo: null });
    expect(JSON.parse(flow[1].after ?? '{}')).toMatchObject({ validTo: '2026-03-31' });

    expect(
      (await server.gql('mutation { upsertCategory(input: {id: "email-address", name: "E-mail address"}) { id } }')).errors,
    ).toBeUndefined();
    const category = await history('email-address');
    expect(category.map((c) => [c.actor, c.operation])).toEqual([
      ['system', 'upsertCategory'],
      ['admin', 'upsertCategory'],
    ]);
    expect(JSON.parse(category[1].after ?? '{}')).toMatchObject({ name: 'E-mail address', parentId: 'contact-information' });
  });

  it('reproduces a past year’s letter as recorded then, whatever was edited since; inventoryAsOf chooses another date', async () => {
    const ok = async (query: string) => {
      const res = await server.gql(query);
      expect(res.errors).toBeUndefined();
    };
    // Recorded today (after 2025 ended): a broker, a category it received in 2025, and its flow.
    await ok('mutation { registerRecipient(input: {id: "h-lists", name: "Lists Inc", class: THIRD_PARTY, address: "1 Old Road"}) { id } }');
    await ok('mutation { upsertCategory(input: {id: "h-phone", name: "Phone", shineTheLight: [TELEPHONE_NUMBER]}) { id } }');
    await ok(`mutation { addDisclosure(input: {id: "h-lists-flow", recipientId: "h-lists", categoryIds: ["h-phone"],
      segmentIds: ["platform-users"], purposeIds: ["third-party-marketing"], use: OWN_DIRECT_MARKETING, validFrom: "2025-02-01"}) { id } }`);
    const letter = async (query = '') => {
      const res = await fetch(`${server.url}/reports/shine-the-light/2025.csv${query}`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      });
      expect(res.status).toBe(200);
      return (await res.text()).split('\r\n').filter((l) => l.includes('Lists Inc'));
    };
    const first = await letter();
    expect(first.join('\n')).toContain('1 Old Road');
    expect(first.join('\n')).toContain('Telephone number');
    const business = (await letter('?inventoryAsOf=2025-12-31'))[0].split(',')[1];

    // Edited later: the broker moves, the category is re-mapped, the business renames itself.
    await ok(
      'mutation { registerRecipient(input: {id: "h-lists", name: "Lists Inc", class: THIRD_PARTY, address: "2 New Street"}) { id } }',
    );
    await ok('mutation { upsertCategory(input: {id: "h-phone", name: "Phone", shineTheLight: [RELIGION]}) { id } }');
    await ok('mutation { setOrganization(input: {name: "Renamed Co"}) { name } }');

    // The 2025 letter is the same document; today's inventory is one parameter away.
    expect(await letter()).toEqual(first);
    const today = new Date().toISOString().slice(0, 10);
    const now = (await letter(`?inventoryAsOf=${today}`)).join('\n');
    expect(now).toContain('2 New Street');
    expect(now).toContain('Religion');
    expect(now).not.toContain('Telephone number');
    expect(now).toContain('Renamed Co');
    expect(business).not.toBe('Renamed Co');

    // The GraphQL report shows the inventory as it is, unless asked for another date.
    const REPORT = `query($asOf: Date) { shineTheLightReport(year: 2025, inventoryAsOf: $asOf) {
      thirdParties { recipient { id } address categories { code } } } }`;
    const lists = async (asOf: string | null) => {
      const res = await server.gql<{
        shineTheLightReport: { thirdParties: { recipient: { id: string }; address: string; categories: { code: string }[] }[] };
      }>(REPORT, { asOf });
      expect(res.errors).toBeUndefined();
      return res.data?.shineTheLightReport.thirdParties.find((t) => t.recipient.id === 'h-lists');
    };
    expect(await lists(null)).toEqual({ recipient: { id: 'h-lists' }, address: '2 New Street', categories: [{ code: 'RELIGION' }] });
    expect(await lists('2025-12-31')).toEqual({
      recipient: { id: 'h-lists' },
      address: '1 Old Road',
      categories: [{ code: 'TELEPHONE_NUMBER' }],
    });

    // The map and the other reports take the same argument.
    await ok('mutation { registerRecipient(input: {id: "h-lists", name: "Lists Incorporated", class: THIRD_PARTY}) { id } }');
    const MAP = `query($asOf: Date) { dataMap(asOf: "2025-06-01", inventoryAsOf: $asOf) { nodes { id label } } }`;
    const label = async (asOf: string | null) =>
      (await server.gql<{ dataMap: { nodes: { id: string; label: string }[] } }>(MAP, { asOf })).data?.dataMap.nodes.find(
        (n) => n.id === 'h-lists',
      )?.label;
    expect(await label(null)).toBe('Lists Incorporated');
    expect(await label('2025-12-31')).toBe('Lists Inc');
    const RECORD = `query($asOf: Date) { recordOfProcessing(inventoryAsOf: $asOf) { controller } }`;
    const controller = async (asOf: string | null) =>
      (await server.gql<{ recordOfProcessing: { controller: string } }>(RECORD, { asOf })).data?.recordOfProcessing.controller;
    expect(await controller(null)).toBe('Renamed Co');
    expect(await controller('2025-12-31')).toBe(business);

    const bad = await server.gql('{ shineTheLightReport(year: 2025, inventoryAsOf: "2025-02-30") { year } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
