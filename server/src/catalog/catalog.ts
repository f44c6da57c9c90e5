import type { RecipientClass } from '@disclosure-map/graph-schema';
import type { DataCategory, PolicyClause, Purpose, Segment, Source, System } from '../inventory/models/inventory.models';
import type { Recipient } from '../recipients/models/recipient.model';

/**
 * The inventory's nodes by id, loaded once per request: flows, answers and
 * maps are hydrated from it instead of asking the graph node by node.
 */
export class Catalog {
  readonly categories: Map<string, DataCategory>;
  readonly purposes: Map<string, Purpose>;
  readonly sources: Map<string, Source>;
  readonly segments: Map<string, Segment>;
  readonly systems: Map<string, System>;
  readonly clauses: Map<string, PolicyClause>;
  readonly recipients: Map<string, Recipient>;

  constructor(lists: {
    categories: DataCategory[];
    purposes: Purpose[];
    sources: Source[];
    segments: Segment[];
    systems: System[];
    clauses: PolicyClause[];
    recipients: Recipient[];
  }) {
    const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
    this.categories = byId(lists.categories);
    this.purposes = byId(lists.purposes);
    this.sources = byId(lists.sources);
    this.segments = byId(lists.segments);
    this.systems = byId(lists.systems);
    this.clauses = byId(lists.clauses);
    this.recipients = byId(lists.recipients);
  }

  /** The items for ids, in the order given, skipping ids that vanished. */
  pick<T>(map: Map<string, T>, ids: readonly string[]): T[] {
    return ids.map((id) => map.get(id)).filter((x): x is T => x !== undefined);
  }

  recipient(id: string): Recipient {
    const r = this.recipients.get(id);
    if (!r) throw new Error(`recipient ${id} missing from catalog`);
    return r;
  }

  recipientClass(id: string): RecipientClass {
    return this.recipient(id).class;
  }

  isTargetedAdvertising(purposeId: string): boolean {
    return this.purposes.get(purposeId)?.targetedAdvertising ?? false;
  }

  /** Categories sorted by name, the order answers list them in. */
  categoriesByName(ids: readonly string[]): DataCategory[] {
    return this.pick(this.categories, ids).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  purposesByName(ids: readonly string[]): Purpose[] {
    return this.pick(this.purposes, ids).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }
}
