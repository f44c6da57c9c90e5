import type { PropertyType } from './schema';
import { NODES, RELATIONSHIPS } from './schema';

/** The TypeScript value of each declared property type. */
export type ValueOf<T extends PropertyType> = T extends 'string' | 'date' | 'datetime'
  ? string
  : T extends 'boolean'
    ? boolean
    : T extends 'int'
      ? number
      : T extends 'string[]'
        ? string[]
        : never;

type Props = Record<string, { readonly type: PropertyType; readonly required?: boolean; readonly values?: readonly string[] }>;

/** The value of one declared property: its `values` (a closed vocabulary) when it has them, else its type's. */
export type PropertyValue<D extends Props[string]> = D extends { readonly values: readonly (infer V extends string)[] }
  ? D['type'] extends 'string[]'
    ? V[]
    : V
  : ValueOf<D['type']>;

/** A stored record: required properties are always present, the others may be null. */
export type RecordOf<P extends Props> = {
  [K in keyof P as P[K]['required'] extends true ? K : never]: PropertyValue<P[K]>;
} & {
  [K in keyof P as P[K]['required'] extends true ? never : K]: PropertyValue<P[K]> | null;
};

export type NodeRecord<L extends keyof typeof NODES> = RecordOf<(typeof NODES)[L]['properties']>;

type RelProps<R extends keyof typeof RELATIONSHIPS> = (typeof RELATIONSHIPS)[R] extends { properties: infer P extends Props }
  ? P
  : Record<never, never>;
export type RelationshipRecord<R extends keyof typeof RELATIONSHIPS> = RecordOf<RelProps<R>>;

export type DataCategoryRecord = NodeRecord<'DataCategory'>;
export type SourceRecord = NodeRecord<'Source'>;
export type PurposeRecord = NodeRecord<'Purpose'>;
export type SystemRecord = NodeRecord<'System'>;
export type SegmentRecord = NodeRecord<'Segment'>;
export type RecipientRecord = NodeRecord<'Recipient'>;
export type CollectionRecord = NodeRecord<'Collection'>;
export type DisclosureRecord = NodeRecord<'Disclosure'>;
export type PersonRecord = NodeRecord<'Person'>;
export type TransferRecord = NodeRecord<'Transfer'>;
export type OptOutRecord = NodeRecord<'OptOut'>;
export type PolicyClauseRecord = NodeRecord<'PolicyClause'>;
export type AuditEntryRecord = NodeRecord<'AuditEntry'>;
export type MembershipRecord = RelationshipRecord<'MEMBER_OF'>;
