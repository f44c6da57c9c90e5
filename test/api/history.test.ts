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
});
