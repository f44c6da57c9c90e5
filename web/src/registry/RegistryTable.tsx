import type { ReactNode } from 'react';
import type { RecipientClass, TypedDocumentString } from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import { DataTable, type Column, type SortState } from '../common/DataTable';
import { ErrorMessage, Loading } from '../common/states';

/** What the page hands every registry table: the filter and sort from the URL, and a reload trigger. */
export interface TableView {
  /** Free-text filter from the URL. */
  q: string;
  sort: SortState | null;
  onSortChange: (sort: SortState) => void;
  /** Bumped after a registration to reload the table. */
  revision: number;
  /** The recipient-class filter, for the kinds that offer it. */
  recipientClass: RecipientClass | null;
}

/** One kind's table: its query, the rows it makes of the answer, and how they are shown, searched and sorted. */
export interface TableSpec<Row, Data, Variables> {
  query: TypedDocumentString<Data, Variables>;
  variables: (view: Pick<TableView, 'recipientClass'>) => Variables;
  rows: (data: Data) => readonly Row[];
  columns: readonly Column<Row>[];
  /** The words the free-text filter looks in. */
  searchText: (row: Row) => readonly (string | null | undefined)[];
  /** The order until a column header is clicked; null keeps the rows' own order (the category tree). */
  defaultSort: SortState | null;
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  caption: string;
  /** Plural for the count ("19 recipients"), singular for the empty message ("No recipient matches."). */
  noun: { one: string; many: string };
}

/** Case-insensitive "every word appears somewhere in the row". */
export function matchesText(haystack: readonly (string | null | undefined)[], q: string): boolean {
  const words = q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack.filter(Boolean).join(' ').toLocaleLowerCase();
  return words.every((word) => text.includes(word));
}

function Count({ shown, total, noun }: { shown: number; total: number; noun: string }) {
  return (
    <p className="table-count" role="status">
      {shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`}
    </p>
  );
}

/** Query → filter → count → table, the same for every kind. */
function RegistryTable<Row, Data, Variables>({ spec, view }: { spec: TableSpec<Row, Data, Variables>; view: TableView }) {
  const { state, reload } = useQuery(spec.query, spec.variables(view), false, view.revision);
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading />;
  const all = spec.rows(state.data);
  const rows = all.filter((row) => matchesText(spec.searchText(row), view.q));
  return (
    <>
      <Count shown={rows.length} total={all.length} noun={spec.noun.many} />
      <DataTable
        caption={spec.caption}
        rows={rows}
        columns={spec.columns}
        rowKey={spec.rowKey}
        rowClassName={spec.rowClassName}
        sort={spec.defaultSort ? (view.sort ?? spec.defaultSort) : null}
        onSortChange={spec.defaultSort ? view.onSortChange : undefined}
        emptyMessage={`No ${spec.noun.one} matches.`}
      />
    </>
  );
}

/** A kind's table as a component of the view alone, so kinds with different row types sit in one record. */
export function registryTable<Row, Data, Variables>(spec: TableSpec<Row, Data, Variables>): (view: TableView) => ReactNode {
  return function KindTable(view) {
    return <RegistryTable spec={spec} view={view} />;
  };
}
