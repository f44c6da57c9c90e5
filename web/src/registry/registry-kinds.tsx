// Why over 300 lines: the one record of every registry kind, so that adding a kind is one entry here.
import type { ReactNode } from 'react';
import { treeOrder } from '../common/Checklist';
import type { Column } from '../common/DataTable';
import { formatDate, hasEnded } from '../common/dates';
import { breachElementLabel, disclosureUseLabel, recipientClassLabel, sourceKindLabel } from '../common/labels';
import { statutoryLabel } from '../common/statutory';
import { SubprocessorChangesPanel } from '../subprocessors/SubprocessorChangesPanel';
import type { RegistryFormKind } from './forms';
import {
  CATEGORIES_QUERY,
  DISCLOSURES_QUERY,
  PURPOSES_QUERY,
  RECIPIENTS_QUERY,
  SEGMENTS_QUERY,
  SOURCES_QUERY,
  SYSTEMS_QUERY,
  type CategoryRow,
  type DisclosureRow,
  type PurposeRow,
  type RecipientRow,
  type SegmentRow,
  type SourceRow,
  type SystemRow,
} from './graphql';
import { DASH, idColumn, listNames, nameColumn, textColumn, yesNoColumn } from './columns';
import { registryTable, type TableView } from './RegistryTable';

/** The registry's pages, one per kind of inventory entry, in the order of the tabs. */
export const REGISTRY_KINDS = ['recipients', 'disclosures', 'categories', 'purposes', 'sources', 'segments', 'systems'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

export function asRegistryKind(value: string): RegistryKind | null {
  return REGISTRY_KINDS.find((kind) => kind === value) ?? null;
}

/** Everything the registry page knows about a kind: adding a kind is one more entry here (and its query). */
export interface RegistryKindDescriptor {
  label: string;
  Table: (view: TableView) => ReactNode;
  /** The registration forms the kind's page offers to editors, in button order. */
  forms: readonly RegistryFormKind[];
  /** Whether the page offers the recipient-class filter. */
  classFilter: boolean;
  /** What the page shows below its table, if anything (the recipients' sub-processor changes). */
  Panel: (() => ReactNode) | null;
}

const byName = { key: 'name', dir: 'asc' } as const;

/** A category in the tree: its depth and its parent's name (searchable). */
interface CategoryTreeRow {
  item: CategoryRow;
  depth: number;
  parentName: string | undefined;
}

const CATEGORY_COLUMNS: readonly Column<CategoryTreeRow>[] = [
  {
    key: 'name',
    header: 'Category',
    render: ({ item, depth }) => (
      <span className="tree-cell" style={{ paddingLeft: `${depth * 1.25}rem` }}>
        {depth > 0 ? (
          <span className="tree-branch" aria-hidden="true">
            └
          </span>
        ) : null}
        <span>
          <strong>{item.name}</strong>
          {item.description ? <span className="muted small block">{item.description}</span> : null}
        </span>
      </span>
    ),
  },
  { key: 'id', header: 'Id', render: ({ item }) => <code>{item.id}</code> },
  {
    key: 'stl',
    header: 'Shine the Light',
    render: ({ item }) =>
      item.shineTheLight?.length ? (
        <ul className="plain-list">
          {item.shineTheLight.map((code) => (
            <li key={code} title={code}>
              {statutoryLabel(code)}
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">{DASH}</span>
      ),
  },
  {
    key: 'ccpa',
    header: 'CCPA',
    render: ({ item }) =>
      item.ccpa?.length
        ? item.ccpa.map((code) => (
            <code key={code} className="block">
              {code}
            </code>
          ))
        : DASH,
  },
  {
    key: 'breach',
    header: 'Breach elements',
    render: ({ item }) =>
      item.breachElements.length ? (
        <ul className="plain-list">
          {item.breachElements.map((code) => (
            <li key={code} title={code}>
              {breachElementLabel(code)}
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">{DASH}</span>
      ),
  },
  {
    key: 'sensitive',
    header: 'Sensitive',
    render: ({ item }) => (item.sensitive ? <span className="badge badge-sensitive">Sensitive</span> : <span className="muted">No</span>),
  },
];

function categoryTree(categories: readonly CategoryRow[]): CategoryTreeRow[] {
  const byId = new Map(categories.map((category) => [category.id, category]));
  return treeOrder(categories).map(({ item, depth }) => ({ item, depth, parentName: byId.get(item.parentId ?? '')?.name }));
}

const DISCLOSURE_COLUMNS: readonly Column<DisclosureRow>[] = [
  {
    key: 'recipient',
    header: 'Recipient',
    render: (row) => (
      <>
        <strong>{row.recipient.name}</strong>
        <div className="muted small">{recipientClassLabel(row.recipient.class)}</div>
      </>
    ),
    sortValue: (row) => row.recipient.name,
  },
  idColumn(),
  { key: 'use', header: 'Use', render: (row) => disclosureUseLabel(row.use), sortValue: (row) => disclosureUseLabel(row.use) },
  { key: 'categories', header: 'Categories', render: (row) => listNames(row.categories) },
  { key: 'purposes', header: 'Purposes', render: (row) => listNames(row.purposes) },
  { key: 'segments', header: 'About', render: (row) => listNames(row.segments) },
  {
    key: 'validFrom',
    header: 'Valid from',
    className: 'nowrap',
    render: (row) => formatDate(row.validFrom),
    sortValue: (row) => row.validFrom,
  },
  {
    key: 'validTo',
    header: 'Valid to',
    className: 'nowrap',
    render: (row) =>
      row.validTo ? (
        <>
          {formatDate(row.validTo)}
          {hasEnded(row.validTo) ? <span className="badge badge-ended">Ended</span> : null}
        </>
      ) : (
        <span className="muted">In force</span>
      ),
    sortValue: (row) => row.validTo ?? '9999-12-31',
  },
];

const RECIPIENT_COLUMNS: readonly Column<RecipientRow>[] = [
  nameColumn(),
  idColumn(),
  {
    key: 'class',
    header: 'Class',
    render: (row) => <span className={`class-chip tone-${row.class.toLowerCase()}`}>{recipientClassLabel(row.class)}</span>,
    sortValue: (row) => recipientClassLabel(row.class),
  },
  textColumn('legalName', 'Legal name', (row) => row.legalName),
  textColumn('country', 'Country', (row) => row.country),
  {
    key: 'business',
    header: 'Nature of business',
    render: (row) => (
      <>
        {row.natureOfBusiness ?? DASH}
        {row.productsMarketed?.length ? <div className="muted small">e.g. {row.productsMarketed.join(', ')}</div> : null}
      </>
    ),
  },
  {
    key: 'agreement',
    header: 'Agreement',
    className: 'nowrap',
    render: (row) => formatDate(row.agreementSignedOn),
    sortValue: (row) => row.agreementSignedOn ?? '',
  },
];

export const REGISTRY = {
  recipients: {
    label: 'Recipients',
    forms: ['processor', 'recipient'],
    classFilter: true,
    Panel: SubprocessorChangesPanel,
    Table: registryTable({
      query: RECIPIENTS_QUERY,
      variables: ({ recipientClass }) => ({ class: recipientClass }),
      rowKey: (row) => row.id,
      rows: (data) => data.recipients,
      columns: RECIPIENT_COLUMNS,
      searchText: (row) => [row.name, row.id, row.legalName, row.natureOfBusiness, row.country, row.address],
      defaultSort: byName,
      caption: 'Recipients',
      noun: { one: 'recipient', many: 'recipients' },
    }),
  },
  disclosures: {
    label: 'Disclosures',
    forms: ['disclosure'],
    classFilter: false,
    Panel: null,
    Table: registryTable({
      variables: () => ({}),
      query: DISCLOSURES_QUERY,
      rowKey: (row) => row.id,
      rows: (data) => data.disclosures,
      columns: DISCLOSURE_COLUMNS,
      searchText: (row) => [
        row.id,
        row.recipient.name,
        row.recipient.id,
        row.use,
        disclosureUseLabel(row.use),
        ...row.categories.map((item) => item.name),
        ...row.purposes.map((item) => item.name),
        ...row.segments.map((item) => item.name),
      ],
      defaultSort: { key: 'recipient', dir: 'asc' },
      rowClassName: (row) => (hasEnded(row.validTo) ? 'row-ended' : undefined),
      caption: 'Disclosures',
      noun: { one: 'disclosure', many: 'disclosures' },
    }),
  },
  categories: {
    label: 'Categories',
    forms: ['breachElements'],
    classFilter: false,
    Panel: null,
    Table: registryTable({
      query: CATEGORIES_QUERY,
      variables: () => ({}),
      rows: (data) => categoryTree(data.categories),
      columns: CATEGORY_COLUMNS,
      searchText: ({ item, parentName }) => [
        item.name,
        item.id,
        item.description,
        parentName,
        ...(item.shineTheLight ?? []).map(statutoryLabel),
        ...item.breachElements.map(breachElementLabel),
      ],
      // The tree's own order: parents before their children.
      defaultSort: null,
      rowKey: ({ item }) => item.id,
      rowClassName: ({ depth }) => (depth === 0 ? 'tree-root' : undefined),
      caption: 'Data categories, as a tree',
      noun: { one: 'category', many: 'categories' },
    }),
  },
  purposes: {
    label: 'Purposes',
    forms: [],
    classFilter: false,
    Panel: null,
    Table: registryTable({
      variables: () => ({}),
      query: PURPOSES_QUERY,
      rowKey: (row) => row.id,
      rows: (data) => data.purposes,
      columns: [
        nameColumn<PurposeRow>(),
        idColumn(),
        textColumn<PurposeRow>('description', 'Description', (row) => row.description, false),
        yesNoColumn<PurposeRow>('directMarketing', 'Direct marketing', (row) => row.directMarketing),
        yesNoColumn<PurposeRow>('targetedAdvertising', 'Targeted advertising', (row) => row.targetedAdvertising),
      ],
      searchText: (row) => [row.name, row.id, row.description],
      defaultSort: byName,
      caption: 'Purposes',
      noun: { one: 'purpose', many: 'purposes' },
    }),
  },
  sources: {
    label: 'Sources',
    forms: [],
    classFilter: false,
    Panel: null,
    Table: registryTable({
      variables: () => ({}),
      query: SOURCES_QUERY,
      rowKey: (row) => row.id,
      rows: (data) => data.sources,
      columns: [
        nameColumn<SourceRow>(),
        idColumn(),
        { key: 'kind', header: 'Kind', render: (row) => sourceKindLabel(row.kind), sortValue: (row) => sourceKindLabel(row.kind) },
      ],
      searchText: (row) => [row.name, row.id, row.kind],
      defaultSort: byName,
      caption: 'Sources',
      noun: { one: 'source', many: 'sources' },
    }),
  },
  segments: {
    label: 'Segments',
    forms: [],
    classFilter: false,
    Panel: null,
    Table: registryTable({
      variables: () => ({}),
      query: SEGMENTS_QUERY,
      rowKey: (row) => row.id,
      rows: (data) => data.segments,
      columns: [
        nameColumn<SegmentRow>(),
        idColumn(),
        textColumn<SegmentRow>('description', 'Description', (row) => row.description, false),
      ],
      searchText: (row) => [row.name, row.id, row.description],
      defaultSort: byName,
      caption: 'Segments',
      noun: { one: 'segment', many: 'segments' },
    }),
  },
  systems: {
    label: 'Systems',
    forms: [],
    classFilter: false,
    Panel: null,
    Table: registryTable({
      variables: () => ({}),
      query: SYSTEMS_QUERY,
      rowKey: (row) => row.id,
      rows: (data) => data.systems,
      columns: [
        nameColumn<SystemRow>(),
        idColumn(),
        textColumn<SystemRow>('owner', 'Owner', (row) => row.owner),
        textColumn<SystemRow>('country', 'Country', (row) => row.country),
      ],
      searchText: (row) => [row.name, row.id, row.owner, row.country],
      defaultSort: byName,
      caption: 'Systems',
      noun: { one: 'system', many: 'systems' },
    }),
  },
} satisfies Record<RegistryKind, RegistryKindDescriptor>;
