import { useMemo, type ReactNode } from 'react';
import type { DataCategory, Disclosure, Purpose, Recipient, Segment, Source, SystemInfo } from '../api/types';
import { useQuery, type QueryState } from '../api/use-query';
import { treeOrder } from '../common/Checklist';
import { DataTable, type Column, type SortState } from '../common/DataTable';
import { formatDate, hasEnded, todayIso } from '../common/dates';
import { disclosureUseLabel, recipientClassLabel, sourceKindLabel } from '../common/labels';
import { ErrorMessage, Loading } from '../common/states';
import { statutoryLabel } from '../common/statutory';
import { recipientOnMapHref } from '../map/links';
import { Link } from '../router/Link';
import {
  CATEGORIES_QUERY,
  DISCLOSURES_QUERY,
  PURPOSES_QUERY,
  RECIPIENTS_QUERY,
  SEGMENTS_QUERY,
  SOURCES_QUERY,
  SYSTEMS_QUERY,
  type CategoriesResult,
  type DisclosuresResult,
  type PurposesResult,
  type RecipientsResult,
  type SegmentsResult,
  type SourcesResult,
  type SystemsResult,
} from './graphql';

export interface TableView {
  /** Free-text filter from the URL. */
  q: string;
  sort: SortState | null;
  onSortChange: (sort: SortState) => void;
  /** Bumped after a registration to reload the table. */
  revision: number;
}

/** Case-insensitive "every word appears somewhere in the row". */
export function matchesText(haystack: readonly (string | null | undefined)[], q: string): boolean {
  const words = q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack.filter(Boolean).join(' ').toLocaleLowerCase();
  return words.every((word) => text.includes(word));
}

function useReloadingQuery<T>(query: string, variables: Record<string, unknown>, revision: number) {
  return useQuery<T>(query, variables, false, revision);
}

function TableState<T>({ state, reload, children }: { state: QueryState<T>; reload: () => void; children: (data: T) => ReactNode }) {
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  if (state.status === 'success' || (state.status === 'loading' && state.data)) return <>{children(state.data as T)}</>;
  return <Loading />;
}

function Count({ shown, total, noun }: { shown: number; total: number; noun: string }) {
  return (
    <p className="table-count" role="status">
      {shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`}
    </p>
  );
}

function yesNo(value: boolean | null | undefined): string {
  return value ? 'Yes' : 'No';
}

const RECIPIENT_COLUMNS: readonly Column<Recipient>[] = [
  {
    key: 'name',
    header: 'Name',
    render: (row) => (
      <>
        <strong>{row.name}</strong>{' '}
        <Link className="small-link" to={recipientOnMapHref(row.id)} aria-label={`${row.name} on the map`}>
          map
        </Link>
      </>
    ),
    sortValue: (row) => row.name,
  },
  { key: 'id', header: 'Id', render: (row) => <code>{row.id}</code>, sortValue: (row) => row.id },
  {
    key: 'class',
    header: 'Class',
    render: (row) => <span className={`class-chip tone-${row.class.toLowerCase()}`}>{recipientClassLabel(row.class)}</span>,
    sortValue: (row) => recipientClassLabel(row.class),
  },
  { key: 'legalName', header: 'Legal name', render: (row) => row.legalName ?? '—', sortValue: (row) => row.legalName ?? '' },
  { key: 'country', header: 'Country', render: (row) => row.country ?? '—', sortValue: (row) => row.country ?? '' },
  {
    key: 'business',
    header: 'Nature of business',
    render: (row) => (
      <>
        {row.natureOfBusiness ?? '—'}
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

export function RecipientsTable({ view, recipientClass }: { view: TableView; recipientClass: string | null }) {
  const variables = useMemo(() => ({ class: recipientClass }), [recipientClass]);
  const { state, reload } = useReloadingQuery<RecipientsResult>(RECIPIENTS_QUERY, variables, view.revision);
  return (
    <TableState state={state} reload={reload}>
      {(data) => {
        const rows = data.recipients.filter((row) =>
          matchesText([row.name, row.id, row.legalName, row.natureOfBusiness, row.country, row.address], view.q),
        );
        return (
          <>
            <Count shown={rows.length} total={data.recipients.length} noun="recipients" />
            <DataTable
              caption="Recipients"
              rows={rows}
              columns={RECIPIENT_COLUMNS}
              rowKey={(row) => row.id}
              sort={view.sort ?? { key: 'name', dir: 'asc' }}
              onSortChange={view.onSortChange}
              emptyMessage="No recipient matches."
            />
          </>
        );
      }}
    </TableState>
  );
}

export function CategoriesTree({ view }: { view: TableView }) {
  const { state, reload } = useReloadingQuery<CategoriesResult>(CATEGORIES_QUERY, {}, view.revision);
  return (
    <TableState state={state} reload={reload}>
      {(data) => {
        const ordered = treeOrder(data.categories);
        const byId = new Map(data.categories.map((category) => [category.id, category]));
        const rows = ordered.filter(({ item }) =>
          matchesText(
            [item.name, item.id, item.description, byId.get(item.parentId ?? '')?.name, ...(item.shineTheLight ?? []).map(statutoryLabel)],
            view.q,
          ),
        );
        const columns: Column<{ item: DataCategory; depth: number }>[] = [
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
                <span className="muted">—</span>
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
                : '—',
          },
          {
            key: 'sensitive',
            header: 'Sensitive',
            render: ({ item }) =>
              item.sensitive ? <span className="badge badge-sensitive">Sensitive</span> : <span className="muted">No</span>,
          },
        ];
        return (
          <>
            <Count shown={rows.length} total={data.categories.length} noun="categories" />
            <DataTable
              caption="Data categories, as a tree"
              rows={rows}
              columns={columns}
              rowKey={({ item }) => item.id}
              rowClassName={({ depth }) => (depth === 0 ? 'tree-root' : undefined)}
              sort={null}
              emptyMessage="No category matches."
            />
          </>
        );
      }}
    </TableState>
  );
}

const PURPOSE_COLUMNS: readonly Column<Purpose>[] = [
  { key: 'name', header: 'Name', render: (row) => <strong>{row.name}</strong>, sortValue: (row) => row.name },
  { key: 'id', header: 'Id', render: (row) => <code>{row.id}</code>, sortValue: (row) => row.id },
  { key: 'description', header: 'Description', render: (row) => row.description ?? '—' },
  {
    key: 'directMarketing',
    header: 'Direct marketing',
    render: (row) => yesNo(row.directMarketing),
    sortValue: (row) => yesNo(row.directMarketing),
  },
  {
    key: 'targetedAdvertising',
    header: 'Targeted advertising',
    render: (row) => yesNo(row.targetedAdvertising),
    sortValue: (row) => yesNo(row.targetedAdvertising),
  },
];

export function PurposesTable({ view }: { view: TableView }) {
  const { state, reload } = useReloadingQuery<PurposesResult>(PURPOSES_QUERY, {}, view.revision);
  return (
    <TableState state={state} reload={reload}>
      {(data) => {
        const rows = data.purposes.filter((row) => matchesText([row.name, row.id, row.description], view.q));
        return (
          <>
            <Count shown={rows.length} total={data.purposes.length} noun="purposes" />
            <DataTable
              caption="Purposes"
              rows={rows}
              columns={PURPOSE_COLUMNS}
              rowKey={(row) => row.id}
              sort={view.sort ?? { key: 'name', dir: 'asc' }}
              onSortChange={view.onSortChange}
              emptyMessage="No purpose matches."
            />
          </>
        );
      }}
    </TableState>
  );
}

const SOURCE_COLUMNS: readonly Column<Source>[] = [
  { key: 'name', header: 'Name', render: (row) => <strong>{row.name}</strong>, sortValue: (row) => row.name },
  { key: 'id', header: 'Id', render: (row) => <code>{row.id}</code>, sortValue: (row) => row.id },
  { key: 'kind', header: 'Kind', render: (row) => sourceKindLabel(row.kind), sortValue: (row) => sourceKindLabel(row.kind) },
];

export function SourcesTable({ view }: { view: TableView }) {
  const { state, reload } = useReloadingQuery<SourcesResult>(SOURCES_QUERY, {}, view.revision);
  return (
    <TableState state={state} reload={reload}>
      {(data) => {
        const rows = data.sources.filter((row) => matchesText([row.name, row.id, row.kind], view.q));
        return (
          <>
            <Count shown={rows.length} total={data.sources.length} noun="sources" />
            <DataTable
              caption="Sources"
              rows={rows}
              columns={SOURCE_COLUMNS}
              rowKey={(row) => row.id}
              sort={view.sort ?? { key: 'name', dir: 'asc' }}
              onSortChange={view.onSortChange}
              emptyMessage="No source matches."
            />
          </>
        );
      }}
    </TableState>
  );
}

const SEGMENT_COLUMNS: readonly Column<Segment>[] = [
  { key: 'name', header: 'Name', render: (row) => <strong>{row.name}</strong>, sortValue: (row) => row.name },
  { key: 'id', header: 'Id', render: (row) => <code>{row.id}</code>, sortValue: (row) => row.id },
  { key: 'description', header: 'Description', render: (row) => row.description ?? '—' },
];

export function SegmentsTable({ view }: { view: TableView }) {
  const { state, reload } = useReloadingQuery<SegmentsResult>(SEGMENTS_QUERY, {}, view.revision);
  return (
    <TableState state={state} reload={reload}>
      {(data) => {
        const rows = data.segments.filter((row) => matchesText([row.name, row.id, row.description], view.q));
        return (
          <>
            <Count shown={rows.length} total={data.segments.length} noun="segments" />
            <DataTable
              caption="Segments"
              rows={rows}
              columns={SEGMENT_COLUMNS}
              rowKey={(row) => row.id}
              sort={view.sort ?? { key: 'name', dir: 'asc' }}
              onSortChange={view.onSortChange}
              emptyMessage="No segment matches."
            />
          </>
        );
      }}
    </TableState>
  );
}

const SYSTEM_COLUMNS: readonly Column<SystemInfo>[] = [
  { key: 'name', header: 'Name', render: (row) => <strong>{row.name}</strong>, sortValue: (row) => row.name },
  { key: 'id', header: 'Id', render: (row) => <code>{row.id}</code>, sortValue: (row) => row.id },
  { key: 'owner', header: 'Owner', render: (row) => row.owner ?? '—', sortValue: (row) => row.owner ?? '' },
  { key: 'country', header: 'Country', render: (row) => row.country ?? '—', sortValue: (row) => row.country ?? '' },
];

export function SystemsTable({ view }: { view: TableView }) {
  const { state, reload } = useReloadingQuery<SystemsResult>(SYSTEMS_QUERY, {}, view.revision);
  return (
    <TableState state={state} reload={reload}>
      {(data) => {
        const rows = data.systems.filter((row) => matchesText([row.name, row.id, row.owner, row.country], view.q));
        return (
          <>
            <Count shown={rows.length} total={data.systems.length} noun="systems" />
            <DataTable
              caption="Systems"
              rows={rows}
              columns={SYSTEM_COLUMNS}
              rowKey={(row) => row.id}
              sort={view.sort ?? { key: 'name', dir: 'asc' }}
              onSortChange={view.onSortChange}
              emptyMessage="No system matches."
            />
          </>
        );
      }}
    </TableState>
  );
}

type DisclosureRow = DisclosuresResult['disclosures'][number];

function listNames(items: readonly { name: string }[]): string {
  return items.map((item) => item.name).join(', ') || '—';
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
  { key: 'id', header: 'Id', render: (row) => <code>{row.id}</code>, sortValue: (row) => row.id },
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

export function DisclosuresTable({ view }: { view: TableView }) {
  const { state, reload } = useReloadingQuery<DisclosuresResult>(DISCLOSURES_QUERY, {}, view.revision);
  const today = todayIso();
  return (
    <TableState state={state} reload={reload}>
      {(data) => {
        const rows = data.disclosures.filter((row: Omit<Disclosure, 'policyClauses'>) =>
          matchesText(
            [
              row.id,
              row.recipient.name,
              row.recipient.id,
              row.use,
              disclosureUseLabel(row.use),
              ...row.categories.map((item) => item.name),
              ...row.purposes.map((item) => item.name),
              ...row.segments.map((item) => item.name),
            ],
            view.q,
          ),
        );
        return (
          <>
            <Count shown={rows.length} total={data.disclosures.length} noun="disclosures" />
            <DataTable
              caption="Disclosures"
              rows={rows}
              columns={DISCLOSURE_COLUMNS}
              rowKey={(row) => row.id}
              rowClassName={(row) => (hasEnded(row.validTo, today) ? 'row-ended' : undefined)}
              sort={view.sort ?? { key: 'recipient', dir: 'asc' }}
              onSortChange={view.onSortChange}
              emptyMessage="No disclosure matches."
            />
          </>
        );
      }}
    </TableState>
  );
}
