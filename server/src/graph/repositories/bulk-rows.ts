/** Rows the bulk paths create, already validated and resolved by the bulk services. */
import type { OptOutScope, PersonIdentifierKind } from '@disclosure-map/graph-schema';
import type { TransferFact } from '../../rules/who-received';

export interface BulkPersonRow {
  id: string;
  display: string;
  californiaResident: boolean | null;
  relationshipSince: string | null;
  lastPurchaseOn: string | null;
}

export interface BulkIdentifierRow {
  id: string;
  kind: PersonIdentifierKind;
  personId: string;
}

export interface BulkMembershipRow {
  personId: string;
  segmentId: string;
  since: string;
  until: string | null;
}

/** A new transfer with the people it names (a recorded transfer is a TransferFact). */
export interface BulkTransferRow extends TransferFact {
  personIds: string[];
}

export interface BulkOptOutRow {
  id: string;
  personId: string;
  scope: OptOutScope;
  effectiveOn: string;
  channel: string | null;
}

/** New nodes and relationships of one batch, written in one unit of work by an engine's fast path. */
export interface BulkCreate {
  people: BulkPersonRow[];
  identifiers: BulkIdentifierRow[];
  memberships: BulkMembershipRow[];
  transfers: BulkTransferRow[];
  optOuts: BulkOptOutRow[];
}

export const emptyBulkCreate = (): BulkCreate => ({ people: [], identifiers: [], memberships: [], transfers: [], optOuts: [] });

/** How many rows a BulkCreate holds, counting each person named in a transfer as one row. */
export function bulkRowCount(c: BulkCreate): number {
  return (
    c.people.length +
    c.identifiers.length +
    c.memberships.length +
    c.optOuts.length +
    c.transfers.reduce((n, t) => n + 1 + t.personIds.length, 0)
  );
}
