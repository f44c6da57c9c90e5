/**
 * Shared setup of the rules tests (test/api/rules-*.test.ts, the rules of PRODUCT.md §3 through the public GraphQL
 * API of §5): the answers' shapes, the documents, a server on an empty graph built with a scenario of
 * test/fixtures/rules/, and the reductions the tests compare.
 */
import type { DisclosureUse, PersonRef, RecipientClass, Scenario } from '../fixtures/rules/scenario';
import { freshStore } from './engines';
import { startTestServer, type GraphqlResponse, type TestServer } from './server';

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

export interface ReceivedRow {
  recipient: { id: string; name: string; class: RecipientClass };
  categories: { id: string }[];
  purposes: { id: string }[];
  uses: DisclosureUse[];
  evidence: ('CONFIRMED' | 'INFERRED')[];
  firstOn: string;
  lastOn: string;
  optOutViolations: { id: string; occurredOn: string }[];
}
export interface WhoReceivedAnswer {
  person: { id: string; display: string };
  from: string | null;
  to: string;
  recipients: ReceivedRow[];
}
export interface StlReport {
  year: number;
  periodStart: string;
  periodEnd: string;
  person: { id: string } | null;
  categories: { code: string; label: string }[];
  thirdParties: {
    name: string;
    address: string | null;
    natureOfBusiness: string | null;
    productsMarketed: string[];
    recipient: { id: string };
    categories: { code: string }[];
  }[];
  notices: string[];
}
export interface MapNode {
  id: string;
  kind: string;
  label: string;
  group: string | null;
}
export interface MapEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  label: string | null;
  flowId: string | null;
  flowKind: string;
}
export interface DataMapAnswer {
  nodes: MapNode[];
  edges: MapEdge[];
}

// ---------------------------------------------------------------------------
// GraphQL documents
// ---------------------------------------------------------------------------

export const UPSERT_CATEGORY = 'mutation($input: CategoryInput!) { upsertCategory(input: $input) { id } }';
export const UPSERT_PURPOSE = 'mutation($input: PurposeInput!) { upsertPurpose(input: $input) { id } }';
export const UPSERT_SEGMENT = 'mutation($input: SegmentInput!) { upsertSegment(input: $input) { id } }';
export const REGISTER_RECIPIENT = 'mutation($input: RecipientInput!) { registerRecipient(input: $input) { id class } }';
export const REGISTER_PROCESSOR = 'mutation($input: ProcessorInput!) { registerProcessor(input: $input) { id class } }';
export const ADD_DISCLOSURE = 'mutation($input: DisclosureInput!) { addDisclosure(input: $input) { id validFrom validTo } }';
export const END_DISCLOSURE = 'mutation($id: ID!, $validTo: Date!) { endDisclosure(id: $id, validTo: $validTo) { id validTo } }';
export const UPSERT_PERSON = 'mutation($input: PersonInput!) { upsertPerson(input: $input) { id display } }';
export const RECORD_TRANSFER = 'mutation($input: TransferInput!) { recordTransfer(input: $input) { id occurredOn } }';
export const RECORD_OPT_OUT = 'mutation($input: OptOutInput!) { recordOptOut(input: $input) { id effectiveOn } }';

export const WHO_RECEIVED = `query($person: PersonRef!, $from: Date, $to: Date) {
  whoReceived(person: $person, from: $from, to: $to) {
    person { id display } from to
    recipients {
      recipient { id name class } categories { id } purposes { id } uses evidence firstOn lastOn
      optOutViolations { id occurredOn }
    }
  }
}`;
export const SHINE_THE_LIGHT = `query($year: Int!, $person: PersonRef) {
  shineTheLightReport(year: $year, person: $person) {
    year periodStart periodEnd person { id }
    categories { code label }
    thirdParties { name address natureOfBusiness productsMarketed recipient { id } categories { code } }
    notices
  }
}`;
export const DATA_MAP = `query($asOf: Date, $classes: [RecipientClass!], $categoryIds: [ID!], $purposeIds: [ID!]) {
  dataMap(asOf: $asOf, recipientClasses: $classes, categoryIds: $categoryIds, purposeIds: $purposeIds) {
    nodes { id kind label group }
    edges { id source target kind label flowId flowKind }
  }
}`;
export const DISCLOSURES = 'query($asOf: Date) { disclosures(asOf: $asOf) { id validFrom validTo } }';

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** A server on an empty graph: its own directory (embedded) or the wiped test database (Neo4j). */
export async function openServer(engine: TestServer['engine']): Promise<TestServer> {
  if (engine === 'neo4j') {
    const store = await freshStore('neo4j');
    await store.close();
  }
  return startTestServer({ engine, seed: 'none' });
}

/** The data of a response that must have succeeded; a failure names the GraphQL errors. */
export function dataOf<T>(res: GraphqlResponse<T>, what: string): T {
  if (res.errors?.length || !res.data) {
    throw new Error(`${what} failed: ${JSON.stringify(res.errors ?? res)}`);
  }
  return res.data;
}

export async function mutate(server: TestServer, document: string, variables: Record<string, unknown>, what: string): Promise<void> {
  dataOf(await server.gql(document, variables), what);
}

/** Creates a scenario through the public mutations, in dependency order. */
export async function buildCompany(server: TestServer, s: Scenario): Promise<void> {
  for (const input of s.categories ?? []) await mutate(server, UPSERT_CATEGORY, { input }, `upsertCategory ${input.id}`);
  for (const input of s.purposes ?? []) await mutate(server, UPSERT_PURPOSE, { input }, `upsertPurpose ${input.id}`);
  for (const input of s.segments ?? []) await mutate(server, UPSERT_SEGMENT, { input }, `upsertSegment ${input.id}`);
  for (const input of s.recipients ?? []) await mutate(server, REGISTER_RECIPIENT, { input }, `registerRecipient ${input.id}`);
  for (const input of s.processors ?? []) await mutate(server, REGISTER_PROCESSOR, { input }, `registerProcessor ${input.id}`);
  for (const input of s.disclosures ?? [])
    await mutate(server, ADD_DISCLOSURE, { input }, `addDisclosure ${input.id ?? input.recipientId}`);
  for (const e of s.endings ?? []) await mutate(server, END_DISCLOSURE, e, `endDisclosure ${e.id}`);
  for (const input of s.people ?? []) await mutate(server, UPSERT_PERSON, { input }, `upsertPerson ${input.email ?? input.phone}`);
  for (const input of s.transfers ?? [])
    await mutate(server, RECORD_TRANSFER, { input }, `recordTransfer ${input.id ?? input.recipientId}`);
  for (const input of s.optOuts ?? []) await mutate(server, RECORD_OPT_OUT, { input }, `recordOptOut ${input.scope}`);
}

export async function whoReceived(server: TestServer, person: PersonRef, from?: string, to?: string): Promise<WhoReceivedAnswer> {
  const res = await server.gql<{ whoReceived: WhoReceivedAnswer }>(WHO_RECEIVED, { person, from, to });
  return dataOf(res, 'whoReceived').whoReceived;
}

export async function shineTheLight(server: TestServer, year: number, person?: PersonRef): Promise<StlReport> {
  const res = await server.gql<{ shineTheLightReport: StlReport }>(SHINE_THE_LIGHT, { year, person });
  return dataOf(res, 'shineTheLightReport').shineTheLightReport;
}

export async function dataMap(
  server: TestServer,
  asOf: string,
  filters: { classes?: RecipientClass[]; categoryIds?: string[]; purposeIds?: string[] } = {},
): Promise<DataMapAnswer> {
  const res = await server.gql<{ dataMap: DataMapAnswer }>(DATA_MAP, { asOf, ...filters });
  return dataOf(res, 'dataMap').dataMap;
}

export async function disclosureList(
  server: TestServer,
  asOf?: string,
): Promise<{ id: string; validFrom: string; validTo: string | null }[]> {
  const res = await server.gql<{ disclosures: { id: string; validFrom: string; validTo: string | null }[] }>(DISCLOSURES, { asOf });
  return dataOf(res, 'disclosures').disclosures;
}

/** A row reduced to what the rules decide, for exact comparison. */
export function summarise(row: ReceivedRow) {
  return {
    recipient: row.recipient.id,
    categories: row.categories.map((c) => c.id),
    purposes: row.purposes.map((p) => p.id),
    uses: [...row.uses].sort(),
    evidence: [...row.evidence].sort(),
    firstOn: row.firstOn,
    lastOn: row.lastOn,
    violations: row.optOutViolations.map((v) => `${v.id}@${v.occurredOn}`),
  };
}

export function rowFor(answer: WhoReceivedAnswer, recipientId: string): ReceivedRow | undefined {
  return answer.recipients.find((r) => r.recipient.id === recipientId);
}

export function recipientIds(answer: WhoReceivedAnswer): string[] {
  return answer.recipients.map((r) => r.recipient.id);
}

export function thirdPartyIds(report: StlReport): string[] {
  return report.thirdParties.map((t) => t.recipient.id);
}

export function codes(list: { code: string }[]): string[] {
  return list.map((c) => c.code);
}

export function nodeIds(map: DataMapAnswer, kind: string): string[] {
  return map.nodes
    .filter((n) => n.kind === kind)
    .map((n) => n.id)
    .sort();
}

export function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

export function firstError(res: GraphqlResponse<unknown>): { code?: string; field?: string } {
  return { code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field };
}

/** A server on an empty graph with the scenario built in it: what each rule group's beforeAll starts. */
export async function openScenario(engine: TestServer['engine'], scenario: Scenario): Promise<TestServer> {
  const server = await openServer(engine);
  await buildCompany(server, scenario);
  return server;
}
