import { Injectable } from '@nestjs/common';
import type { GraphTx } from '../graph-store';
import { FlowsRepository } from './flows.repository';
import { ORGANIZATION_ID } from './legal.repository';
import { links, nodes } from './node-access';

const END_COLLECTION = 'MATCH (n:Collection {id: $id}) SET n.validTo = $validTo';

/** Items as stored: every declared property (missing ones null) plus the ids an input names (parentId, …). */
export type StoredItem = Record<string, unknown> & { id: string };

export interface StoredInventory {
  /** The organization's settings (one node), null when never set. */
  organization: StoredItem | null;
  policyClauses: StoredItem[];
  categories: StoredItem[];
  purposes: StoredItem[];
  sources: StoredItem[];
  segments: StoredItem[];
  systems: StoredItem[];
  recipients: StoredItem[];
  collections: StoredItem[];
  disclosures: StoredItem[];
}

/** Reads the whole inventory in the shape of its API inputs (for `inventory pull` and the plan of `applyInventory`). */
@Injectable()
export class InventoryDocumentRepository {
  constructor(private readonly flows: FlowsRepository) {}

  async read(tx: GraphTx): Promise<StoredInventory> {
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const categories = byId(await nodes.list(tx, 'DataCategory'));
    const parents = await links.of(
      tx,
      'DataCategory',
      'PART_OF',
      'DataCategory',
      categories.map((c) => c.id),
    );
    const recipients = byId(await nodes.list(tx, 'Recipient'));
    const processors = await links.of(
      tx,
      'Recipient',
      'SUBPROCESSOR_OF',
      'Recipient',
      recipients.map((r) => r.id),
    );
    const organization = await nodes.get(tx, 'Organization', ORGANIZATION_ID);
    return {
      organization: organization ? { ...organization } : null,
      policyClauses: byId(await nodes.list(tx, 'PolicyClause')),
      // Parents before their children, so that the document applies top to bottom.
      categories: parentsFirst(categories.map((c) => ({ ...c, parentId: parents.get(c.id)?.[0] ?? null }))),
      purposes: byId(await nodes.list(tx, 'Purpose')),
      sources: byId(await nodes.list(tx, 'Source')),
      segments: byId(await nodes.list(tx, 'Segment')),
      systems: byId(await nodes.list(tx, 'System')),
      recipients: processorsFirst(recipients.map((r) => ({ ...r, subprocessorOf: processors.get(r.id)?.[0] ?? null }))),
      collections: byId((await this.flows.collections(tx, null)).map((c): StoredItem => ({ ...c }))),
      disclosures: byId((await this.flows.disclosures(tx, null)).map((d): StoredItem => ({ ...d }))),
    };
  }

  async endCollection(tx: GraphTx, id: string, validTo: string): Promise<void> {
    await tx.run(END_COLLECTION, { id, validTo });
  }
}

/** A stable order in which every item comes after the one its `key` names. */
function referencedFirst(items: StoredItem[], key: string): StoredItem[] {
  const ids = new Map(items.map((i) => [i.id, i]));
  const out: StoredItem[] = [];
  const placed = new Set<string>();
  const place = (item: StoredItem, depth: number) => {
    if (placed.has(item.id)) return;
    const ref = item[key];
    const parent = typeof ref === 'string' ? ids.get(ref) : undefined;
    if (parent && depth < 64) place(parent, depth + 1);
    placed.add(item.id);
    out.push(item);
  };
  items.forEach((i) => place(i, 0));
  return out;
}

const parentsFirst = (items: StoredItem[]) => referencedFirst(items, 'parentId');
const processorsFirst = (items: StoredItem[]) => referencedFirst(items, 'subprocessorOf');
