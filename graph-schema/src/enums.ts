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
export const REQUEST_KINDS = ['SHINE_THE_LIGHT', 'CCPA_KNOW', 'GDPR_ACCESS'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
