/**
 * The shapes of the public GraphQL API (PRODUCT.md §5) that the web app reads.
 * Hand-written until the committed schema.gql is there to generate them from.
 */
export const RECIPIENT_CLASSES = ['AFFILIATE', 'PROCESSOR', 'CUSTOMER', 'ACQUIRER', 'THIRD_PARTY', 'AUTHORITY'] as const;
export type RecipientClass = (typeof RECIPIENT_CLASSES)[number];

export const DISCLOSURE_USES = [
  'ON_OUR_BEHALF',
  'OWN_DIRECT_MARKETING',
  'OWN_OTHER_USE',
  'LEGAL_OBLIGATION',
  'CORPORATE_TRANSACTION',
] as const;
export type DisclosureUse = (typeof DISCLOSURE_USES)[number];

export const SOURCE_KINDS = ['DIRECT', 'AUTOMATIC', 'THIRD_PARTY', 'PUBLIC'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export type Evidence = 'CONFIRMED' | 'INFERRED';

export interface Ref {
  id: string;
  name: string;
}

export interface DataCategory {
  id: string;
  name: string;
  description: string | null;
  sensitive: boolean | null;
  shineTheLight: string[] | null;
  ccpa: string[] | null;
  /** Civ. Code §1798.82(h) elements (BREACH_ELEMENTS); empty when none. */
  breachElements?: BreachElement[];
  parentId: string | null;
}

/** Civ. Code §1798.82(h): the elements whose breach obliges a notice (with a name, or credentials alone). */
export const BREACH_ELEMENTS = [
  'NAME',
  'SSN',
  'GOVERNMENT_ID',
  'FINANCIAL_ACCOUNT_WITH_CODE',
  'MEDICAL',
  'HEALTH_INSURANCE',
  'BIOMETRIC',
  'LICENSE_PLATE',
  'GENETIC',
  'ONLINE_CREDENTIALS',
] as const;
export type BreachElement = (typeof BREACH_ELEMENTS)[number];

export interface Purpose {
  id: string;
  name: string;
  description: string | null;
  directMarketing: boolean | null;
  targetedAdvertising: boolean | null;
}

export interface Source {
  id: string;
  name: string;
  kind: SourceKind;
}

export interface Segment {
  id: string;
  name: string;
  description: string | null;
}

export interface SystemInfo {
  id: string;
  name: string;
  owner: string | null;
  country: string | null;
}

export interface Recipient {
  id: string;
  name: string;
  class: RecipientClass;
  legalName: string | null;
  address: string | null;
  country: string | null;
  natureOfBusiness: string | null;
  productsMarketed: string[] | null;
  agreementSignedOn: string | null;
}

export interface RecipientRef {
  id: string;
  name: string;
  class: RecipientClass;
}

export interface Disclosure {
  id: string;
  recipient: RecipientRef;
  categories: Ref[];
  segments: Ref[];
  purposes: Ref[];
  systems: Ref[];
  policyClauses: PolicyClauseRef[];
  use: DisclosureUse;
  validFrom: string;
  validTo: string | null;
}

export interface Collection {
  id: string;
  source: { id: string; name: string; kind: SourceKind };
  categories: Ref[];
  segments: Ref[];
  purposes: Ref[];
  systems: Ref[];
  validFrom: string;
  validTo: string | null;
}

export type MapNodeKind = 'source' | 'category' | 'segment' | 'purpose' | 'system' | 'recipient' | 'recipientClass';
export type MapEdgeKind = 'collects' | 'stores' | 'concerns' | 'discloses' | 'from-system' | 'for-purpose' | 'in-class';

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
  flowKind: string | null;
}

export interface DataMap {
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface Person {
  id: string;
  display: string;
  californiaResident: boolean | null;
}

export interface Transfer {
  id: string;
  occurredOn: string;
  use: DisclosureUse;
  recipient: { id: string; name: string };
  categories: Ref[];
}

export interface ReceivedBy {
  recipient: RecipientRef;
  categories: Ref[];
  purposes: Ref[];
  uses: DisclosureUse[];
  evidence: Evidence[];
  firstOn: string;
  lastOn: string;
  optOutViolations: Transfer[];
}

export interface WhoReceived {
  person: Person;
  from: string | null;
  to: string;
  recipients: ReceivedBy[];
}

export interface ShineTheLightCategoryInfo {
  code: string;
  label: string;
}

export interface ShineTheLightThirdParty {
  recipient: { id: string; class: RecipientClass };
  name: string;
  address: string | null;
  natureOfBusiness: string | null;
  productsMarketed: string[];
  categories: ShineTheLightCategoryInfo[];
}

export interface ShineTheLightReport {
  year: number;
  periodStart: string;
  periodEnd: string;
  person: Person | null;
  categories: ShineTheLightCategoryInfo[];
  thirdParties: ShineTheLightThirdParty[];
  notices: string[];
}

export interface Organization {
  name: string;
  contactEmail: string | null;
  address: string | null;
  requestChannels: string[] | null;
}

/** One identifier of a person (PersonRef names exactly one). */
export const PERSON_KEYS = ['email', 'phone', 'externalId'] as const;
export type PersonKey = (typeof PERSON_KEYS)[number];
export type PersonRef = Partial<Record<PersonKey | 'id', string>>;

export interface PolicyClauseRef {
  id: string;
  section: string;
  title: string;
}
