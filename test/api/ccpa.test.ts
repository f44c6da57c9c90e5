import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

interface RightToKnow {
  periodStart: string;
  periodEnd: string;
  person: { id: string } | null;
  categoriesCollected: { code: string }[];
  sourceCategories: { kind: string; sources: string[] }[];
  purposes: { id: string }[];
  soldOrShared: { category: { code: string }; sold: boolean; shared: boolean; thirdPartyCategories: string[] }[];
  disclosedForBusinessPurpose: { category: { code: string }; recipientCategories: string[] }[];
}

const FIELDS = `periodStart periodEnd person { id } categoriesCollected { code label } sourceCategories { kind label sources }
  purposes { id } soldOrShared { category { code } sold shared thirdPartyCategories }
  disclosedForBusinessPurpose { category { code } recipientCategories }`;

/**
 * A small scenario (two operations: the API takes at most 20 top-level fields each) built through the API: one collection, a sale to a third party, a processor
 * doing retargeting (sharing), a payment processor (business purpose), and a person in the segment.
 */
const SETUP = `mutation {
  a: upsertCategory(input: {id: "contact", name: "Contact"}) { id }
  b: upsertCategory(input: {id: "email", name: "Email", parentId: "contact", ccpa: [IDENTIFIERS]}) { id }
  c: upsertCategory(input: {id: "clicks", name: "Clicks", ccpa: [INTERNET_ACTIVITY]}) { id }
  d: upsertCategory(input: {id: "card", name: "Card", ccpa: [CUSTOMER_RECORDS, SENSITIVE_PERSONAL_INFORMATION]}) { id }
  e: upsertPurpose(input: {id: "service", name: "Service"}) { id }
  f: upsertPurpose(input: {id: "ads", name: "Retargeting", targetedAdvertising: true}) { id }
  g: upsertPurpose(input: {id: "offers", name: "Partner offers", directMarketing: true}) { id }
  h: upsertSource(input: {id: "signup", name: "Sign-up form", kind: DIRECT}) { id }
  i: upsertSource(input: {id: "pixel", name: "Site pixel", kind: AUTOMATIC}) { id }
  j: upsertSegment(input: {id: "users", name: "Users"}) { id }
  k: registerRecipient(input: {id: "broker", name: "Broker", class: THIRD_PARTY}) { id }
  l: registerRecipient(input: {id: "ads-co", name: "Ads Co", class: PROCESSOR}) { id }
  m: registerRecipient(input: {id: "pay-co", name: "Pay Co", class: PROCESSOR}) { id }
}`;
const FLOWS = `mutation {
  n: addCollection(input: {id: "c1", sourceId: "signup", categoryIds: ["contact", "card"], segmentIds: ["users"], purposeIds: ["service"], validFrom: "2024-01-01"}) { id }
  o: addCollection(input: {id: "c2", sourceId: "pixel", categoryIds: ["clicks"], segmentIds: ["users"], purposeIds: ["ads"], validFrom: "2024-01-01"}) { id }
  p: addDisclosure(input: {id: "d-sale", recipientId: "broker", categoryIds: ["contact"], segmentIds: ["users"], purposeIds: ["offers"], use: OWN_DIRECT_MARKETING, validFrom: "2024-01-01"}) { id }
  q: addDisclosure(input: {id: "d-ads", recipientId: "ads-co", categoryIds: ["clicks"], segmentIds: ["users"], purposeIds: ["ads"], use: ON_OUR_BEHALF, validFrom: "2024-01-01"}) { id }
  r: addDisclosure(input: {id: "d-pay", recipientId: "pay-co", categoryIds: ["card"], segmentIds: ["users"], purposeIds: ["service"], use: ON_OUR_BEHALF, validFrom: "2024-01-01"}) { id }
  s: addDisclosure(input: {id: "d-old", recipientId: "broker", categoryIds: ["card"], segmentIds: ["users"], purposeIds: ["offers"], use: OWN_DIRECT_MARKETING, validFrom: "2023-01-01", validTo: "2024-06-30"}) { id }
  t: upsertPerson(input: {email: "pat@example.com", memberships: [{segmentId: "users", since: "2024-01-01"}]}) { id }
  u: recordOptOut(input: {person: {email: "pat@example.com"}, scope: THIRD_PARTY_SHARING, effectiveOn: "2025-01-01"}) { id }
}`;

describe.each(enginesUnderTest())('[%s] CCPA right to know', (engine) => {
  let server: TestServer;

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'none' });
    for (const operation of [SETUP, FLOWS]) expect((await server.gql(operation)).errors).toBeUndefined();
  });
  afterAll(() => server.close());

  const ask = async (args: string) => {
    const res = await server.gql<{ ccpaRightToKnow: RightToKnow }>(`{ ccpaRightToKnow${args} { ${FIELDS} } }`);
    expect(res.errors).toBeUndefined();
    return res.data?.ccpaRightToKnow as RightToKnow;
  };

  it('business-wide: categories collected, sources, purposes over the 12 months before the date', async () => {
    const r = await ask('(asOf: "2025-03-31")');
    expect([r.periodStart, r.periodEnd]).toEqual(['2024-04-01', '2025-03-31']);
    expect(r.person).toBeNull();
    expect(r.categoriesCollected.map((c) => c.code)).toEqual([
      'IDENTIFIERS',
      'CUSTOMER_RECORDS',
      'INTERNET_ACTIVITY',
      'SENSITIVE_PERSONAL_INFORMATION',
    ]);
    expect(r.sourceCategories).toEqual([
      { kind: 'DIRECT', label: 'Directly from the consumer', sources: ['Sign-up form'] },
      { kind: 'AUTOMATIC', label: 'Automatically, from the consumer’s devices and use of our services', sources: ['Site pixel'] },
    ]);
    expect(r.purposes.map((p) => p.id).sort()).toEqual(['ads', 'offers', 'service']);
  });

  it('business-wide: the sold-or-shared list with categories of third parties, and the business-purpose list apart', async () => {
    const r = await ask('(asOf: "2025-03-31")');
    expect(r.soldOrShared).toEqual([
      { category: { code: 'IDENTIFIERS' }, sold: true, shared: false, thirdPartyCategories: ['Third parties'] },
      { category: { code: 'CUSTOMER_RECORDS' }, sold: true, shared: false, thirdPartyCategories: ['Third parties'] },
      { category: { code: 'INTERNET_ACTIVITY' }, sold: false, shared: true, thirdPartyCategories: ['Processors (service providers)'] },
      { category: { code: 'SENSITIVE_PERSONAL_INFORMATION' }, sold: true, shared: false, thirdPartyCategories: ['Third parties'] },
    ]);
    expect(r.disclosedForBusinessPurpose).toEqual([
      { category: { code: 'CUSTOMER_RECORDS' }, recipientCategories: ['Processors (service providers)'] },
      { category: { code: 'SENSITIVE_PERSONAL_INFORMATION' }, recipientCategories: ['Processors (service providers)'] },
    ]);
  });

  it('drops flows that ended before the 12-month window', async () => {
    const r = await ask('(asOf: "2025-12-31")');
    expect(r.soldOrShared.map((s) => s.category.code)).toEqual(['IDENTIFIERS', 'INTERNET_ACTIVITY']);
  });

  it('for a person: only their flows, after their opt-out of third-party sharing', async () => {
    const r = await ask('(person: {email: "pat@example.com"}, asOf: "2025-12-31")');
    expect(r.person?.id).toBeTruthy();
    expect(r.categoriesCollected.map((c) => c.code)).toEqual([
      'IDENTIFIERS',
      'CUSTOMER_RECORDS',
      'INTERNET_ACTIVITY',
      'SENSITIVE_PERSONAL_INFORMATION',
    ]);
    expect(r.soldOrShared).toEqual([
      { category: { code: 'INTERNET_ACTIVITY' }, sold: false, shared: true, thirdPartyCategories: ['Processors (service providers)'] },
    ]);
    expect(r.disclosedForBusinessPurpose.map((d) => d.category.code)).toEqual(['CUSTOMER_RECORDS', 'SENSITIVE_PERSONAL_INFORMATION']);
  });

  it('refuses an unknown person with NOT_FOUND', async () => {
    const res = await server.gql('{ ccpaRightToKnow(person: {email: "nobody@example.com"}) { periodStart } }');
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
