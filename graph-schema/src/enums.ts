/** Closed vocabularies of the domain (PRODUCT.md §2–§3), each declared once as a const list. */

export const RECIPIENT_CLASSES = ['AFFILIATE', 'PROCESSOR', 'CUSTOMER', 'ACQUIRER', 'THIRD_PARTY', 'AUTHORITY'] as const;
export type RecipientClass = (typeof RECIPIENT_CLASSES)[number];

/** Display names of the recipient classes, used by the map's group nodes. */
export const RECIPIENT_CLASS_NAMES: Record<RecipientClass, string> = {
  AFFILIATE: 'Affiliates',
  PROCESSOR: 'Processors (service providers)',
  CUSTOMER: 'Customers',
  ACQUIRER: 'Acquirers',
  THIRD_PARTY: 'Third parties',
  AUTHORITY: 'Authorities',
};

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

export const OPT_OUT_SCOPES = ['THIRD_PARTY_SHARING', 'CUSTOMER_OFFERS', 'TARGETED_ADVERTISING', 'DIRECT_MARKETING'] as const;
export type OptOutScope = (typeof OPT_OUT_SCOPES)[number];

export const EVIDENCE_KINDS = ['CONFIRMED', 'INFERRED'] as const;
export type Evidence = (typeof EVIDENCE_KINDS)[number];

export const PERSON_IDENTIFIER_KINDS = ['email', 'phone', 'externalId'] as const;
export type PersonIdentifierKind = (typeof PERSON_IDENTIFIER_KINDS)[number];

export const ROLES = ['VIEWER', 'EDITOR', 'LEGAL', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** The role an audit entry records: the caller's, or NONE for a call without a valid token. */
export const AUDIT_ROLES = [...ROLES, 'NONE'] as const;
export type AuditRole = (typeof AUDIT_ROLES)[number];

/** PRODUCT.md §7: why a recipient must be told of a deletion or correction. */
export const NOTICE_BASES = ['SERVICE_PROVIDER', 'SOLD_OR_SHARED', 'GDPR_RECIPIENT'] as const;
export type NoticeBasis = (typeof NOTICE_BASES)[number];

/**
 * Civ. Code §1798.82(h): the data elements whose breach, together with a name (or alone, for online credentials),
 * obliges a notice to California residents. ONLINE_CREDENTIALS = a user name or e-mail with its password or
 * security answer.
 */
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

/**
 * Kinds of privacy request (their deadlines: server/src/requests/deadlines.ts). Declared here so that the stored
 * PrivacyRequest's kind has this type (schema.ts).
 */
export const REQUEST_KINDS = [
  'SHINE_THE_LIGHT',
  'CCPA_KNOW',
  'GDPR_ACCESS',
  'CCPA_DELETE',
  'CCPA_CORRECT',
  'GDPR_ERASURE',
  'GDPR_RECTIFICATION',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** PRODUCT.md §8: why a recorded transfer is not covered by the declared flows, in the order the rule checks them. */
export const UNDECLARED_REASONS = ['NO_DISCLOSURE_IN_FORCE', 'USE_NOT_DECLARED', 'CATEGORY_NOT_DECLARED', 'PURPOSE_NOT_DECLARED'] as const;
export type UndeclaredReason = (typeof UNDECLARED_REASONS)[number];

/** PRODUCT.md §8: why a flow needs a risk assessment (CCPA regulations in force 2026-01-01). */
export const RISK_REASONS = ['SELLING_OR_SHARING', 'SENSITIVE_DATA'] as const;
export type RiskReason = (typeof RISK_REASONS)[number];

export const RISK_STATUSES = ['DONE', 'DUE', 'OVERDUE'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** The two kinds of declared flow. */
export const FLOW_KINDS = ['COLLECTION', 'DISCLOSURE'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

/** PRODUCT.md §8: the events a webhook can subscribe to. */
export const WEBHOOK_EVENTS = [
  'INVENTORY_CHANGED',
  'SUBPROCESSOR_CHANGE',
  'REQUEST_DUE_SOON',
  'OPT_OUT_VIOLATION',
  'UNDECLARED_TRANSFER',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** PRODUCT.md §7: where a recipient's notice of a deletion or correction stands. */
export const PROPAGATION_STATUSES = ['PENDING', 'SENT', 'CONFIRMED', 'EXCEPTION'] as const;
export type PropagationStatus = (typeof PROPAGATION_STATUSES)[number];
