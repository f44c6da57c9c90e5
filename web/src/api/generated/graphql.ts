/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export const Role = {
  Viewer: 'VIEWER',
  Editor: 'EDITOR',
  Legal: 'LEGAL',
  Admin: 'ADMIN'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** Civ. Code §1798.83(e)(6)(A), in statutory order */
export const ShineTheLightCategory = {
  NameAndAddress: 'NAME_AND_ADDRESS',
  EmailAddress: 'EMAIL_ADDRESS',
  AgeOrDateOfBirth: 'AGE_OR_DATE_OF_BIRTH',
  NamesOfChildren: 'NAMES_OF_CHILDREN',
  ChildrenAddresses: 'CHILDREN_ADDRESSES',
  NumberOfChildren: 'NUMBER_OF_CHILDREN',
  ChildrenAgeOrGender: 'CHILDREN_AGE_OR_GENDER',
  Height: 'HEIGHT',
  Weight: 'WEIGHT',
  Race: 'RACE',
  Religion: 'RELIGION',
  Occupation: 'OCCUPATION',
  TelephoneNumber: 'TELEPHONE_NUMBER',
  Education: 'EDUCATION',
  PoliticalPartyAffiliation: 'POLITICAL_PARTY_AFFILIATION',
  MedicalCondition: 'MEDICAL_CONDITION',
  DrugsTherapiesMedicalProducts: 'DRUGS_THERAPIES_MEDICAL_PRODUCTS',
  ProductsPurchased: 'PRODUCTS_PURCHASED',
  RealPropertyPurchased: 'REAL_PROPERTY_PURCHASED',
  ServicesProvided: 'SERVICES_PROVIDED',
  SocialSecurityNumber: 'SOCIAL_SECURITY_NUMBER',
  BankAccountNumber: 'BANK_ACCOUNT_NUMBER',
  CreditCardNumber: 'CREDIT_CARD_NUMBER',
  DebitCardNumber: 'DEBIT_CARD_NUMBER',
  AccountBalance: 'ACCOUNT_BALANCE',
  PaymentHistory: 'PAYMENT_HISTORY',
  Creditworthiness: 'CREDITWORTHINESS'
} as const;

export type ShineTheLightCategory = typeof ShineTheLightCategory[keyof typeof ShineTheLightCategory];
/** Civ. Code §1798.140(v)(1) and (ae) */
export const CcpaCategory = {
  Identifiers: 'IDENTIFIERS',
  CustomerRecords: 'CUSTOMER_RECORDS',
  ProtectedCharacteristics: 'PROTECTED_CHARACTERISTICS',
  CommercialInformation: 'COMMERCIAL_INFORMATION',
  BiometricInformation: 'BIOMETRIC_INFORMATION',
  InternetActivity: 'INTERNET_ACTIVITY',
  Geolocation: 'GEOLOCATION',
  SensoryData: 'SENSORY_DATA',
  ProfessionalInformation: 'PROFESSIONAL_INFORMATION',
  EducationInformation: 'EDUCATION_INFORMATION',
  Inferences: 'INFERENCES',
  SensitivePersonalInformation: 'SENSITIVE_PERSONAL_INFORMATION',
  SpiGovernmentIdentifiers: 'SPI_GOVERNMENT_IDENTIFIERS',
  SpiAccountCredentials: 'SPI_ACCOUNT_CREDENTIALS',
  SpiPreciseGeolocation: 'SPI_PRECISE_GEOLOCATION',
  SpiOriginBeliefsUnion: 'SPI_ORIGIN_BELIEFS_UNION',
  SpiCommunicationsContents: 'SPI_COMMUNICATIONS_CONTENTS',
  SpiGeneticData: 'SPI_GENETIC_DATA',
  SpiNeuralData: 'SPI_NEURAL_DATA',
  SpiBiometricIdentification: 'SPI_BIOMETRIC_IDENTIFICATION',
  SpiHealth: 'SPI_HEALTH',
  SpiSexLifeOrientation: 'SPI_SEX_LIFE_ORIENTATION'
} as const;

export type CcpaCategory = typeof CcpaCategory[keyof typeof CcpaCategory];
export const SourceKind = {
  Direct: 'DIRECT',
  Automatic: 'AUTOMATIC',
  ThirdParty: 'THIRD_PARTY',
  Public: 'PUBLIC'
} as const;

export type SourceKind = typeof SourceKind[keyof typeof SourceKind];
export const RecipientClass = {
  Affiliate: 'AFFILIATE',
  Processor: 'PROCESSOR',
  Customer: 'CUSTOMER',
  Acquirer: 'ACQUIRER',
  ThirdParty: 'THIRD_PARTY',
  Authority: 'AUTHORITY'
} as const;

export type RecipientClass = typeof RecipientClass[keyof typeof RecipientClass];
export const DisclosureUse = {
  OnOurBehalf: 'ON_OUR_BEHALF',
  OwnDirectMarketing: 'OWN_DIRECT_MARKETING',
  OwnOtherUse: 'OWN_OTHER_USE',
  LegalObligation: 'LEGAL_OBLIGATION',
  CorporateTransaction: 'CORPORATE_TRANSACTION'
} as const;

export type DisclosureUse = typeof DisclosureUse[keyof typeof DisclosureUse];
export const Evidence = {
  Confirmed: 'CONFIRMED',
  Inferred: 'INFERRED'
} as const;

export type Evidence = typeof Evidence[keyof typeof Evidence];
/** SHINE_THE_LIGHT: 30 days; CCPA_KNOW: 45 days (+45 once); GDPR_ACCESS: one month (+2 months) */
export const RequestKind = {
  ShineTheLight: 'SHINE_THE_LIGHT',
  CcpaKnow: 'CCPA_KNOW',
  GdprAccess: 'GDPR_ACCESS'
} as const;

export type RequestKind = typeof RequestKind[keyof typeof RequestKind];
/** DUE_SOON: open and due within 7 days */
export const RequestStatus = {
  Open: 'OPEN',
  DueSoon: 'DUE_SOON',
  Overdue: 'OVERDUE',
  Responded: 'RESPONDED',
  RespondedLate: 'RESPONDED_LATE'
} as const;

export type RequestStatus = typeof RequestStatus[keyof typeof RequestStatus];
export const CoverageMismatchKind = {
  UndeclaredRecipientClass: 'UNDECLARED_RECIPIENT_CLASS',
  UndeclaredUse: 'UNDECLARED_USE',
  DeclaredRecipientClassWithoutFlow: 'DECLARED_RECIPIENT_CLASS_WITHOUT_FLOW',
  DeclaredUseWithoutFlow: 'DECLARED_USE_WITHOUT_FLOW'
} as const;

export type CoverageMismatchKind = typeof CoverageMismatchKind[keyof typeof CoverageMismatchKind];
export type PersonRef = {
  id?: string | number | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  externalId?: string | null | undefined;
};

export type RecipientInput = {
  id: string | number;
  name: string;
  class: RecipientClass;
  legalName?: string | null | undefined;
  address?: string | null | undefined;
  country?: string | null | undefined;
  natureOfBusiness?: string | null | undefined;
  productsMarketed?: Array<string> | null | undefined;
  agreementSignedOn?: string | null | undefined;
  /** For a sub-processor: the processor it works for */
  subprocessorOf?: string | number | null | undefined;
  /** When the controller authorised this sub-processor (GDPR Art. 28(2)) */
  subprocessorAuthorizedOn?: string | null | undefined;
};

export type ProcessorInput = {
  id: string | number;
  name: string;
  legalName?: string | null | undefined;
  address?: string | null | undefined;
  country?: string | null | undefined;
  natureOfBusiness?: string | null | undefined;
  agreementSignedOn: string;
  categoryIds: Array<string | number>;
  purposeIds: Array<string | number>;
  segmentIds: Array<string | number>;
  validFrom: string;
  systemIds?: Array<string | number> | null | undefined;
  /** For a sub-processor: the processor it works for */
  subprocessorOf?: string | number | null | undefined;
};

export type DisclosureInput = {
  /** Generated when omitted */
  id?: string | number | null | undefined;
  recipientId: string | number;
  categoryIds: Array<string | number>;
  segmentIds: Array<string | number>;
  purposeIds: Array<string | number>;
  use: DisclosureUse;
  validFrom: string;
  validTo?: string | null | undefined;
  systemIds?: Array<string | number> | null | undefined;
  policyClauseIds?: Array<string | number> | null | undefined;
  /** For a transfer to a third country: its safeguard (GDPR Art. 44–49) */
  transferSafeguard?: string | null | undefined;
};

export type RequestInput = {
  person: PersonRef;
  kind: RequestKind;
  receivedOn: string;
  /** How the request arrived, e.g. "email: privacy@example.com" */
  channel: string;
};

export type DisclosureFieldsFragment = { id: string, use: DisclosureUse, validFrom: string, validTo: string | null, recipient: { id: string, name: string, class: RecipientClass }, categories: Array<{ id: string, name: string }>, segments: Array<{ id: string, name: string }>, purposes: Array<{ id: string, name: string }>, systems: Array<{ id: string, name: string }> };

export type RecipientFieldsFragment = { id: string, name: string, class: RecipientClass, legalName: string | null, address: string | null, country: string | null, natureOfBusiness: string | null, productsMarketed: Array<string>, agreementSignedOn: string | null };

export type AuditLogQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  actor?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, at: string, actor: string, role: Role, operation: string, targetIds: Array<string>, outcome: string }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { name: string, role: Role } };

export type SignInProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInProbeQuery = { recipients: Array<{ id: string }> };

export type CcpaCategoryFieldsFragment = { code: CcpaCategory, label: string, citation: string };

export type CcpaRightToKnowQueryVariables = Exact<{
  person?: PersonRef | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CcpaRightToKnowQuery = { ccpaRightToKnow: { periodStart: string, periodEnd: string, person: { id: string, display: string, californiaResident: boolean | null } | null, categoriesCollected: Array<{ code: CcpaCategory, label: string, citation: string }>, sourceCategories: Array<{ kind: SourceKind, label: string, sources: Array<string> }>, purposes: Array<{ id: string, name: string, description: string | null }>, soldOrShared: Array<{ sold: boolean, shared: boolean, thirdPartyCategories: Array<string>, category: { code: CcpaCategory, label: string, citation: string } }>, disclosedForBusinessPurpose: Array<{ recipientCategories: Array<string>, category: { code: CcpaCategory, label: string, citation: string } }> } };

export type DataMapQueryVariables = Exact<{
  asOf?: string | null | undefined;
  recipientClasses?: Array<RecipientClass> | RecipientClass | null | undefined;
  categoryIds?: Array<string | number> | string | number | null | undefined;
  purposeIds?: Array<string | number> | string | number | null | undefined;
}>;


export type DataMapQuery = { dataMap: { nodes: Array<{ id: string, kind: string, label: string, group: string | null }>, edges: Array<{ id: string, source: string, target: string, kind: string, label: string | null, flowId: string | null, flowKind: string }> } };

export type MapOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MapOptionsQuery = { categories: Array<{ id: string, name: string, parentId: string | null }>, purposes: Array<{ id: string, name: string }>, disclosures: Array<{ id: string, validFrom: string, validTo: string | null }> };

export type MapDetailsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type MapDetailsQuery = { disclosures: Array<{ id: string, use: DisclosureUse, validFrom: string, validTo: string | null, policyClauses: Array<{ id: string, section: string, title: string }>, recipient: { id: string, name: string, class: RecipientClass }, categories: Array<{ id: string, name: string }>, segments: Array<{ id: string, name: string }>, purposes: Array<{ id: string, name: string }>, systems: Array<{ id: string, name: string }> }>, collections: Array<{ id: string, validFrom: string, validTo: string | null, source: { id: string, name: string, kind: SourceKind }, categories: Array<{ id: string, name: string }>, segments: Array<{ id: string, name: string }>, purposes: Array<{ id: string, name: string }>, systems: Array<{ id: string, name: string }> }>, recipients: Array<{ id: string, name: string, class: RecipientClass, legalName: string | null, address: string | null, country: string | null, natureOfBusiness: string | null, productsMarketed: Array<string>, agreementSignedOn: string | null }>, categories: Array<{ id: string, name: string, description: string | null, sensitive: boolean, shineTheLight: Array<ShineTheLightCategory>, parentId: string | null }>, systems: Array<{ id: string, name: string, owner: string | null, country: string | null }> };

export type PolicyClauseFieldsFragment = { id: string, section: string, title: string };

export type CoverageFlowFieldsFragment = { kind: string, id: string, description: string };

export type PolicyCoverageQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PolicyCoverageQuery = { policyCoverage: { asOf: string, uncoveredFlows: Array<{ kind: string, id: string, description: string }>, idleClauses: Array<{ id: string, section: string, title: string }>, mismatches: Array<{ kind: CoverageMismatchKind, value: string, clause: { id: string, section: string, title: string }, flows: Array<{ kind: string, id: string, description: string }> }>, clauses: Array<{ declaredRecipientClasses: Array<RecipientClass>, declaredUses: Array<DisclosureUse>, ok: boolean, clause: { id: string, section: string, title: string }, flows: Array<{ kind: string, id: string, description: string }> }> } };

export type RegistryRecipientsQueryVariables = Exact<{
  class?: RecipientClass | null | undefined;
}>;


export type RegistryRecipientsQuery = { recipients: Array<{ id: string, name: string, class: RecipientClass, legalName: string | null, address: string | null, country: string | null, natureOfBusiness: string | null, productsMarketed: Array<string>, agreementSignedOn: string | null }> };

export type RegistryCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryCategoriesQuery = { categories: Array<{ id: string, name: string, description: string | null, sensitive: boolean, shineTheLight: Array<ShineTheLightCategory>, ccpa: Array<CcpaCategory>, parentId: string | null }> };

export type RegistryPurposesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryPurposesQuery = { purposes: Array<{ id: string, name: string, description: string | null, directMarketing: boolean, targetedAdvertising: boolean }> };

export type RegistrySourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrySourcesQuery = { sources: Array<{ id: string, name: string, kind: SourceKind }> };

export type RegistrySegmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrySegmentsQuery = { segments: Array<{ id: string, name: string, description: string | null }> };

export type RegistrySystemsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrySystemsQuery = { systems: Array<{ id: string, name: string, owner: string | null, country: string | null }> };

export type RegistryDisclosuresQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryDisclosuresQuery = { disclosures: Array<{ id: string, use: DisclosureUse, validFrom: string, validTo: string | null, recipient: { id: string, name: string, class: RecipientClass }, categories: Array<{ id: string, name: string }>, segments: Array<{ id: string, name: string }>, purposes: Array<{ id: string, name: string }>, systems: Array<{ id: string, name: string }> }> };

export type RegistryFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryFormOptionsQuery = { categories: Array<{ id: string, name: string, parentId: string | null }>, purposes: Array<{ id: string, name: string }>, segments: Array<{ id: string, name: string }>, systems: Array<{ id: string, name: string }>, recipients: Array<{ id: string, name: string, class: RecipientClass }>, policyClauses: Array<{ id: string, section: string, title: string }> };

export type RegisterProcessorMutationVariables = Exact<{
  input: ProcessorInput;
}>;


export type RegisterProcessorMutation = { registerProcessor: { id: string, name: string, class: RecipientClass } };

export type RegisterRecipientMutationVariables = Exact<{
  input: RecipientInput;
}>;


export type RegisterRecipientMutation = { registerRecipient: { id: string, name: string, class: RecipientClass } };

export type AddDisclosureMutationVariables = Exact<{
  input: DisclosureInput;
}>;


export type AddDisclosureMutation = { addDisclosure: { id: string, recipient: { id: string, name: string } } };

export type ShineTheLightQueryVariables = Exact<{
  year: number;
  person?: PersonRef | null | undefined;
}>;


export type ShineTheLightQuery = { shineTheLightReport: { year: number, periodStart: string, periodEnd: string, notices: Array<string>, person: { id: string, display: string, californiaResident: boolean | null } | null, categories: Array<{ code: ShineTheLightCategory, label: string }>, thirdParties: Array<{ name: string, address: string | null, natureOfBusiness: string | null, productsMarketed: Array<string>, recipient: { id: string, class: RecipientClass }, categories: Array<{ code: ShineTheLightCategory, label: string }> }> } };

export type OrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationQuery = { organization: { name: string, contactEmail: string | null, address: string | null, requestChannels: Array<string> } };

export type QueryFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type PrivacyRequestFieldsFragment = { id: string, kind: RequestKind, receivedOn: string, channel: string, dueOn: string, extensions: number, repeatInYear: boolean, respondedOn: string | null, documentRef: string | null, status: RequestStatus, person: { id: string, display: string } };

export type RequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestsQuery = { requests: Array<{ id: string, kind: RequestKind, receivedOn: string, channel: string, dueOn: string, extensions: number, repeatInYear: boolean, respondedOn: string | null, documentRef: string | null, status: RequestStatus, person: { id: string, display: string } }> };

export type RecordRequestMutationVariables = Exact<{
  input: RequestInput;
}>;


export type RecordRequestMutation = { recordRequest: { id: string, kind: RequestKind, receivedOn: string, channel: string, dueOn: string, extensions: number, repeatInYear: boolean, respondedOn: string | null, documentRef: string | null, status: RequestStatus, person: { id: string, display: string } } };

export type RespondToRequestMutationVariables = Exact<{
  id: string | number;
  respondedOn: string;
  documentRef?: string | null | undefined;
}>;


export type RespondToRequestMutation = { respondToRequest: { id: string, kind: RequestKind, receivedOn: string, channel: string, dueOn: string, extensions: number, repeatInYear: boolean, respondedOn: string | null, documentRef: string | null, status: RequestStatus, person: { id: string, display: string } } };

export type ExtendRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type ExtendRequestMutation = { extendRequest: { id: string, kind: RequestKind, receivedOn: string, channel: string, dueOn: string, extensions: number, repeatInYear: boolean, respondedOn: string | null, documentRef: string | null, status: RequestStatus, person: { id: string, display: string } } };

export type WhoReceivedQueryVariables = Exact<{
  person: PersonRef;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type WhoReceivedQuery = { whoReceived: { from: string | null, to: string, person: { id: string, display: string, californiaResident: boolean | null }, recipients: Array<{ uses: Array<DisclosureUse>, evidence: Array<Evidence>, firstOn: string, lastOn: string, recipient: { id: string, name: string, class: RecipientClass }, categories: Array<{ id: string, name: string }>, purposes: Array<{ id: string, name: string }>, optOutViolations: Array<{ id: string, occurredOn: string, use: DisclosureUse, recipient: { id: string, name: string }, categories: Array<{ id: string, name: string }> }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DisclosureFieldsFragmentDoc = new TypedDocumentString(`
    fragment DisclosureFields on Disclosure {
  id
  use
  validFrom
  validTo
  recipient {
    id
    name
    class
  }
  categories {
    id
    name
  }
  segments {
    id
    name
  }
  purposes {
    id
    name
  }
  systems {
    id
    name
  }
}
    `, {"fragmentName":"DisclosureFields"}) as unknown as TypedDocumentString<DisclosureFieldsFragment, unknown>;
export const RecipientFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecipientFields on Recipient {
  id
  name
  class
  legalName
  address
  country
  natureOfBusiness
  productsMarketed
  agreementSignedOn
}
    `, {"fragmentName":"RecipientFields"}) as unknown as TypedDocumentString<RecipientFieldsFragment, unknown>;
export const CcpaCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CcpaCategoryFields on CcpaCategoryInfo {
  code
  label
  citation
}
    `, {"fragmentName":"CcpaCategoryFields"}) as unknown as TypedDocumentString<CcpaCategoryFieldsFragment, unknown>;
export const PolicyClauseFieldsFragmentDoc = new TypedDocumentString(`
    fragment PolicyClauseFields on PolicyClause {
  id
  section
  title
}
    `, {"fragmentName":"PolicyClauseFields"}) as unknown as TypedDocumentString<PolicyClauseFieldsFragment, unknown>;
export const CoverageFlowFieldsFragmentDoc = new TypedDocumentString(`
    fragment CoverageFlowFields on CoverageFlow {
  kind
  id
  description
}
    `, {"fragmentName":"CoverageFlowFields"}) as unknown as TypedDocumentString<CoverageFlowFieldsFragment, unknown>;
export const PrivacyRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment PrivacyRequestFields on PrivacyRequest {
  id
  kind
  receivedOn
  channel
  dueOn
  extensions
  repeatInYear
  respondedOn
  documentRef
  status
  person {
    id
    display
  }
}
    `, {"fragmentName":"PrivacyRequestFields"}) as unknown as TypedDocumentString<PrivacyRequestFieldsFragment, unknown>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($from: Date, $to: Date, $actor: String, $limit: Int) {
  auditLog(from: $from, to: $to, actor: $actor, limit: $limit) {
    id
    at
    actor
    role
    operation
    targetIds
    outcome
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    name
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInProbeDocument = new TypedDocumentString(`
    query SignInProbe {
  recipients {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInProbeQuery, SignInProbeQueryVariables>;
export const CcpaRightToKnowDocument = new TypedDocumentString(`
    query CcpaRightToKnow($person: PersonRef, $asOf: Date) {
  ccpaRightToKnow(person: $person, asOf: $asOf) {
    person {
      id
      display
      californiaResident
    }
    periodStart
    periodEnd
    categoriesCollected {
      ...CcpaCategoryFields
    }
    sourceCategories {
      kind
      label
      sources
    }
    purposes {
      id
      name
      description
    }
    soldOrShared {
      category {
        ...CcpaCategoryFields
      }
      sold
      shared
      thirdPartyCategories
    }
    disclosedForBusinessPurpose {
      category {
        ...CcpaCategoryFields
      }
      recipientCategories
    }
  }
}
    fragment CcpaCategoryFields on CcpaCategoryInfo {
  code
  label
  citation
}`) as unknown as TypedDocumentString<CcpaRightToKnowQuery, CcpaRightToKnowQueryVariables>;
export const DataMapDocument = new TypedDocumentString(`
    query DataMap($asOf: Date, $recipientClasses: [RecipientClass!], $categoryIds: [ID!], $purposeIds: [ID!]) {
  dataMap(
    asOf: $asOf
    recipientClasses: $recipientClasses
    categoryIds: $categoryIds
    purposeIds: $purposeIds
  ) {
    nodes {
      id
      kind
      label
      group
    }
    edges {
      id
      source
      target
      kind
      label
      flowId
      flowKind
    }
  }
}
    `) as unknown as TypedDocumentString<DataMapQuery, DataMapQueryVariables>;
export const MapOptionsDocument = new TypedDocumentString(`
    query MapOptions {
  categories {
    id
    name
    parentId
  }
  purposes {
    id
    name
  }
  disclosures {
    id
    validFrom
    validTo
  }
}
    `) as unknown as TypedDocumentString<MapOptionsQuery, MapOptionsQueryVariables>;
export const MapDetailsDocument = new TypedDocumentString(`
    query MapDetails($asOf: Date) {
  disclosures(asOf: $asOf) {
    ...DisclosureFields
    policyClauses {
      id
      section
      title
    }
  }
  collections(asOf: $asOf) {
    id
    validFrom
    validTo
    source {
      id
      name
      kind
    }
    categories {
      id
      name
    }
    segments {
      id
      name
    }
    purposes {
      id
      name
    }
    systems {
      id
      name
    }
  }
  recipients {
    ...RecipientFields
  }
  categories {
    id
    name
    description
    sensitive
    shineTheLight
    parentId
  }
  systems {
    id
    name
    owner
    country
  }
}
    fragment DisclosureFields on Disclosure {
  id
  use
  validFrom
  validTo
  recipient {
    id
    name
    class
  }
  categories {
    id
    name
  }
  segments {
    id
    name
  }
  purposes {
    id
    name
  }
  systems {
    id
    name
  }
}
fragment RecipientFields on Recipient {
  id
  name
  class
  legalName
  address
  country
  natureOfBusiness
  productsMarketed
  agreementSignedOn
}`) as unknown as TypedDocumentString<MapDetailsQuery, MapDetailsQueryVariables>;
export const PolicyCoverageDocument = new TypedDocumentString(`
    query PolicyCoverage($asOf: Date) {
  policyCoverage(asOf: $asOf) {
    asOf
    uncoveredFlows {
      ...CoverageFlowFields
    }
    idleClauses {
      ...PolicyClauseFields
    }
    mismatches {
      clause {
        ...PolicyClauseFields
      }
      kind
      value
      flows {
        ...CoverageFlowFields
      }
    }
    clauses {
      clause {
        ...PolicyClauseFields
      }
      declaredRecipientClasses
      declaredUses
      flows {
        ...CoverageFlowFields
      }
      ok
    }
  }
}
    fragment PolicyClauseFields on PolicyClause {
  id
  section
  title
}
fragment CoverageFlowFields on CoverageFlow {
  kind
  id
  description
}`) as unknown as TypedDocumentString<PolicyCoverageQuery, PolicyCoverageQueryVariables>;
export const RegistryRecipientsDocument = new TypedDocumentString(`
    query RegistryRecipients($class: RecipientClass) {
  recipients(class: $class) {
    ...RecipientFields
  }
}
    fragment RecipientFields on Recipient {
  id
  name
  class
  legalName
  address
  country
  natureOfBusiness
  productsMarketed
  agreementSignedOn
}`) as unknown as TypedDocumentString<RegistryRecipientsQuery, RegistryRecipientsQueryVariables>;
export const RegistryCategoriesDocument = new TypedDocumentString(`
    query RegistryCategories {
  categories {
    id
    name
    description
    sensitive
    shineTheLight
    ccpa
    parentId
  }
}
    `) as unknown as TypedDocumentString<RegistryCategoriesQuery, RegistryCategoriesQueryVariables>;
export const RegistryPurposesDocument = new TypedDocumentString(`
    query RegistryPurposes {
  purposes {
    id
    name
    description
    directMarketing
    targetedAdvertising
  }
}
    `) as unknown as TypedDocumentString<RegistryPurposesQuery, RegistryPurposesQueryVariables>;
export const RegistrySourcesDocument = new TypedDocumentString(`
    query RegistrySources {
  sources {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<RegistrySourcesQuery, RegistrySourcesQueryVariables>;
export const RegistrySegmentsDocument = new TypedDocumentString(`
    query RegistrySegments {
  segments {
    id
    name
    description
  }
}
    `) as unknown as TypedDocumentString<RegistrySegmentsQuery, RegistrySegmentsQueryVariables>;
export const RegistrySystemsDocument = new TypedDocumentString(`
    query RegistrySystems {
  systems {
    id
    name
    owner
    country
  }
}
    `) as unknown as TypedDocumentString<RegistrySystemsQuery, RegistrySystemsQueryVariables>;
export const RegistryDisclosuresDocument = new TypedDocumentString(`
    query RegistryDisclosures {
  disclosures {
    ...DisclosureFields
  }
}
    fragment DisclosureFields on Disclosure {
  id
  use
  validFrom
  validTo
  recipient {
    id
    name
    class
  }
  categories {
    id
    name
  }
  segments {
    id
    name
  }
  purposes {
    id
    name
  }
  systems {
    id
    name
  }
}`) as unknown as TypedDocumentString<RegistryDisclosuresQuery, RegistryDisclosuresQueryVariables>;
export const RegistryFormOptionsDocument = new TypedDocumentString(`
    query RegistryFormOptions {
  categories {
    id
    name
    parentId
  }
  purposes {
    id
    name
  }
  segments {
    id
    name
  }
  systems {
    id
    name
  }
  recipients {
    id
    name
    class
  }
  policyClauses {
    id
    section
    title
  }
}
    `) as unknown as TypedDocumentString<RegistryFormOptionsQuery, RegistryFormOptionsQueryVariables>;
export const RegisterProcessorDocument = new TypedDocumentString(`
    mutation RegisterProcessor($input: ProcessorInput!) {
  registerProcessor(input: $input) {
    id
    name
    class
  }
}
    `) as unknown as TypedDocumentString<RegisterProcessorMutation, RegisterProcessorMutationVariables>;
export const RegisterRecipientDocument = new TypedDocumentString(`
    mutation RegisterRecipient($input: RecipientInput!) {
  registerRecipient(input: $input) {
    id
    name
    class
  }
}
    `) as unknown as TypedDocumentString<RegisterRecipientMutation, RegisterRecipientMutationVariables>;
export const AddDisclosureDocument = new TypedDocumentString(`
    mutation AddDisclosure($input: DisclosureInput!) {
  addDisclosure(input: $input) {
    id
    recipient {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AddDisclosureMutation, AddDisclosureMutationVariables>;
export const ShineTheLightDocument = new TypedDocumentString(`
    query ShineTheLight($year: Int!, $person: PersonRef) {
  shineTheLightReport(year: $year, person: $person) {
    year
    periodStart
    periodEnd
    person {
      id
      display
      californiaResident
    }
    categories {
      code
      label
    }
    thirdParties {
      recipient {
        id
        class
      }
      name
      address
      natureOfBusiness
      productsMarketed
      categories {
        code
        label
      }
    }
    notices
  }
}
    `) as unknown as TypedDocumentString<ShineTheLightQuery, ShineTheLightQueryVariables>;
export const OrganizationDocument = new TypedDocumentString(`
    query Organization {
  organization {
    name
    contactEmail
    address
    requestChannels
  }
}
    `) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const QueryFieldsDocument = new TypedDocumentString(`
    query QueryFields {
  __type(name: "Query") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<QueryFieldsQuery, QueryFieldsQueryVariables>;
export const RequestsDocument = new TypedDocumentString(`
    query Requests {
  requests {
    ...PrivacyRequestFields
  }
}
    fragment PrivacyRequestFields on PrivacyRequest {
  id
  kind
  receivedOn
  channel
  dueOn
  extensions
  repeatInYear
  respondedOn
  documentRef
  status
  person {
    id
    display
  }
}`) as unknown as TypedDocumentString<RequestsQuery, RequestsQueryVariables>;
export const RecordRequestDocument = new TypedDocumentString(`
    mutation RecordRequest($input: RequestInput!) {
  recordRequest(input: $input) {
    ...PrivacyRequestFields
  }
}
    fragment PrivacyRequestFields on PrivacyRequest {
  id
  kind
  receivedOn
  channel
  dueOn
  extensions
  repeatInYear
  respondedOn
  documentRef
  status
  person {
    id
    display
  }
}`) as unknown as TypedDocumentString<RecordRequestMutation, RecordRequestMutationVariables>;
export const RespondToRequestDocument = new TypedDocumentString(`
    mutation RespondToRequest($id: ID!, $respondedOn: Date!, $documentRef: String) {
  respondToRequest(id: $id, respondedOn: $respondedOn, documentRef: $documentRef) {
    ...PrivacyRequestFields
  }
}
    fragment PrivacyRequestFields on PrivacyRequest {
  id
  kind
  receivedOn
  channel
  dueOn
  extensions
  repeatInYear
  respondedOn
  documentRef
  status
  person {
    id
    display
  }
}`) as unknown as TypedDocumentString<RespondToRequestMutation, RespondToRequestMutationVariables>;
export const ExtendRequestDocument = new TypedDocumentString(`
    mutation ExtendRequest($id: ID!) {
  extendRequest(id: $id) {
    ...PrivacyRequestFields
  }
}
    fragment PrivacyRequestFields on PrivacyRequest {
  id
  kind
  receivedOn
  channel
  dueOn
  extensions
  repeatInYear
  respondedOn
  documentRef
  status
  person {
    id
    display
  }
}`) as unknown as TypedDocumentString<ExtendRequestMutation, ExtendRequestMutationVariables>;
export const WhoReceivedDocument = new TypedDocumentString(`
    query WhoReceived($person: PersonRef!, $from: Date, $to: Date) {
  whoReceived(person: $person, from: $from, to: $to) {
    person {
      id
      display
      californiaResident
    }
    from
    to
    recipients {
      recipient {
        id
        name
        class
      }
      categories {
        id
        name
      }
      purposes {
        id
        name
      }
      uses
      evidence
      firstOn
      lastOn
      optOutViolations {
        id
        occurredOn
        use
        recipient {
          id
          name
        }
        categories {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WhoReceivedQuery, WhoReceivedQueryVariables>;