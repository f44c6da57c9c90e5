import { enginesUnderTest, freshStore } from '../support/engines';
import { buildLedgerCompany, recordTransfer, type TransferSpec } from '../support/ledger-company';
import { startTestServer, type TestServer } from '../support/server';

interface Row {
  transfer: { id: string; occurredOn: string; recipient: { id: string } };
  reasons: string[];
  uncoveredCategories: { id: string }[];
}
const QUERY = `query($from: Date, $to: Date) { undeclaredTransfers(from: $from, to: $to) {
  transfer { id occurredOn recipient { id } } reasons uncoveredCategories { id } } }`;

// Hand-derived against the company of support/ledger-company.ts (broker: contact/marketing/ODM in 2025; cloud: payment/analytics/ON_OUR_BEHALF from 2025).
const TRANSFERS: (TransferSpec & { expected: [string[], string[]] | null })[] = [
  // work-email descends from the declared contact: covered through the hierarchy.
  {
    id: 't-hierarchy',
    recipientId: 'broker',
    use: 'OWN_DIRECT_MARKETING',
    occurredOn: '2025-03-01',
    categoryIds: ['work-email'],
    purposeIds: ['marketing'],
    expected: null,
  },
  // The broker disclosure ended on 2025-12-31.
  {
    id: 't-ended',
    recipientId: 'broker',
    use: 'OWN_DIRECT_MARKETING',
    occurredOn: '2026-01-01',
    categoryIds: ['email'],
    purposeIds: ['marketing'],
    expected: [['NO_DISCLOSURE_IN_FORCE'], []],
  },
  // In force on its last day: covered.
  {
    id: 't-last-day',
    recipientId: 'broker',
    use: 'OWN_DIRECT_MARKETING',
    occurredOn: '2025-12-31',
    categoryIds: ['phone'],
    purposeIds: [],
    expected: null,
  },
  {
    id: 't-use',
    recipientId: 'broker',
    use: 'OWN_OTHER_USE',
    occurredOn: '2025-04-01',
    categoryIds: ['email'],
    purposeIds: ['marketing'],
    expected: [['USE_NOT_DECLARED'], []],
  },
  // email is not declared to the cloud (payment only), marketing is not among its purposes.
  {
    id: 't-both',
    recipientId: 'cloud',
    use: 'ON_OUR_BEHALF',
    occurredOn: '2025-05-01',
    categoryIds: ['card-number', 'email'],
    purposeIds: ['analytics', 'marketing'],
    expected: [['CATEGORY_NOT_DECLARED', 'PURPOSE_NOT_DECLARED'], ['email']],
  },
  {
    id: 't-category',
    recipientId: 'broker',
    use: 'OWN_DIRECT_MARKETING',
    occurredOn: '2025-06-01',
    categoryIds: ['payment', 'email'],
    purposeIds: ['marketing'],
    expected: [['CATEGORY_NOT_DECLARED'], ['payment']],
  },
  {
    id: 't-purpose',
    recipientId: 'broker',
    use: 'OWN_DIRECT_MARKETING',
    occurredOn: '2025-07-01',
    categoryIds: ['contact'],
    purposeIds: ['analytics'],
    expected: [['PURPOSE_NOT_DECLARED'], []],
  },
  // The cloud disclosure starts on 2025-01-01.
  {
    id: 't-early',
    recipientId: 'cloud',
    use: 'ON_OUR_BEHALF',
    occurredOn: '2024-12-31',
    categoryIds: ['payment'],
    purposeIds: ['analytics'],
    expected: [['NO_DISCLOSURE_IN_FORCE'], []],
  },
];

describe.each(enginesUnderTest())('[%s] undeclared transfers', (engine) => {
  let server: TestServer;
  const undeclared = async (from?: string, to?: string) => {
    const res = await server.gql<{ undeclaredTransfers: Row[] }>(QUERY, { from, to });
    expect(res.errors).toBeUndefined();
    return res.data!.undeclaredTransfers;
  };

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine });
    await buildLedgerCompany(server);
    for (const t of TRANSFERS) expect((await recordTransfer(server, t)).errors).toBeUndefined();
  });
  afterAll(() => server.close());

  it('lists every uncovered transfer with its reasons, oldest first, over the whole ledger by default', async () => {
    const expected = TRANSFERS.filter((t) => t.expected !== null)
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
      .map((t) => ({
        transfer: { id: t.id, occurredOn: t.occurredOn, recipient: { id: t.recipientId } },
        reasons: t.expected![0],
        uncoveredCategories: t.expected![1].map((id) => ({ id })),
      }));
    expect(await undeclared()).toEqual(expected);
  });

  it('holds the window inclusively at both ends', async () => {
    expect((await undeclared('2025-04-01', '2025-06-01')).map((r) => r.transfer.id)).toEqual(['t-use', 't-both', 't-category']);
    expect((await undeclared('2024-12-31', '2024-12-31')).map((r) => r.transfer.id)).toEqual(['t-early']);
    expect((await undeclared(undefined, '2025-12-31')).map((r) => r.transfer.id)).not.toContain('t-ended');
  });

  it('sees a transfer become covered once the flow is declared', async () => {
    const res = await server.gql(`mutation { addDisclosure(input: {id: "d-broker-other", recipientId: "broker", categoryIds: ["email"],
      segmentIds: ["users"], purposeIds: ["marketing"], use: OWN_OTHER_USE, validFrom: "2025-01-01"}) { id } }`);
    expect(res.errors).toBeUndefined();
    expect((await undeclared('2025-04-01', '2025-04-01')).map((r) => r.transfer.id)).toEqual([]);
  });

  it('refuses a window that ends before it starts', async () => {
    const res = await server.gql(QUERY, { from: '2025-02-01', to: '2025-01-31' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
