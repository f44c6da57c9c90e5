/**
 * The rules of PRODUCT.md §3, checked through the public GraphQL API (§5) on
 * every engine under test. Each scenario builds a small company through the
 * mutations on its own server (an empty graph) and compares the answers with
 * the ones worked out by hand in the comments.
 */
import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, type GraphqlResponse, type TestServer } from '../support/server';

jest.setTimeout(120_000);

// ---------------------------------------------------------------------------
// Inputs (the §5 input types, as the tests use them)
// ---------------------------------------------------------------------------

type RecipientClass = 'AFFILIATE' | 'PROCESSOR' | 'CUSTOMER' | 'ACQUIRER' | 'THIRD_PARTY' | 'AUTHORITY';
type DisclosureUse = 'ON_OUR_BEHALF' | 'OWN_DIRECT_MARKETING' | 'OWN_OTHER_USE' | 'LEGAL_OBLIGATION' | 'CORPORATE_TRANSACTION';
type OptOutScope = 'THIRD_PARTY_SHARING' | 'CUSTOMER_OFFERS' | 'TARGETED_ADVERTISING' | 'DIRECT_MARKETING';

interface PersonRef {
  id?: string;
  email?: string;
  phone?: string;
  externalId?: string;
}
interface CategoryInput {
  id: string;
  name: string;
  parentId?: string;
  shineTheLight?: string[];
}
interface PurposeInput {
  id: string;
  name: string;
  directMarketing?: boolean;
  targetedAdvertising?: boolean;
}
interface SegmentInput {
  id: string;
  name: string;
}
interface RecipientInput {
  id: string;
  name: string;
  class: RecipientClass;
  address?: string;
  natureOfBusiness?: string;
  productsMarketed?: string[];
}
interface ProcessorInput {
  id: string;
  name: string;
  agreementSignedOn: string;
  categoryIds: string[];
  purposeIds: string[];
  segmentIds: string[];
  validFrom: string;
}
interface DisclosureInput {
  id?: string;
  recipientId: string;
  categoryIds: string[];
  segmentIds: string[];
  purposeIds: string[];
  use: DisclosureUse;
  validFrom: string;
  validTo?: string;
}
interface MembershipInput {
  segmentId: string;
  since: string;
  until?: string;
}
interface PersonInput {
  email?: string;
  phone?: string;
  externalId?: string;
  californiaResident?: boolean;
  relationshipSince?: string;
  lastPurchaseOn?: string;
  memberships?: MembershipInput[];
}
interface TransferInput {
  id?: string;
  recipientId: string;
  categoryIds: string[];
  purposeIds?: string[];
  use: DisclosureUse;
  occurredOn: string;
  people: PersonRef[];
}
interface OptOutInput {
  person: PersonRef;
  scope: OptOutScope;
  effectiveOn: string;
  channel?: string;
}

/** A small company, created in this order (parents before children, people before transfers). */
interface Scenario {
  categories?: CategoryInput[];
  purposes?: PurposeInput[];
  segments?: SegmentInput[];
  recipients?: RecipientInput[];
  processors?: ProcessorInput[];
  disclosures?: DisclosureInput[];
  endings?: { id: string; validTo: string }[];
  people?: PersonInput[];
  transfers?: TransferInput[];
  optOuts?: OptOutInput[];
}

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

interface ReceivedRow {
  recipient: { id: string; name: string; class: RecipientClass };
  categories: { id: string }[];
  purposes: { id: string }[];
  uses: DisclosureUse[];
  evidence: ('CONFIRMED' | 'INFERRED')[];
  firstOn: string;
  lastOn: string;
  optOutViolations: { id: string; occurredOn: string }[];
}
interface WhoReceivedAnswer {
  person: { id: string; display: string };
  from: string | null;
  to: string;
  recipients: ReceivedRow[];
}
interface StlReport {
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
interface MapNode {
  id: string;
  kind: string;
  label: string;
  group: string | null;
}
interface MapEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  label: string | null;
  flowId: string | null;
  flowKind: string;
}
interface DataMapAnswer {
  nodes: MapNode[];
  edges: MapEdge[];
}

// ---------------------------------------------------------------------------
// GraphQL documents
// ---------------------------------------------------------------------------

const UPSERT_CATEGORY = 'mutation($input: CategoryInput!) { upsertCategory(input: $input) { id } }';
const UPSERT_PURPOSE = 'mutation($input: PurposeInput!) { upsertPurpose(input: $input) { id } }';
const UPSERT_SEGMENT = 'mutation($input: SegmentInput!) { upsertSegment(input: $input) { id } }';
const REGISTER_RECIPIENT = 'mutation($input: RecipientInput!) { registerRecipient(input: $input) { id class } }';
const REGISTER_PROCESSOR = 'mutation($input: ProcessorInput!) { registerProcessor(input: $input) { id class } }';
const ADD_DISCLOSURE = 'mutation($input: DisclosureInput!) { addDisclosure(input: $input) { id validFrom validTo } }';
const END_DISCLOSURE = 'mutation($id: ID!, $validTo: Date!) { endDisclosure(id: $id, validTo: $validTo) { id validTo } }';
const UPSERT_PERSON = 'mutation($input: PersonInput!) { upsertPerson(input: $input) { id display } }';
const RECORD_TRANSFER = 'mutation($input: TransferInput!) { recordTransfer(input: $input) { id occurredOn } }';
const RECORD_OPT_OUT = 'mutation($input: OptOutInput!) { recordOptOut(input: $input) { id effectiveOn } }';

const WHO_RECEIVED = `query($person: PersonRef!, $from: Date, $to: Date) {
  whoReceived(person: $person, from: $from, to: $to) {
    person { id display } from to
    recipients {
      recipient { id name class } categories { id } purposes { id } uses evidence firstOn lastOn
      optOutViolations { id occurredOn }
    }
  }
}`;
const SHINE_THE_LIGHT = `query($year: Int!, $person: PersonRef) {
  shineTheLightReport(year: $year, person: $person) {
    year periodStart periodEnd person { id }
    categories { code label }
    thirdParties { name address natureOfBusiness productsMarketed recipient { id } categories { code } }
    notices
  }
}`;
const DATA_MAP = `query($asOf: Date, $classes: [RecipientClass!], $categoryIds: [ID!], $purposeIds: [ID!]) {
  dataMap(asOf: $asOf, recipientClasses: $classes, categoryIds: $categoryIds, purposeIds: $purposeIds) {
    nodes { id kind label group }
    edges { id source target kind label flowId flowKind }
  }
}`;
const DISCLOSURES = 'query($asOf: Date) { disclosures(asOf: $asOf) { id validFrom validTo } }';

const NOT_RESIDENT = 'not a California resident';
const NO_RELATIONSHIP = 'no established business relationship';

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** A server on an empty graph: its own directory (embedded) or the wiped test database (Neo4j). */
async function openServer(engine: TestServer['engine']): Promise<TestServer> {
  if (engine === 'neo4j') {
    const store = await freshStore('neo4j');
    await store.close();
  }
  return startTestServer({ engine, seed: 'none' });
}

/** The data of a response that must have succeeded; a failure names the GraphQL errors. */
function dataOf<T>(res: GraphqlResponse<T>, what: string): T {
  if (res.errors?.length || !res.data) {
    throw new Error(`${what} failed: ${JSON.stringify(res.errors ?? res)}`);
  }
  return res.data;
}

async function mutate(server: TestServer, document: string, variables: Record<string, unknown>, what: string): Promise<void> {
  dataOf(await server.gql(document, variables), what);
}

/** Creates a scenario through the public mutations, in dependency order. */
async function buildCompany(server: TestServer, s: Scenario): Promise<void> {
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

async function whoReceived(server: TestServer, person: PersonRef, from?: string, to?: string): Promise<WhoReceivedAnswer> {
  const res = await server.gql<{ whoReceived: WhoReceivedAnswer }>(WHO_RECEIVED, { person, from, to });
  return dataOf(res, 'whoReceived').whoReceived;
}

async function shineTheLight(server: TestServer, year: number, person?: PersonRef): Promise<StlReport> {
  const res = await server.gql<{ shineTheLightReport: StlReport }>(SHINE_THE_LIGHT, { year, person });
  return dataOf(res, 'shineTheLightReport').shineTheLightReport;
}

async function dataMap(
  server: TestServer,
  asOf: string,
  filters: { classes?: RecipientClass[]; categoryIds?: string[]; purposeIds?: string[] } = {},
): Promise<DataMapAnswer> {
  const res = await server.gql<{ dataMap: DataMapAnswer }>(DATA_MAP, { asOf, ...filters });
  return dataOf(res, 'dataMap').dataMap;
}

async function disclosureList(server: TestServer, asOf?: string): Promise<{ id: string; validFrom: string; validTo: string | null }[]> {
  const res = await server.gql<{ disclosures: { id: string; validFrom: string; validTo: string | null }[] }>(DISCLOSURES, { asOf });
  return dataOf(res, 'disclosures').disclosures;
}

/** A row reduced to what the rules decide, for exact comparison. */
function summarise(row: ReceivedRow) {
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

function rowFor(answer: WhoReceivedAnswer, recipientId: string): ReceivedRow | undefined {
  return answer.recipients.find((r) => r.recipient.id === recipientId);
}

function recipientIds(answer: WhoReceivedAnswer): string[] {
  return answer.recipients.map((r) => r.recipient.id);
}

function thirdPartyIds(report: StlReport): string[] {
  return report.thirdParties.map((t) => t.recipient.id);
}

function codes(list: { code: string }[]): string[] {
  return list.map((c) => c.code);
}

function nodeIds(map: DataMapAnswer, kind: string): string[] {
  return map.nodes
    .filter((n) => n.kind === kind)
    .map((n) => n.id)
    .sort();
}

function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

function firstError(res: GraphqlResponse<unknown>): { code?: string; field?: string } {
  return { code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field };
}

// ---------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------

/** 1. Windows: membership, disclosure validity and the window intersect, inclusively. */
const WINDOWS: Scenario = {
  categories: [{ id: 'w-email', name: 'Email' }],
  purposes: [{ id: 'w-analytics', name: 'Analytics' }],
  segments: [
    { id: 'w-seg', name: 'Window segment' },
    { id: 'w-open-seg', name: 'Open segment' },
  ],
  recipients: [
    { id: 'w-acme', name: 'Acme Analytics', class: 'THIRD_PARTY' },
    { id: 'w-beta', name: 'Beta Insights', class: 'THIRD_PARTY' },
  ],
  disclosures: [
    {
      id: 'w-d-closed',
      recipientId: 'w-acme',
      categoryIds: ['w-email'],
      segmentIds: ['w-seg'],
      purposeIds: ['w-analytics'],
      use: 'OWN_OTHER_USE',
      validFrom: '2024-03-01',
      validTo: '2024-09-30',
    },
    {
      id: 'w-d-open',
      recipientId: 'w-beta',
      categoryIds: ['w-email'],
      segmentIds: ['w-open-seg'],
      purposeIds: ['w-analytics'],
      use: 'OWN_OTHER_USE',
      validFrom: '2024-01-01',
    },
  ],
  people: [
    { email: 'win@example.com', memberships: [{ segmentId: 'w-seg', since: '2024-06-01' }] },
    { email: 'open@example.com', memberships: [{ segmentId: 'w-open-seg', since: '2024-01-01' }] },
  ],
};

/** 2. Two memberships (overlapping, or one after the other) reaching the same recipient through two disclosures. */
const MEMBERSHIPS: Scenario = {
  // Ids and names sort in opposite orders: categories are listed by name.
  categories: [
    { id: 'm-1-zip', name: 'Zip code' },
    { id: 'm-2-age', name: 'Age' },
  ],
  purposes: [{ id: 'm-research', name: 'Research' }],
  segments: [
    { id: 'm-a', name: 'Segment A' },
    { id: 'm-b', name: 'Segment B' },
  ],
  recipients: [{ id: 'm-mercury', name: 'Mercury Research', class: 'THIRD_PARTY' }],
  disclosures: [
    {
      id: 'm-d-a',
      recipientId: 'm-mercury',
      categoryIds: ['m-1-zip'],
      segmentIds: ['m-a'],
      purposeIds: ['m-research'],
      use: 'OWN_OTHER_USE',
      validFrom: '2024-01-01',
    },
    {
      id: 'm-d-b',
      recipientId: 'm-mercury',
      categoryIds: ['m-2-age'],
      segmentIds: ['m-b'],
      purposeIds: ['m-research'],
      use: 'OWN_DIRECT_MARKETING',
      validFrom: '2024-01-01',
    },
  ],
  people: [
    {
      email: 'overlap@example.com',
      memberships: [
        { segmentId: 'm-a', since: '2024-02-01', until: '2024-04-30' },
        { segmentId: 'm-b', since: '2024-04-15', until: '2024-08-31' },
      ],
    },
    {
      email: 'sequence@example.com',
      memberships: [
        { segmentId: 'm-a', since: '2024-01-10', until: '2024-01-31' },
        { segmentId: 'm-b', since: '2024-03-01', until: '2024-03-15' },
      ],
    },
  ],
};

/**
 * 3. Opt-out scopes. Every person is in o-seg from 2024-01-01; every
 * disclosure is about o-seg, valid from 2024-01-01, open; one per recipient:
 *   o-af     "Alpha Affiliate"    AFFILIATE    o-ops            OWN_OTHER_USE
 *   o-adnet  "Bravo Adnet"        PROCESSOR    o-ops + o-ads    ON_OUR_BEHALF   (o-ads: targetedAdvertising)
 *   o-cu     "Charlie Customer"   CUSTOMER     o-ops            OWN_OTHER_USE
 *   o-mailer "Delta Mailer"       AFFILIATE    o-mkt            OWN_DIRECT_MARKETING
 *   o-pr     "Papa Processor"     PROCESSOR    o-ops            ON_OUR_BEHALF
 *   o-promo  "Quebec Promo"       AFFILIATE    o-mkt            OWN_OTHER_USE   (directMarketing purpose, but not the use)
 *   o-tp     "Tango Third Party"  THIRD_PARTY  o-ops            OWN_OTHER_USE
 */
const OPT_OUT_RECIPIENTS: RecipientInput[] = [
  { id: 'o-af', name: 'Alpha Affiliate', class: 'AFFILIATE' },
  { id: 'o-adnet', name: 'Bravo Adnet', class: 'PROCESSOR' },
  { id: 'o-cu', name: 'Charlie Customer', class: 'CUSTOMER' },
  { id: 'o-mailer', name: 'Delta Mailer', class: 'AFFILIATE' },
  { id: 'o-pr', name: 'Papa Processor', class: 'PROCESSOR' },
  { id: 'o-promo', name: 'Quebec Promo', class: 'AFFILIATE' },
  { id: 'o-tp', name: 'Tango Third Party', class: 'THIRD_PARTY' },
];
const ALL_OPT_OUT_RECIPIENTS = OPT_OUT_RECIPIENTS.map((r) => r.id);

function optOutDisclosure(recipientId: string, purposeIds: string[], use: DisclosureUse): DisclosureInput {
  return { id: `${recipientId}-d`, recipientId, categoryIds: ['o-cat'], segmentIds: ['o-seg'], purposeIds, use, validFrom: '2024-01-01' };
}

const OPT_OUTS: Scenario = {
  categories: [{ id: 'o-cat', name: 'Profile' }],
  purposes: [
    { id: 'o-ops', name: 'Operations' },
    { id: 'o-ads', name: 'Targeted ads', targetedAdvertising: true },
    { id: 'o-mkt', name: 'Offers', directMarketing: true, targetedAdvertising: false },
  ],
  segments: [{ id: 'o-seg', name: 'Members' }],
  recipients: OPT_OUT_RECIPIENTS,
  disclosures: [
    optOutDisclosure('o-af', ['o-ops'], 'OWN_OTHER_USE'),
    optOutDisclosure('o-adnet', ['o-ops', 'o-ads'], 'ON_OUR_BEHALF'),
    optOutDisclosure('o-cu', ['o-ops'], 'OWN_OTHER_USE'),
    optOutDisclosure('o-mailer', ['o-mkt'], 'OWN_DIRECT_MARKETING'),
    optOutDisclosure('o-pr', ['o-ops'], 'ON_OUR_BEHALF'),
    optOutDisclosure('o-promo', ['o-mkt'], 'OWN_OTHER_USE'),
    optOutDisclosure('o-tp', ['o-ops'], 'OWN_OTHER_USE'),
  ],
  people: [
    { email: 'none@example.com', memberships: [{ segmentId: 'o-seg', since: '2024-01-01' }] },
    { email: 'tps@example.com', memberships: [{ segmentId: 'o-seg', since: '2024-01-01' }] },
    { email: 'offers@example.com', memberships: [{ segmentId: 'o-seg', since: '2024-01-01' }] },
    { email: 'ads@example.com', memberships: [{ segmentId: 'o-seg', since: '2024-01-01' }] },
    { email: 'dm@example.com', memberships: [{ segmentId: 'o-seg', since: '2024-01-01' }] },
    { email: 'mid@example.com', memberships: [{ segmentId: 'o-seg', since: '2024-01-01' }] },
    { email: 'early@example.com', memberships: [{ segmentId: 'o-seg', since: '2024-03-01' }] },
  ],
  optOuts: [
    // Effective on the first covered day (2024-01-01): suppressed flows leave nothing.
    { person: { email: 'tps@example.com' }, scope: 'THIRD_PARTY_SHARING', effectiveOn: '2024-01-01', channel: 'web' },
    { person: { email: 'offers@example.com' }, scope: 'CUSTOMER_OFFERS', effectiveOn: '2024-01-01' },
    { person: { email: 'ads@example.com' }, scope: 'TARGETED_ADVERTISING', effectiveOn: '2024-01-01' },
    { person: { email: 'dm@example.com' }, scope: 'DIRECT_MARKETING', effectiveOn: '2024-01-01' },
    // Mid-interval: covered 2024-01-01..2024-06-14 only.
    { person: { email: 'mid@example.com' }, scope: 'THIRD_PARTY_SHARING', effectiveOn: '2024-06-15' },
    // Before the membership starts (2024-03-01): nothing left.
    { person: { email: 'early@example.com' }, scope: 'THIRD_PARTY_SHARING', effectiveOn: '2024-02-01' },
  ],
};

/** 4. Violations: an opt-out is in force from its effectiveOn, inclusive. */
const VIOLATIONS: Scenario = {
  categories: [{ id: 'v-cat', name: 'Contact' }],
  purposes: [{ id: 'v-p', name: 'Partnership' }],
  recipients: [
    { id: 'v-tp', name: 'Victor Partners', class: 'THIRD_PARTY' },
    { id: 'v-pr', name: 'Vault Processing', class: 'PROCESSOR' },
  ],
  people: [{ email: 'vera@example.com' }],
  transfers: [
    {
      id: 'v-t-0509',
      recipientId: 'v-tp',
      categoryIds: ['v-cat'],
      purposeIds: ['v-p'],
      use: 'OWN_OTHER_USE',
      occurredOn: '2024-05-09',
      people: [{ email: 'vera@example.com' }],
    },
    {
      id: 'v-t-0510',
      recipientId: 'v-tp',
      categoryIds: ['v-cat'],
      purposeIds: ['v-p'],
      use: 'OWN_OTHER_USE',
      occurredOn: '2024-05-10',
      people: [{ email: 'vera@example.com' }],
    },
    {
      id: 'v-t-proc',
      recipientId: 'v-pr',
      categoryIds: ['v-cat'],
      purposeIds: ['v-p'],
      use: 'ON_OUR_BEHALF',
      occurredOn: '2024-05-20',
      people: [{ email: 'vera@example.com' }],
    },
  ],
  optOuts: [{ person: { email: 'vera@example.com' }, scope: 'THIRD_PARTY_SHARING', effectiveOn: '2024-05-10' }],
};

/** 5. Category hierarchy: a parent stands for its whole subtree. */
const HIERARCHY: Scenario = {
  categories: [
    { id: 'h-contact', name: 'Contact details' },
    { id: 'h-email', name: 'Email address', parentId: 'h-contact', shineTheLight: ['EMAIL_ADDRESS'] },
    { id: 'h-phone', name: 'Phone number', parentId: 'h-contact', shineTheLight: ['TELEPHONE_NUMBER'] },
    { id: 'h-postal', name: 'Postal details', parentId: 'h-contact' },
    { id: 'h-home-address', name: 'Home address', parentId: 'h-postal', shineTheLight: ['NAME_AND_ADDRESS'] },
  ],
  purposes: [{ id: 'h-offers', name: 'Partner offers', directMarketing: true }],
  segments: [{ id: 'h-seg', name: 'Customers' }],
  recipients: [{ id: 'h-partner', name: 'Harbor Partners', class: 'THIRD_PARTY', address: '9 Harbor St, Oakland, CA' }],
  disclosures: [
    {
      id: 'h-d',
      recipientId: 'h-partner',
      categoryIds: ['h-contact'],
      segmentIds: ['h-seg'],
      purposeIds: ['h-offers'],
      use: 'OWN_DIRECT_MARKETING',
      validFrom: '2024-01-01',
    },
  ],
  people: [
    {
      email: 'hugo@example.com',
      californiaResident: true,
      lastPurchaseOn: '2024-05-01',
      memberships: [{ segmentId: 'h-seg', since: '2024-01-01' }],
    },
  ],
};

/**
 * 6. Shine the Light. Recipients (name sorts differently from id):
 *   s-proc     "Ace Processing"       PROCESSOR   registerProcessor, ON_OUR_BEHALF from 2023-01-01  [s-email, s-name]
 *   s-gov      "Board of Revenue"     AUTHORITY   LEGAL_OBLIGATION from 2023-01-01                  [s-name]
 *   s-aff      "Zephyr Sister Brand"  AFFILIATE   OWN_DIRECT_MARKETING from 2023-01-01, open        [s-purchases]
 *   s-z-ended  "Mallow Lists"         THIRD_PARTY OWN_DIRECT_MARKETING 2024-02-01, ended 2024-12-31 [s-email]
 *   s-y-late   "Birch Catalog"        CUSTOMER    OWN_DIRECT_MARKETING from 2025-12-31               [s-phone]
 *   s-x-xfer   "Cedar Coupons"        THIRD_PARTY no disclosure; transfers: 2024-12-31 OWN_OTHER_USE,
 *                                                 2025-01-01 OWN_DIRECT_MARKETING                     [s-name]
 * Categories: s-email EMAIL_ADDRESS, s-name NAME_AND_ADDRESS, s-purchases PRODUCTS_PURCHASED, s-phone TELEPHONE_NUMBER.
 */
const SHINE: Scenario = {
  categories: [
    { id: 's-email', name: 'Email', shineTheLight: ['EMAIL_ADDRESS'] },
    { id: 's-name', name: 'Name and postal address', shineTheLight: ['NAME_AND_ADDRESS'] },
    { id: 's-purchases', name: 'Purchases', shineTheLight: ['PRODUCTS_PURCHASED'] },
    { id: 's-phone', name: 'Phone', shineTheLight: ['TELEPHONE_NUMBER'] },
  ],
  purposes: [
    { id: 's-ops', name: 'Operations' },
    { id: 's-offers', name: 'Offers', directMarketing: true },
  ],
  segments: [{ id: 's-customers', name: 'Customers' }],
  recipients: [
    { id: 's-gov', name: 'Board of Revenue', class: 'AUTHORITY' },
    {
      id: 's-aff',
      name: 'Zephyr Sister Brand',
      class: 'AFFILIATE',
      address: '1 Zephyr Way, San Jose, CA 95110',
      natureOfBusiness: 'Apparel retail',
      productsMarketed: ['shoes', 'jackets'],
    },
    {
      id: 's-z-ended',
      name: 'Mallow Lists',
      class: 'THIRD_PARTY',
      address: '5 Mallow Rd, Fresno, CA',
      natureOfBusiness: 'List broker',
      productsMarketed: ['mailing lists'],
    },
    { id: 's-y-late', name: 'Birch Catalog', class: 'CUSTOMER', natureOfBusiness: 'Catalog sales', productsMarketed: ['furniture'] },
    { id: 's-x-xfer', name: 'Cedar Coupons', class: 'THIRD_PARTY', natureOfBusiness: 'Coupons' },
  ],
  processors: [
    {
      id: 's-proc',
      name: 'Ace Processing',
      agreementSignedOn: '2022-12-01',
      categoryIds: ['s-email', 's-name'],
      purposeIds: ['s-ops'],
      segmentIds: ['s-customers'],
      validFrom: '2023-01-01',
    },
  ],
  disclosures: [
    {
      id: 's-d-gov',
      recipientId: 's-gov',
      categoryIds: ['s-name'],
      segmentIds: ['s-customers'],
      purposeIds: ['s-ops'],
      use: 'LEGAL_OBLIGATION',
      validFrom: '2023-01-01',
    },
    {
      id: 's-d-aff',
      recipientId: 's-aff',
      categoryIds: ['s-purchases'],
      segmentIds: ['s-customers'],
      purposeIds: ['s-offers'],
      use: 'OWN_DIRECT_MARKETING',
      validFrom: '2023-01-01',
    },
    {
      id: 's-d-ended',
      recipientId: 's-z-ended',
      categoryIds: ['s-email'],
      segmentIds: ['s-customers'],
      purposeIds: ['s-offers'],
      use: 'OWN_DIRECT_MARKETING',
      validFrom: '2024-02-01',
    },
    {
      id: 's-d-late',
      recipientId: 's-y-late',
      categoryIds: ['s-phone'],
      segmentIds: ['s-customers'],
      purposeIds: ['s-offers'],
      use: 'OWN_DIRECT_MARKETING',
      validFrom: '2025-12-31',
    },
  ],
  endings: [{ id: 's-d-ended', validTo: '2024-12-31' }],
  people: [
    // Ann: resident, last purchase exactly 18 months before 2025-12-31 (2024-06-30): still established.
    {
      email: 'ann@example.com',
      californiaResident: true,
      relationshipSince: '2020-01-01',
      lastPurchaseOn: '2024-06-30',
      memberships: [{ segmentId: 's-customers', since: '2023-01-01' }],
    },
    // Bob: not resident, last purchase one day earlier (2024-06-29): lapsed for 2025, established for 2024.
    {
      email: 'bob@example.com',
      californiaResident: false,
      lastPurchaseOn: '2024-06-29',
      memberships: [{ segmentId: 's-customers', since: '2023-01-01' }],
    },
    // Cy: residency unknown, nothing recorded about the relationship.
    { email: 'cy@example.com' },
    // Dee: resident, relationship recorded without a purchase date.
    { email: 'dee@example.com', californiaResident: true, relationshipSince: '2019-05-01' },
  ],
  transfers: [
    {
      id: 's-t-2024',
      recipientId: 's-x-xfer',
      categoryIds: ['s-name'],
      purposeIds: ['s-ops'],
      use: 'OWN_OTHER_USE',
      occurredOn: '2024-12-31',
      people: [{ email: 'ann@example.com' }],
    },
    {
      id: 's-t-2025',
      recipientId: 's-x-xfer',
      categoryIds: ['s-name'],
      purposeIds: ['s-offers'],
      use: 'OWN_DIRECT_MARKETING',
      occurredOn: '2025-01-01',
      people: [{ email: 'ann@example.com' }],
    },
    {
      id: 's-t-proc',
      recipientId: 's-proc',
      categoryIds: ['s-email'],
      purposeIds: ['s-ops'],
      use: 'ON_OUR_BEHALF',
      occurredOn: '2025-03-03',
      people: [{ email: 'ann@example.com' }],
    },
  ],
  // Bob opted out of third-party sharing before Mallow's disclosure began (2024-02-01) and long before Birch's (2025-12-31).
  optOuts: [{ person: { email: 'bob@example.com' }, scope: 'THIRD_PARTY_SHARING', effectiveOn: '2024-01-15' }],
};

/** 7. The map as of a date. */
const MAP: Scenario = {
  categories: [{ id: 'd-cat', name: 'Device data' }],
  purposes: [{ id: 'd-p', name: 'Measurement' }],
  segments: [{ id: 'd-seg', name: 'Visitors' }],
  recipients: [{ id: 'd-tp', name: 'Dune Metrics', class: 'THIRD_PARTY' }],
  processors: [
    {
      id: 'd-pr',
      name: 'Dell Hosting',
      agreementSignedOn: '2023-12-01',
      categoryIds: ['d-cat'],
      purposeIds: ['d-p'],
      segmentIds: ['d-seg'],
      validFrom: '2024-01-01',
    },
  ],
  disclosures: [
    {
      id: 'd-d1',
      recipientId: 'd-tp',
      categoryIds: ['d-cat'],
      segmentIds: ['d-seg'],
      purposeIds: ['d-p'],
      use: 'OWN_OTHER_USE',
      validFrom: '2024-01-01',
    },
  ],
  endings: [{ id: 'd-d1', validTo: '2024-06-30' }],
};

/** 8. Rejected inputs. */
const ERRORS: Scenario = {
  categories: [{ id: 'e-cat', name: 'Email' }],
  purposes: [{ id: 'e-p', name: 'Support' }],
  segments: [{ id: 'e-seg', name: 'Users' }],
  recipients: [{ id: 'e-r', name: 'Echo Partners', class: 'THIRD_PARTY' }],
  disclosures: [
    {
      id: 'e-d1',
      recipientId: 'e-r',
      categoryIds: ['e-cat'],
      segmentIds: ['e-seg'],
      purposeIds: ['e-p'],
      use: 'OWN_OTHER_USE',
      validFrom: '2024-01-01',
    },
  ],
  people: [{ email: 'erin@example.com', memberships: [{ segmentId: 'e-seg', since: '2024-01-01' }] }],
};

/** 9. Identifiers. */
const IDENTIFIERS: Scenario = {
  categories: [{ id: 'i-cat', name: 'Contact' }],
  purposes: [{ id: 'i-p', name: 'Support' }],
  segments: [{ id: 'i-seg', name: 'Users' }],
  recipients: [{ id: 'i-r', name: 'India Helpdesk', class: 'THIRD_PARTY' }],
  disclosures: [
    {
      id: 'i-d',
      recipientId: 'i-r',
      categoryIds: ['i-cat'],
      segmentIds: ['i-seg'],
      purposeIds: ['i-p'],
      use: 'OWN_OTHER_USE',
      validFrom: '2024-01-01',
      validTo: '2024-12-31',
    },
  ],
  people: [{ email: 'Alice@Example.com', phone: '+1 415 555 0101', memberships: [{ segmentId: 'i-seg', since: '2024-02-01' }] }],
};

/** 10. Restart. */
const RESTART: Scenario = {
  categories: [{ id: 'r-cat', name: 'Contact' }],
  purposes: [{ id: 'r-p', name: 'Support' }],
  segments: [{ id: 'r-seg', name: 'Users' }],
  recipients: [{ id: 'r-r', name: 'Romeo Support', class: 'THIRD_PARTY' }],
  disclosures: [
    {
      id: 'r-d',
      recipientId: 'r-r',
      categoryIds: ['r-cat'],
      segmentIds: ['r-seg'],
      purposeIds: ['r-p'],
      use: 'OWN_OTHER_USE',
      validFrom: '2024-01-01',
      validTo: '2024-10-31',
    },
  ],
  people: [{ email: 'rita@example.com', memberships: [{ segmentId: 'r-seg', since: '2024-03-15' }] }],
  transfers: [
    {
      id: 'r-t',
      recipientId: 'r-r',
      categoryIds: ['r-cat'],
      purposeIds: ['r-p'],
      use: 'OWN_OTHER_USE',
      occurredOn: '2024-11-05',
      people: [{ email: 'rita@example.com' }],
    },
  ],
  optOuts: [{ person: { email: 'rita@example.com' }, scope: 'THIRD_PARTY_SHARING', effectiveOn: '2024-11-01' }],
};

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe.each(enginesUnderTest())('[%s] rules of PRODUCT.md §3', (engine) => {
  describe('1. windows: membership ∩ disclosure validity ∩ window', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openServer(engine);
      await buildCompany(server, WINDOWS);
    });
    afterAll(() => server.close());

    // Membership 2024-06-01..open, disclosure 2024-03-01..2024-09-30.
    it.each([
      // window 2024: max(06-01, 03-01, 01-01) = 06-01 .. min(open, 09-30, 12-31) = 09-30
      ['2024-01-01', '2024-12-31', { firstOn: '2024-06-01', lastOn: '2024-09-30' }],
      // window ending on the first day of the membership: one day
      ['2024-01-01', '2024-06-01', { firstOn: '2024-06-01', lastOn: '2024-06-01' }],
      // window ending on the disclosure's last day, starting on it
      ['2024-09-30', '2024-12-31', { firstOn: '2024-09-30', lastOn: '2024-09-30' }],
      // window ending the day before the membership: nothing
      ['2024-01-01', '2024-05-31', null],
      // window starting the day after the disclosure ended: nothing
      ['2024-10-01', '2024-12-31', null],
    ])('from %s to %s', async (from, to, expected) => {
      const answer = await whoReceived(server, { email: 'win@example.com' }, from, to);
      expect(answer.from).toBe(from);
      expect(answer.to).toBe(to);
      if (expected === null) {
        expect(answer.recipients).toEqual([]);
        return;
      }
      expect(answer.recipients.map(summarise)).toEqual([
        {
          recipient: 'w-acme',
          categories: ['w-email'],
          purposes: ['w-analytics'],
          uses: ['OWN_OTHER_USE'],
          evidence: ['INFERRED'],
          firstOn: expected.firstOn,
          lastOn: expected.lastOn,
          violations: [],
        },
      ]);
    });

    it('defaults from to the beginning and to to today (UTC)', async () => {
      // Disclosure 2024-01-01..open, membership 2024-01-01..open: covered up to today.
      const before = utcToday();
      const answer = await whoReceived(server, { email: 'open@example.com' });
      const after = utcToday();
      expect(answer.from).toBeNull();
      expect([before, after]).toContain(answer.to);
      expect(answer.recipients.map((r) => [r.recipient.id, r.evidence, r.firstOn, r.lastOn])).toEqual([
        ['w-beta', ['INFERRED'], '2024-01-01', answer.to],
      ]);
    });
  });

  describe('2. several memberships reaching one recipient', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openServer(engine);
      await buildCompany(server, MEMBERSHIPS);
    });
    afterAll(() => server.close());

    it.each([
      // m-a 02-01..04-30 via m-d-a, m-b 04-15..08-31 via m-d-b → one row 02-01..08-31
      ['overlap@example.com', '2024-02-01', '2024-08-31'],
      // m-a 01-10..01-31, m-b 03-01..03-15 (a gap between) → one row 01-10..03-15
      ['sequence@example.com', '2024-01-10', '2024-03-15'],
    ])('%s: one row spanning both memberships, categories united and listed by name', async (email, firstOn, lastOn) => {
      const answer = await whoReceived(server, { email }, '2024-01-01', '2024-12-31');
      expect(answer.recipients.map(summarise)).toEqual([
        {
          recipient: 'm-mercury',
          // "Age" (m-2-age) before "Zip code" (m-1-zip)
          categories: ['m-2-age', 'm-1-zip'],
          purposes: ['m-research'],
          uses: ['OWN_DIRECT_MARKETING', 'OWN_OTHER_USE'],
          evidence: ['INFERRED'],
          firstOn,
          lastOn,
          violations: [],
        },
      ]);
    });

    it('a window covering only the first membership keeps only its categories', async () => {
      // overlap@: window 2024-02-01..2024-04-14 meets m-a only (m-b starts 04-15).
      const answer = await whoReceived(server, { email: 'overlap@example.com' }, '2024-02-01', '2024-04-14');
      expect(answer.recipients.map(summarise)).toEqual([
        {
          recipient: 'm-mercury',
          categories: ['m-1-zip'],
          purposes: ['m-research'],
          uses: ['OWN_OTHER_USE'],
          evidence: ['INFERRED'],
          firstOn: '2024-02-01',
          lastOn: '2024-04-14',
          violations: [],
        },
      ]);
    });
  });

  describe('3. opt-out scopes', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openServer(engine);
      await buildCompany(server, OPT_OUTS);
    });
    afterAll(() => server.close());

    const without = (...suppressed: string[]) => ALL_OPT_OUT_RECIPIENTS.filter((id) => !suppressed.includes(id));

    it.each([
      // No opt-out: all seven, sorted by name.
      ['none@example.com', 'no opt-out', without()],
      // THIRD_PARTY and CUSTOMER classes; not PROCESSOR (o-pr, o-adnet) nor AFFILIATE (o-af, o-mailer, o-promo).
      ['tps@example.com', 'THIRD_PARTY_SHARING', without('o-cu', 'o-tp')],
      // CUSTOMER only: the THIRD_PARTY o-tp stays.
      ['offers@example.com', 'CUSTOMER_OFFERS', without('o-cu')],
      // A flow with any targeted-advertising purpose (o-adnet has o-ops + o-ads); o-mailer's directMarketing purpose is not targeted.
      ['ads@example.com', 'TARGETED_ADVERTISING', without('o-adnet')],
      // Use OWN_DIRECT_MARKETING only: o-promo has a directMarketing purpose but use OWN_OTHER_USE, o-adnet targets ads ON_OUR_BEHALF.
      ['dm@example.com', 'DIRECT_MARKETING', without('o-mailer')],
    ])('%s (%s, effective on the first covered day) leaves %j', async (email, _scope, expected) => {
      const answer = await whoReceived(server, { email }, '2024-01-01', '2024-12-31');
      expect(recipientIds(answer)).toEqual(expected);
      for (const row of answer.recipients) {
        expect([row.recipient.id, row.firstOn, row.lastOn, row.evidence]).toEqual([
          row.recipient.id,
          '2024-01-01',
          '2024-12-31',
          ['INFERRED'],
        ]);
      }
    });

    it('an opt-out effective mid-interval cuts lastOn to the day before', async () => {
      // THIRD_PARTY_SHARING from 2024-06-15: o-cu and o-tp covered 2024-01-01..2024-06-14; the rest to 2024-12-31.
      const answer = await whoReceived(server, { email: 'mid@example.com' }, '2024-01-01', '2024-12-31');
      expect(answer.recipients.map((r) => [r.recipient.id, r.firstOn, r.lastOn])).toEqual([
        ['o-af', '2024-01-01', '2024-12-31'],
        ['o-adnet', '2024-01-01', '2024-12-31'],
        ['o-cu', '2024-01-01', '2024-06-14'],
        ['o-mailer', '2024-01-01', '2024-12-31'],
        ['o-pr', '2024-01-01', '2024-12-31'],
        ['o-promo', '2024-01-01', '2024-12-31'],
        ['o-tp', '2024-01-01', '2024-06-14'],
      ]);
    });

    it('a window that ends before the opt-out is not affected by it', async () => {
      // mid@: window 2024-01-01..2024-06-14 ends the day before the opt-out.
      const answer = await whoReceived(server, { email: 'mid@example.com' }, '2024-01-01', '2024-06-14');
      expect(recipientIds(answer)).toEqual(ALL_OPT_OUT_RECIPIENTS);
      expect(new Set(answer.recipients.map((r) => r.lastOn))).toEqual(new Set(['2024-06-14']));
    });

    it('a window starting on the opt-out day sees nothing of the suppressed flows', async () => {
      // mid@: window 2024-06-15..2024-12-31: o-cu and o-tp fully suppressed.
      const answer = await whoReceived(server, { email: 'mid@example.com' }, '2024-06-15', '2024-12-31');
      expect(recipientIds(answer)).toEqual(without('o-cu', 'o-tp'));
    });

    it('an opt-out effective before the membership starts removes the inferred rows entirely', async () => {
      // early@: member from 2024-03-01, THIRD_PARTY_SHARING from 2024-02-01.
      const answer = await whoReceived(server, { email: 'early@example.com' }, '2024-01-01', '2024-12-31');
      expect(recipientIds(answer)).toEqual(without('o-cu', 'o-tp'));
      expect(rowFor(answer, 'o-af')?.firstOn).toBe('2024-03-01');
    });
  });

  describe('4. opt-out violations', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openServer(engine);
      await buildCompany(server, VIOLATIONS);
    });
    afterAll(() => server.close());

    it('a transfer on the effectiveOn day is a violation, the day before is not; both count as CONFIRMED', async () => {
      // v-tp (THIRD_PARTY): 05-09 (before the opt-out) and 05-10 (its first day) → firstOn 05-09, lastOn 05-10, violation v-t-0510.
      // v-pr (PROCESSOR): not suppressed by THIRD_PARTY_SHARING → no violation.
      // Rows by recipient name: "Vault Processing" before "Victor Partners".
      const answer = await whoReceived(server, { email: 'vera@example.com' }, '2024-01-01', '2024-12-31');
      expect(answer.recipients.map(summarise)).toEqual([
        {
          recipient: 'v-pr',
          categories: ['v-cat'],
          purposes: ['v-p'],
          uses: ['ON_OUR_BEHALF'],
          evidence: ['CONFIRMED'],
          firstOn: '2024-05-20',
          lastOn: '2024-05-20',
          violations: [],
        },
        {
          recipient: 'v-tp',
          categories: ['v-cat'],
          purposes: ['v-p'],
          uses: ['OWN_OTHER_USE'],
          evidence: ['CONFIRMED'],
          firstOn: '2024-05-09',
          lastOn: '2024-05-10',
          violations: ['v-t-0510@2024-05-10'],
        },
      ]);
    });

    it.each([
      ['2024-05-09', '2024-05-09', []],
      ['2024-05-10', '2024-05-10', ['v-t-0510@2024-05-10']],
    ])('a window of one day %s..%s still shows the transfer, violations %j', async (from, to, violations) => {
      const answer = await whoReceived(server, { email: 'vera@example.com' }, from, to);
      expect(answer.recipients.map(summarise)).toEqual([
        {
          recipient: 'v-tp',
          categories: ['v-cat'],
          purposes: ['v-p'],
          uses: ['OWN_OTHER_USE'],
          evidence: ['CONFIRMED'],
          firstOn: from,
          lastOn: to,
          violations,
        },
      ]);
    });
  });

  describe('5. category hierarchy', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openServer(engine);
      await buildCompany(server, HIERARCHY);
    });
    afterAll(() => server.close());

    // h-contact = {h-contact, h-email (EMAIL_ADDRESS), h-phone (TELEPHONE_NUMBER), h-postal, h-home-address (NAME_AND_ADDRESS)}
    // → statutory order: NAME_AND_ADDRESS (1), EMAIL_ADDRESS (2), TELEPHONE_NUMBER (13).
    const EXPECTED_CATEGORIES = [
      { code: 'NAME_AND_ADDRESS', label: 'Name and address' },
      { code: 'EMAIL_ADDRESS', label: 'Electronic mail address' },
      { code: 'TELEPHONE_NUMBER', label: 'Telephone number' },
    ];

    it('the standard report expands a declared parent to its subtree’s codes, in statutory order', async () => {
      const report = await shineTheLight(server, 2024);
      expect(report.categories).toEqual(EXPECTED_CATEGORIES);
      expect(report.thirdParties.map((t) => [t.recipient.id, t.name, t.address, codes(t.categories)])).toEqual([
        ['h-partner', 'Harbor Partners', '9 Harbor St, Oakland, CA', ['NAME_AND_ADDRESS', 'EMAIL_ADDRESS', 'TELEPHONE_NUMBER']],
      ]);
    });

    it('the per-person report expands it the same way', async () => {
      const report = await shineTheLight(server, 2024, { email: 'hugo@example.com' });
      expect(report.categories).toEqual(EXPECTED_CATEGORIES);
      expect(thirdPartyIds(report)).toEqual(['h-partner']);
      // Resident, last purchase 2024-05-01 (after the cutoff 2023-06-30): no notices.
      expect(report.notices).toEqual([]);
    });

    it('whoReceived lists the category as declared (the parent, not its subtree)', async () => {
      const answer = await whoReceived(server, { email: 'hugo@example.com' }, '2024-01-01', '2024-12-31');
      expect(answer.recipients.map((r) => [r.recipient.id, r.categories.map((c) => c.id)])).toEqual([['h-partner', ['h-contact']]]);
    });
  });

  describe('6. Shine the Light', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openServer(engine);
      await buildCompany(server, SHINE);
    });
    afterAll(() => server.close());

    it.each([
      // 2024: Zephyr (s-aff, affiliate, open) and Mallow (s-z-ended, ended on 2024-12-31).
      // Not: Ace Processing (ON_OUR_BEHALF), Board of Revenue (LEGAL_OBLIGATION), Birch (starts 2025-12-31),
      // Cedar (2024-12-31 transfer is OWN_OTHER_USE). By name: Mallow Lists, Zephyr Sister Brand.
      [2024, ['s-z-ended', 's-aff'], ['EMAIL_ADDRESS', 'PRODUCTS_PURCHASED']],
      // 2025: Zephyr (open), Birch (from 2025-12-31), Cedar (transfer 2025-01-01). Not Mallow (ended 2024-12-31).
      // By name: Birch Catalog, Cedar Coupons, Zephyr Sister Brand. Codes: NAME_AND_ADDRESS(1), TELEPHONE_NUMBER(13), PRODUCTS_PURCHASED(18).
      [2025, ['s-y-late', 's-x-xfer', 's-aff'], ['NAME_AND_ADDRESS', 'TELEPHONE_NUMBER', 'PRODUCTS_PURCHASED']],
      // 2026: only the open ones: Birch and Zephyr.
      [2026, ['s-y-late', 's-aff'], ['TELEPHONE_NUMBER', 'PRODUCTS_PURCHASED']],
      // 2022: nothing had started.
      [2022, [], []],
    ])('standard report %i lists %j with categories %j', async (year, thirdParties, categoryCodes) => {
      const report = await shineTheLight(server, year);
      expect([report.year, report.periodStart, report.periodEnd, report.person, report.notices]).toEqual([
        year,
        `${year}-01-01`,
        `${year}-12-31`,
        null,
        [],
      ]);
      expect(thirdPartyIds(report)).toEqual(thirdParties);
      expect(codes(report.categories)).toEqual(categoryCodes);
    });

    it('gives each third party its name, address, nature of business, products and own categories', async () => {
      const report = await shineTheLight(server, 2024);
      expect(report.thirdParties).toEqual([
        {
          name: 'Mallow Lists',
          address: '5 Mallow Rd, Fresno, CA',
          natureOfBusiness: 'List broker',
          productsMarketed: ['mailing lists'],
          recipient: { id: 's-z-ended' },
          categories: [{ code: 'EMAIL_ADDRESS' }],
        },
        {
          name: 'Zephyr Sister Brand',
          address: '1 Zephyr Way, San Jose, CA 95110',
          natureOfBusiness: 'Apparel retail',
          productsMarketed: ['shoes', 'jackets'],
          recipient: { id: 's-aff' },
          categories: [{ code: 'PRODUCTS_PURCHASED' }],
        },
      ]);
    });

    it.each([
      // Ann 2024: inferred Zephyr (all year) and Mallow (2024-02-01..12-31); Cedar's 2024-12-31 transfer is OWN_OTHER_USE.
      // Last purchase 2024-06-30 ≥ 2023-06-30 → established; resident → no notices.
      ['ann@example.com', 2024, ['s-z-ended', 's-aff'], ['EMAIL_ADDRESS', 'PRODUCTS_PURCHASED'], []],
      // Ann 2025: Birch (inferred on 2025-12-31 only), Cedar (confirmed 2025-01-01), Zephyr. Not Ace (ON_OUR_BEHALF transfer),
      // not Board of Revenue. Last purchase 2024-06-30 = 2025-12-31 − 18 months → still established.
      ['ann@example.com', 2025, ['s-y-late', 's-x-xfer', 's-aff'], ['NAME_AND_ADDRESS', 'TELEPHONE_NUMBER', 'PRODUCTS_PURCHASED'], []],
      // Bob 2024: THIRD_PARTY_SHARING from 2024-01-15 removes Mallow (THIRD_PARTY, from 2024-02-01); Zephyr (AFFILIATE) stays.
      // Not resident; last purchase 2024-06-29 ≥ 2023-06-30 → established.
      ['bob@example.com', 2024, ['s-aff'], ['PRODUCTS_PURCHASED'], [NOT_RESIDENT]],
      // Bob 2025: Birch (CUSTOMER) suppressed too. Last purchase 2024-06-29 < 2024-06-30 → lapsed.
      ['bob@example.com', 2025, ['s-aff'], ['PRODUCTS_PURCHASED'], [NO_RELATIONSHIP, NOT_RESIDENT]],
      // Cy: no memberships, residency unknown (no residency notice), no relationship recorded.
      ['cy@example.com', 2025, [], [], [NO_RELATIONSHIP]],
      // Dee: relationshipSince recorded, no purchase date → established; resident.
      ['dee@example.com', 2025, [], [], []],
    ])('per-person report for %s, %i: %j %j notices %j', async (email, year, thirdParties, categoryCodes, notices) => {
      const report = await shineTheLight(server, year, { email });
      const who = await whoReceived(server, { email }, `${year}-01-01`, `${year}-12-31`);
      expect(report.person?.id).toBe(who.person.id);
      expect([report.year, report.periodStart, report.periodEnd]).toEqual([year, `${year}-01-01`, `${year}-12-31`]);
      expect(thirdPartyIds(report)).toEqual(thirdParties);
      expect(codes(report.categories)).toEqual(categoryCodes);
      expect([...report.notices].sort()).toEqual([...notices].sort());
    });

    it('never reports the processor or the authority, though the person’s data reached them', async () => {
      const who = await whoReceived(server, { email: 'ann@example.com' }, '2025-01-01', '2025-12-31');
      expect(recipientIds(who)).toEqual(expect.arrayContaining(['s-proc', 's-gov']));
      const report = await shineTheLight(server, 2025, { email: 'ann@example.com' });
      expect(thirdPartyIds(report)).not.toContain('s-proc');
      expect(thirdPartyIds(report)).not.toContain('s-gov');
    });
  });

  describe('7. the map as of a date', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openServer(engine);
      await buildCompany(server, MAP);
    });
    afterAll(() => server.close());

    it('shows a disclosure’s recipient and its class on the disclosure’s last day', async () => {
      // d-d1 2024-01-01..2024-06-30 (ended); processor d-pr from 2024-01-01, open.
      const map = await dataMap(server, '2024-06-30');
      expect(nodeIds(map, 'recipient')).toEqual(['d-pr', 'd-tp']);
      expect(nodeIds(map, 'recipientClass')).toEqual(['PROCESSOR', 'THIRD_PARTY']);
      expect(nodeIds(map, 'category')).toEqual(['d-cat']);
      expect(map.nodes.find((n) => n.id === 'd-tp')).toEqual({
        id: 'd-tp',
        kind: 'recipient',
        label: 'Dune Metrics',
        group: 'THIRD_PARTY',
      });
      expect(map.edges.some((e) => e.flowId === 'd-d1' && e.source === 'd-cat' && e.target === 'd-tp')).toBe(true);
      expect(map.edges.some((e) => e.source === 'd-tp' && e.target === 'THIRD_PARTY')).toBe(true);
    });

    it('drops the recipient the day after validTo', async () => {
      const map = await dataMap(server, '2024-07-01');
      expect(nodeIds(map, 'recipient')).toEqual(['d-pr']);
      expect(nodeIds(map, 'recipientClass')).toEqual(['PROCESSOR']);
      expect(map.edges.filter((e) => e.flowId === 'd-d1' || e.source === 'd-tp' || e.target === 'd-tp')).toEqual([]);
      expect((await disclosureList(server, '2024-07-01')).map((d) => d.id)).not.toContain('d-d1');
      expect((await disclosureList(server, '2024-06-30')).map((d) => d.id)).toContain('d-d1');
    });

    it('shows nothing before any flow is in force', async () => {
      const map = await dataMap(server, '2023-12-31');
      expect(map.nodes).toEqual([]);
      expect(map.edges).toEqual([]);
    });

    it.each([
      [['THIRD_PARTY'] as RecipientClass[], ['d-tp'], ['THIRD_PARTY']],
      [['PROCESSOR'] as RecipientClass[], ['d-pr'], ['PROCESSOR']],
      [['CUSTOMER'] as RecipientClass[], [], []],
    ])('filters recipients by class %j', async (classes, recipients, classNodes) => {
      const map = await dataMap(server, '2024-06-30', { classes });
      expect(nodeIds(map, 'recipient')).toEqual(recipients);
      expect(nodeIds(map, 'recipientClass')).toEqual(classNodes);
      for (const r of recipients) expect(map.nodes.find((n) => n.id === r)?.group).toBe(classNodes[0]);
    });
  });

  describe('8. rejected inputs change nothing', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openServer(engine);
      await buildCompany(server, ERRORS);
    });
    afterAll(() => server.close());

    const baseDisclosure: DisclosureInput = {
      recipientId: 'e-r',
      categoryIds: ['e-cat'],
      segmentIds: ['e-seg'],
      purposeIds: ['e-p'],
      use: 'OWN_OTHER_USE',
      validFrom: '2024-05-01',
    };
    const baseTransfer: TransferInput = {
      recipientId: 'e-r',
      categoryIds: ['e-cat'],
      purposeIds: ['e-p'],
      use: 'OWN_OTHER_USE',
      occurredOn: '2024-05-02',
      people: [{ email: 'erin@example.com' }],
    };

    /** Everything a rejected input could have touched. */
    async function snapshot(): Promise<unknown> {
      const res = await server.gql(`query { disclosures { id validFrom validTo } categories { id } recipients { id name class } }`);
      const who = await whoReceived(server, { email: 'erin@example.com' }, '2024-01-01', '2024-12-31');
      return { ...dataOf(res, 'snapshot'), who: who.recipients.map(summarise), person: who.person.id };
    }

    interface ErrorCase {
      name: string;
      document: string;
      variables: Record<string, unknown>;
      token?: null;
      code: string;
      field?: string | RegExp;
    }
    const cases: ErrorCase[] = [
      {
        name: 'validTo before validFrom',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, validTo: '2024-04-30' } },
        code: 'BAD_USER_INPUT',
        field: 'validTo',
      },
      {
        name: 'a date that is not on the calendar (2025-02-30)',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, validFrom: '2025-02-30' } },
        code: 'BAD_USER_INPUT',
        field: 'validFrom',
      },
      {
        name: 'an unknown category in second place',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, categoryIds: ['e-cat', 'e-nope'] } },
        code: 'BAD_USER_INPUT',
        field: 'categoryIds[1]',
      },
      {
        name: 'an id that is not a slug',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, id: 'Bad Id' } },
        code: 'BAD_USER_INPUT',
        field: 'id',
      },
      {
        name: 'a category id that is not a slug',
        document: UPSERT_CATEGORY,
        variables: { input: { id: 'Bad Id', name: 'Bad' } },
        code: 'BAD_USER_INPUT',
        field: 'id',
      },
      {
        name: 'the same id twice in a list',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, categoryIds: ['e-cat', 'e-cat'] } },
        code: 'BAD_USER_INPUT',
        field: /^categoryIds(\[1\])?$/,
      },
      {
        name: 'a transfer naming a person by two identifiers',
        document: RECORD_TRANSFER,
        variables: { input: { ...baseTransfer, people: [{ email: 'erin@example.com', phone: '4155550100' }] } },
        code: 'BAD_USER_INPUT',
        field: 'people[0]',
      },
      {
        name: 'a transfer with an unknown category in second place',
        document: RECORD_TRANSFER,
        variables: { input: { ...baseTransfer, categoryIds: ['e-cat', 'e-nope'] } },
        code: 'BAD_USER_INPUT',
        field: 'categoryIds[1]',
      },
      {
        name: 'a transfer including an unknown person',
        document: RECORD_TRANSFER,
        variables: { input: { ...baseTransfer, people: [{ email: 'erin@example.com' }, { email: 'nobody@example.com' }] } },
        code: 'NOT_FOUND',
      },
      {
        name: 'an opt-out naming a person by two identifiers',
        document: RECORD_OPT_OUT,
        variables: {
          input: { person: { email: 'erin@example.com', phone: '4155550100' }, scope: 'THIRD_PARTY_SHARING', effectiveOn: '2024-03-01' },
        },
        code: 'BAD_USER_INPUT',
        field: 'person',
      },
      {
        name: 'a duplicate explicit disclosure id',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, id: 'e-d1' } },
        code: 'CONFLICT',
      },
      {
        name: 'ending a disclosure before it began',
        document: END_DISCLOSURE,
        variables: { id: 'e-d1', validTo: '2023-12-31' },
        code: 'BAD_USER_INPUT',
        field: 'validTo',
      },
      {
        name: 'a valid mutation without a token',
        document: ADD_DISCLOSURE,
        variables: { input: { ...baseDisclosure, id: 'e-d-anon' } },
        token: null,
        code: 'UNAUTHENTICATED',
      },
    ];

    it.each(cases)('$name → $code', async ({ document, variables, token, code, field }) => {
      const before = await snapshot();
      const res = await server.gql(document, variables, token);
      expect(res.data ?? null).toBeNull();
      const error = firstError(res);
      expect(error.code).toBe(code);
      if (field instanceof RegExp) expect(error.field).toMatch(field);
      else if (field !== undefined) expect(error.field).toBe(field);
      expect(await snapshot()).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown person in whoReceived', async () => {
      const res = await server.gql(WHO_RECEIVED, { person: { email: 'nobody@example.com' } });
      expect(firstError(res).code).toBe('NOT_FOUND');
    });

    it.each([
      ['two identifiers', { email: 'erin@example.com', phone: '4155550100' }],
      ['no identifier', {}],
    ])('answers BAD_USER_INPUT for a whoReceived PersonRef with %s', async (_how, person: PersonRef) => {
      const res = await server.gql(WHO_RECEIVED, { person });
      expect(firstError(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'person' });
    });

    it('answers UNAUTHENTICATED to a query without a token', async () => {
      const res = await server.gql(WHO_RECEIVED, { person: { email: 'erin@example.com' } }, null);
      expect(res.data?.whoReceived ?? null).toBeNull();
      expect(firstError(res).code).toBe('UNAUTHENTICATED');
    });

    it('still has exactly the one disclosure it was built with', async () => {
      expect((await disclosureList(server)).map((d) => [d.id, d.validFrom, d.validTo])).toEqual([['e-d1', '2024-01-01', null]]);
    });
  });

  describe('9. identifiers', () => {
    let server: TestServer;
    let aliceId: string;
    beforeAll(async () => {
      server = await openServer(engine);
      await buildCompany(server, IDENTIFIERS);
      aliceId = (await whoReceived(server, { email: 'alice@example.com' }, '2024-01-01', '2024-12-31')).person.id;
    });
    afterAll(() => server.close());

    const lookups: [string, (id: string) => PersonRef][] = [
      ['email in another case, with spaces', () => ({ email: '  Alice@Example.COM ' })],
      ['phone as written at upsert', () => ({ phone: '+1 415 555 0101' })],
      ['phone with punctuation', () => ({ phone: '+1 (415) 555-0101' })],
      ['phone as digits', () => ({ phone: '14155550101' })],
      ['the person id', (id) => ({ id })],
    ];
    it.each(lookups)('finds the same person by %s', async (_how, refFor) => {
      const answer = await whoReceived(server, refFor(aliceId), '2024-01-01', '2024-12-31');
      expect(answer.person.id).toBe(aliceId);
      // Membership 2024-02-01..open ∩ disclosure 2024-01-01..2024-12-31.
      expect(answer.recipients.map((r) => [r.recipient.id, r.firstOn, r.lastOn])).toEqual([['i-r', '2024-02-01', '2024-12-31']]);
    });

    it('shows the person masked, never the raw identifier', async () => {
      const answer = await whoReceived(server, { phone: '14155550101' }, '2024-01-01', '2024-12-31');
      expect(answer.person.display).not.toMatch(/alice/i);
      expect(answer.person.display).not.toContain('4155550101');
    });

    it('upsertPerson with a known email and a new phone updates the same person', async () => {
      const res = await server.gql<{ upsertPerson: { id: string } }>(UPSERT_PERSON, {
        input: { email: 'ALICE@example.com ', phone: '(415) 555-0199' },
      });
      expect(dataOf(res, 'upsertPerson').upsertPerson.id).toBe(aliceId);
      const byNewPhone = await whoReceived(server, { phone: '4155550199' }, '2024-01-01', '2024-12-31');
      expect(byNewPhone.person.id).toBe(aliceId);
      const byOldPhone = await whoReceived(server, { phone: '14155550101' }, '2024-01-01', '2024-12-31');
      expect(byOldPhone.person.id).toBe(aliceId);
      // Nothing else changed: the same membership and row.
      expect(byNewPhone.recipients.map((r) => [r.recipient.id, r.firstOn, r.lastOn])).toEqual([['i-r', '2024-02-01', '2024-12-31']]);
    });
  });

  if (engine === 'embedded')
    describe('10. answers survive a restart', () => {
      let server: TestServer;
      beforeAll(async () => {
        server = await openServer(engine);
        await buildCompany(server, RESTART);
      });
      afterAll(() => server.close());

      it('gives the same whoReceived answer after a restart on the same data directory', async () => {
        // Inferred: membership 2024-03-15..open ∩ disclosure ..2024-10-31 → 2024-03-15..2024-10-31 (the opt-out on 11-01 is later).
        // Confirmed: r-t on 2024-11-05, after the THIRD_PARTY_SHARING opt-out of 2024-11-01 → a violation.
        const expected = [
          {
            recipient: 'r-r',
            categories: ['r-cat'],
            purposes: ['r-p'],
            uses: ['OWN_OTHER_USE'],
            evidence: ['CONFIRMED', 'INFERRED'],
            firstOn: '2024-03-15',
            lastOn: '2024-11-05',
            violations: ['r-t@2024-11-05'],
          },
        ];
        const before = await whoReceived(server, { email: 'rita@example.com' }, '2024-01-01', '2024-12-31');
        expect(before.recipients.map(summarise)).toEqual(expected);
        await server.close();
        server = await startTestServer({ engine: 'embedded', seed: 'none', dataDir: server.dataDir });
        const after = await whoReceived(server, { email: 'rita@example.com' }, '2024-01-01', '2024-12-31');
        expect(after).toEqual(before);
      });
    });
});
