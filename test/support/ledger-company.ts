import type { TestServer } from './server';

/**
 * A small company built through the API for the §8 ledger checks:
 * categories contact ⊃ email ⊃ work-email, contact ⊃ phone, payment (sensitive: card-number below it);
 * broker (THIRD_PARTY) gets contact for marketing in 2025 only (OWN_DIRECT_MARKETING);
 * cloud (PROCESSOR) gets payment for analytics from 2025 on (ON_OUR_BEHALF).
 */
export const LEDGER_COMPANY = `mutation {
  c1: upsertCategory(input: {id: "contact", name: "Contact details"}) { id }
  c2: upsertCategory(input: {id: "email", name: "Email address", parentId: "contact"}) { id }
  c3: upsertCategory(input: {id: "work-email", name: "Work email", parentId: "email"}) { id }
  c4: upsertCategory(input: {id: "phone", name: "Phone number", parentId: "contact"}) { id }
  c5: upsertCategory(input: {id: "payment", name: "Payment data"}) { id }
  c6: upsertCategory(input: {id: "card-number", name: "Card number", parentId: "payment", sensitive: true}) { id }
  p1: upsertPurpose(input: {id: "marketing", name: "Marketing", directMarketing: true}) { id }
  p2: upsertPurpose(input: {id: "analytics", name: "Analytics"}) { id }
  p3: upsertPurpose(input: {id: "ads", name: "Cross-context ads", targetedAdvertising: true}) { id }
  s1: upsertSegment(input: {id: "users", name: "Users"}) { id }
  so: upsertSource(input: {id: "signup", name: "Sign-up form", kind: DIRECT}) { id }
  r1: registerRecipient(input: {id: "broker", name: "Broker", class: THIRD_PARTY}) { id }
  r2: registerRecipient(input: {id: "cloud", name: "Cloud", class: PROCESSOR}) { id }
  d1: addDisclosure(input: {id: "d-broker", recipientId: "broker", categoryIds: ["contact"], segmentIds: ["users"], purposeIds: ["marketing"],
      use: OWN_DIRECT_MARKETING, validFrom: "2025-01-01", validTo: "2025-12-31"}) { id }
  d2: addDisclosure(input: {id: "d-cloud", recipientId: "cloud", categoryIds: ["payment"], segmentIds: ["users"], purposeIds: ["analytics"],
      use: ON_OUR_BEHALF, validFrom: "2025-01-01"}) { id }
  u1: upsertPerson(input: {email: "ann@example.com", californiaResident: true, memberships: [{segmentId: "users", since: "2024-01-01"}]}) { id }
  u2: upsertPerson(input: {email: "bob@example.com", memberships: [{segmentId: "users", since: "2024-01-01"}]}) { id }
}`;

export async function buildLedgerCompany(server: TestServer): Promise<void> {
  const res = await server.gql(LEDGER_COMPANY);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

export interface TransferSpec {
  id: string;
  recipientId: string;
  use: string;
  occurredOn: string;
  categoryIds: string[];
  purposeIds: string[];
  emails?: string[];
}

export async function recordTransfer(server: TestServer, t: TransferSpec): Promise<{ errors?: unknown }> {
  const { id, recipientId, use, occurredOn, categoryIds, purposeIds, emails = ['ann@example.com'] } = t;
  const input = { id, recipientId, use, occurredOn, categoryIds, purposeIds, people: emails.map((email) => ({ email })) };
  return server.gql(`mutation($input: TransferInput!) { recordTransfer(input: $input) { id } }`, { input });
}
