// Why one long file: every label, relationship and property of the graph is declared here, its single source of truth.
/**
 * The graph's declarations: every node label, relationship type and property,
 * with its type, constraints and indexes. The TypeScript record types, the
 * Neo4j constraint/index statements and the embedded engine's DDL are all
 * derived from these objects (see ddl.ts and types.ts); nothing is written twice.
 *
 * Dates are stored as ISO calendar-date strings ("2025-03-10") on both
 * engines: they compare correctly as strings and read back identically.
 */
import {
  AUDIT_ROLES,
  BREACH_ELEMENTS,
  DISCLOSURE_USES,
  OPT_OUT_SCOPES,
  PERSON_IDENTIFIER_KINDS,
  RECIPIENT_CLASSES,
  REQUEST_KINDS,
  ROLES,
  SOURCE_KINDS,
} from './enums';
import { CCPA_CODES, SHINE_THE_LIGHT_CODES } from './statutory';

export type PropertyType = 'string' | 'boolean' | 'int' | 'date' | 'datetime' | 'string[]';

export interface PropertyDeclaration {
  readonly type: PropertyType;
  /**
   * A closed vocabulary (an `as const` list of enums.ts or statutory.ts): the record type of the property is the
   * union of these values (of a `string[]`, a list of them), so services read it without a cast. The API validates
   * what it writes; the engines store a plain string.
   */
  readonly values?: readonly string[];
  /** Written on every node of the label (validated by the API, not by the engines). */
  readonly required?: boolean;
  /** Range index on Neo4j (the embedded engine has only its primary-key index). */
  readonly indexed?: boolean;
}

export interface NodeDeclaration {
  readonly description: string;
  /** Every node has a unique string `id`: the primary key of the embedded table, a uniqueness constraint on Neo4j. */
  readonly properties: Readonly<Record<string, PropertyDeclaration>>;
}

export interface RelationshipDeclaration {
  readonly description: string;
  readonly from: readonly NodeLabel[];
  readonly to: readonly NodeLabel[];
  readonly properties?: Readonly<Record<string, PropertyDeclaration>>;
}

const id = { type: 'string', required: true } as const;
const requiredString = { type: 'string', required: true } as const;
const optionalString = { type: 'string' } as const;
const optionalDate = { type: 'date' } as const;
const requiredDate = { type: 'date', required: true } as const;
const flag = { type: 'boolean' } as const;
const codes = { type: 'string[]' } as const;

export const NODES = {
  DataCategory: {
    description: 'A kind of personal data; a hierarchy through PART_OF, mapped to statutory categories.',
    properties: {
      id,
      name: requiredString,
      description: optionalString,
      sensitive: flag,
      shineTheLight: { type: 'string[]', values: SHINE_THE_LIGHT_CODES },
      ccpa: { type: 'string[]', values: CCPA_CODES },
      /** GDPR Art. 30(1)(f): the envisaged time limit for erasure, e.g. "24 months after the account closes". */
      retention: optionalString,
      /** Civ. Code §1798.82(h): the breach-notice data elements this category holds (BREACH_ELEMENTS). */
      breachElements: { type: 'string[]', values: BREACH_ELEMENTS },
    },
  },
  Source: {
    description: 'Where personal data comes from.',
    properties: { id, name: requiredString, kind: { type: 'string', required: true, values: SOURCE_KINDS } },
  },
  Purpose: {
    description: 'Why personal data is collected or disclosed.',
    properties: {
      id,
      name: requiredString,
      description: optionalString,
      directMarketing: flag,
      targetedAdvertising: flag,
    },
  },
  System: {
    description: 'Where personal data is stored.',
    properties: { id, name: requiredString, owner: optionalString, country: optionalString },
  },
  Segment: {
    description: 'A group of data subjects.',
    properties: { id, name: requiredString, description: optionalString },
  },
  RecipientClass: {
    description: 'One node per recipient class.',
    properties: { id, name: requiredString },
  },
  Recipient: {
    description: 'Anyone personal data is disclosed to.',
    properties: {
      id,
      name: requiredString,
      class: { type: 'string', required: true, indexed: true, values: RECIPIENT_CLASSES },
      legalName: optionalString,
      address: optionalString,
      country: optionalString,
      natureOfBusiness: optionalString,
      productsMarketed: codes,
      agreementSignedOn: optionalDate,
      /** GDPR Art. 28(2): when the controller authorised this sub-processor. */
      subprocessorAuthorizedOn: optionalDate,
    },
  },
  Collection: {
    description: 'How personal data enters: from a source, of categories, about segments, for purposes, into systems.',
    properties: { id, validFrom: requiredDate, validTo: optionalDate },
  },
  Disclosure: {
    description: 'A declared flow to a recipient, with a use and a validity interval.',
    properties: {
      id,
      use: { type: 'string', required: true, values: DISCLOSURE_USES },
      validFrom: requiredDate,
      validTo: optionalDate,
      /** GDPR Art. 46/45: the safeguard of a transfer to a third country, e.g. "Standard contractual clauses (2021/914)". */
      transferSafeguard: optionalString,
    },
  },
  Person: {
    description: 'A data subject. Raw identifiers are never stored: see PersonIdentifier.',
    properties: {
      id,
      display: requiredString,
      californiaResident: flag,
      relationshipSince: optionalDate,
      lastPurchaseOn: optionalDate,
    },
  },
  PersonIdentifier: {
    description:
      'A keyed hash of one normalised identifier; id is "<kind>:<hmac>", so lookups use the primary key. personId ' +
      'repeats the IDENTIFIES target so that finding a person by identifier is two primary-key lookups (the embedded ' +
      'engine joins the hop against a scan of the whole Person table). An identifier never moves to another person.',
    properties: { id, kind: { type: 'string', required: true, values: PERSON_IDENTIFIER_KINDS }, personId: requiredString },
  },
  Transfer: {
    description: 'The ledger: data actually sent to a recipient on a date.',
    properties: {
      id,
      occurredOn: { type: 'date', required: true, indexed: true },
      use: { type: 'string', required: true, values: DISCLOSURE_USES },
    },
  },
  OptOut: {
    description: 'A person’s opt-out of a scope, from effectiveOn onward.',
    properties: {
      id,
      scope: { type: 'string', required: true, values: OPT_OUT_SCOPES },
      effectiveOn: requiredDate,
      channel: optionalString,
    },
  },
  PolicyClause: {
    description: 'A section of the published privacy policy.',
    properties: {
      id,
      section: requiredString,
      title: requiredString,
      text: optionalString,
      /** The recipient classes the clause says data goes to (empty: it states no disclosure). */
      recipientClasses: { type: 'string[]', values: RECIPIENT_CLASSES },
      /** The disclosure uses the clause states. */
      uses: { type: 'string[]', values: DISCLOSURE_USES },
    },
  },
  Organization: {
    description: 'The business itself (one node, id "organization"): the name and contact printed on legal documents.',
    properties: {
      id,
      name: requiredString,
      contactEmail: optionalString,
      address: optionalString,
      requestChannels: codes,
      /** GDPR Art. 30(1)(g): technical and organisational security measures. */
      securityMeasures: codes,
    },
  },
  InventoryChange: {
    description: 'The inventory’s own change log: who changed which node, when, and its value before and after (JSON).',
    properties: {
      id,
      at: { type: 'datetime', required: true },
      actor: requiredString,
      role: { type: 'string', required: true, values: ROLES },
      operation: requiredString,
      targetLabel: requiredString,
      targetId: { type: 'string', required: true, indexed: true },
      before: optionalString,
      after: optionalString,
    },
  },
  PrivacyRequest: {
    description: 'A request under Shine the Light, CCPA or GDPR, with its due date; kept at least 24 months.',
    properties: {
      id,
      kind: { type: 'string', required: true, values: REQUEST_KINDS },
      receivedOn: { type: 'date', required: true, indexed: true },
      channel: requiredString,
      dueOn: { type: 'date', required: true, indexed: true },
      extensions: { type: 'int' },
      repeatInYear: flag,
      respondedOn: optionalDate,
      documentRef: optionalString,
      /** False when received elsewhere than at a designated address, e-mail or number (Shine the Light: 150 days). */
      designatedChannel: flag,
      /** Shine the Light: the per-person report for the year before receipt, frozen (JSON) when the request is answered. */
      frozenReport: optionalString,
      /** The letter sent with it (JSON, with the organization's details as they stood): served byte for byte the same. */
      frozenLetter: optionalString,
    },
  },
  PropagationNotice: {
    description:
      'PRODUCT.md §7: the notice of a deletion or correction request to one recipient of its propagation plan, ' +
      'kept per (request, recipient); its id is "<requestId>~<recipientId>". Rows without one are PENDING.',
    properties: {
      id,
      requestId: { type: 'string', required: true, indexed: true },
      recipientId: requiredString,
      status: requiredString,
      sentOn: optionalDate,
      confirmedOn: optionalDate,
      explanation: optionalString,
      /** The date given with the latest status (for EXCEPTION, when it was decided). */
      statusOn: optionalDate,
      updatedAt: { type: 'datetime', required: true },
    },
  },
  AuditEntry: {
    description: 'Append-only record of who looked at or changed what.',
    properties: {
      id,
      at: { type: 'datetime', required: true, indexed: true },
      actor: requiredString,
      role: { type: 'string', required: true, values: AUDIT_ROLES },
      operation: requiredString,
      targetIds: codes,
      outcome: requiredString,
    },
  },
  ApiToken: {
    description: 'A bearer token: id is the SHA-256 of the secret (never stored itself), so lookups use the primary key.',
    properties: {
      id,
      name: { type: 'string', required: true, indexed: true },
      role: { type: 'string', required: true, values: ROLES },
      createdAt: { type: 'datetime', required: true },
      lastUsedAt: { type: 'datetime' },
      expiresOn: optionalDate,
      revokedAt: { type: 'datetime' },
    },
  },
  SchemaMigration: {
    description: 'The schema version applied to this graph.',
    properties: { id, version: { type: 'int', required: true }, appliedAt: { type: 'datetime', required: true } },
  },
  SubprocessorChange: {
    description:
      'GDPR Art. 28(2): a processor’s notice that it adds a sub-processor, from effectiveOn; id is ' +
      '"<processorId>|<subprocessorId>" (one notice per pair: a later notice replaces it). The objection period ' +
      'runs objectionDays from noticeOn.',
    properties: {
      id,
      processorId: { type: 'string', required: true, indexed: true },
      subprocessorId: requiredString,
      noticeOn: requiredDate,
      effectiveOn: requiredDate,
      objectionDays: { type: 'int', required: true },
      objectedOn: optionalDate,
    },
  },
  InventoryRevision: {
    description:
      'One node counting the changes to the inventory: every change increments it in its own unit of work, so a ' +
      'server that keeps the inventory in memory knows with one lookup whether its copy is still current.',
    properties: { id, value: { type: 'int', required: true } },
  },
  RiskAssessment: {
    description: 'The risk assessment recorded for a flow (CCPA regulations, in force 2026-01-01): id is the flow id, one per flow.',
    properties: {
      id,
      flowKind: requiredString,
      assessedOn: requiredDate,
      documentRef: optionalString,
      recordedAt: { type: 'datetime', required: true },
      actor: requiredString,
    },
  },
  Webhook: {
    description:
      'A webhook subscription. The signing secret is kept (it must be, to sign) encrypted with the key in DATA_DIR ' +
      '(AES-256-GCM); a deleted webhook keeps its row for the delivery log, with deletedAt set and the secret erased.',
    properties: {
      id,
      url: requiredString,
      events: codes,
      secret: optionalString,
      createdOn: requiredDate,
      createdAt: { type: 'datetime', required: true },
      deletedAt: { type: 'datetime' },
    },
  },
  WebhookDelivery: {
    description:
      'The durable outbox: one delivery of one event to one webhook, written in the unit of work of the change that ' +
      'caused it. body is the exact JSON that is signed and POSTed on every attempt.',
    properties: {
      id,
      webhookId: { type: 'string', required: true, indexed: true },
      eventId: requiredString,
      event: requiredString,
      occurredAt: { type: 'datetime', required: true },
      body: requiredString,
      /** For events sent once per subject (REQUEST_DUE_SOON: the request id). */
      dedupeKey: { type: 'string', indexed: true },
      attempts: { type: 'int', required: true },
      lastStatus: { type: 'int' },
      lastError: optionalString,
      lastAttemptAt: { type: 'datetime' },
      delivered: flag,
      gaveUp: flag,
      /** Null once delivered or given up: the worker picks the pending ones whose time has come. */
      nextAttemptAt: { type: 'datetime', indexed: true },
    },
  },
  RestoreInProgress: {
    description:
      'Present only while `npm run restore` loads an archive (one node, id "restore"): a re-run finds it, clears the ' +
      'partial load and starts again. Never exported.',
    properties: { id, archiveSha256: requiredString, startedAt: { type: 'datetime', required: true } },
  },
} as const satisfies Record<string, NodeDeclaration>;

export type NodeLabel = keyof typeof NODES;
export const NODE_LABELS = Object.keys(NODES) as NodeLabel[];

export const RELATIONSHIPS = {
  PART_OF: { description: 'Category hierarchy: child to parent.', from: ['DataCategory'], to: ['DataCategory'] },
  IN_CLASS: { description: 'A recipient’s class.', from: ['Recipient'], to: ['RecipientClass'] },
  SUBPROCESSOR_OF: { description: 'A sub-processor to its processor.', from: ['Recipient'], to: ['Recipient'] },
  FROM_SOURCE: { description: 'A collection’s source.', from: ['Collection'], to: ['Source'] },
  OF_CATEGORY: {
    description: 'Categories collected, disclosed or transferred.',
    from: ['Collection', 'Disclosure', 'Transfer'],
    to: ['DataCategory'],
  },
  ABOUT_SEGMENT: { description: 'Whose data a flow concerns.', from: ['Collection', 'Disclosure'], to: ['Segment'] },
  FOR_PURPOSE: { description: 'Why.', from: ['Collection', 'Disclosure', 'Transfer'], to: ['Purpose'] },
  INTO_SYSTEM: { description: 'Where a collection stores data.', from: ['Collection'], to: ['System'] },
  FROM_SYSTEM: { description: 'Where a disclosure takes data from.', from: ['Disclosure'], to: ['System'] },
  TO_RECIPIENT: { description: 'Who receives.', from: ['Disclosure', 'Transfer'], to: ['Recipient'] },
  STATED_IN: { description: 'The policy clause stating a flow.', from: ['Collection', 'Disclosure'], to: ['PolicyClause'] },
  MEMBER_OF: {
    description: 'Segment membership over an inclusive interval.',
    from: ['Person'],
    to: ['Segment'],
    properties: { since: requiredDate, until: optionalDate },
  },
  INCLUDED_IN: {
    description:
      'A person named in a transfer: the person’s line of the ledger. It repeats the transfer’s facts so that a ' +
      'person’s transfers are read from their own relationships alone (the embedded engine joins every further hop ' +
      'against a scan of the whole target table). Transfers are never edited, so the copies cannot drift. The ' +
      'category and purpose ids are one string each, joined by "|" (ids are slugs): list-typed relationship ' +
      'properties make every checkpoint of the embedded engine rewrite the whole list column.',
    from: ['Person'],
    to: ['Transfer'],
    properties: {
      transferId: requiredString,
      occurredOn: requiredDate,
      use: { type: 'string', required: true, values: DISCLOSURE_USES },
      recipientId: requiredString,
      categoryIdList: requiredString,
      purposeIdList: requiredString,
    },
  },
  MADE: { description: 'A person’s opt-out.', from: ['Person'], to: ['OptOut'] },
  IDENTIFIES: { description: 'An identifier hash to its person.', from: ['PersonIdentifier'], to: ['Person'] },
  REQUESTED: { description: 'A person’s privacy request.', from: ['Person'], to: ['PrivacyRequest'] },
} as const satisfies Record<string, RelationshipDeclaration>;

export type RelationshipType = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

/** Bump when the declarations change; the server's migrations run up to this version. */
export const SCHEMA_VERSION = 3;
