import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph/graph-store';
import { InventoryRepository, type CategoryWithParent } from '../graph/repositories/inventory.repository';
import { InventoryRevisionRepository } from '../graph/repositories/inventory-revision.repository';
import { LineageRepository } from '../graph/repositories/lineage.repository';
import type { DisclosureFact } from '../rules/who-received';
import { RecipientsRepository } from '../graph/repositories/recipients.repository';
import { HistoryService } from '../history/history.service';
import { indexBy } from '../common/index-by';
import { breachElementsOf } from '../rules/breach';
import { Catalog } from './catalog';

/** The inventory's nodes as the repositories list them. */
interface CatalogLists {
  categories: CategoryWithParent[];
  purposes: NodeRecord<'Purpose'>[];
  sources: NodeRecord<'Source'>[];
  segments: NodeRecord<'Segment'>[];
  systems: NodeRecord<'System'>[];
  clauses: NodeRecord<'PolicyClause'>[];
  recipients: (NodeRecord<'Recipient'> & { subprocessorOf: string | null })[];
}

/** The inventory as a read-only unit of work saw it, kept while the inventory revision does not move. */
interface KeptInventory {
  revision: number;
  catalog: Catalog;
  /** Filled on first use: every disclosure about a segment, by segment id. */
  disclosuresBySegment?: Map<string, DisclosureFact[]>;
}

/**
 * The inventory's nodes (categories, purposes, sources, segments, systems, clauses, recipients) for a unit of work.
 * The inventory is small and changes rarely, while it is read by every answer: a read-only unit of work gets the
 * copy kept in memory when the graph's inventory revision (one lookup by key) says it is still current, whichever
 * server process changed it. Write units of work always read the graph, so their own changes are seen and nothing
 * uncommitted is kept.
 */
@Injectable()
export class CatalogService {
  private kept: KeptInventory | null = null;
  /** The inventory load under way, by the revision it is for. */
  private loading: { revision: number; catalog: Promise<Catalog> } | null = null;
  /** What each read-only unit of work already checked, so one unit reads the revision once. */
  private readonly checked = new WeakMap<GraphTx, KeptInventory>();

  constructor(
    private readonly inventory: InventoryRepository,
    private readonly recipients: RecipientsRepository,
    private readonly lineage: LineageRepository,
    private readonly revisions: InventoryRevisionRepository,
    private readonly history: HistoryService,
  ) {}

  async load(tx: GraphTx): Promise<Catalog> {
    return (await this.current(tx))?.catalog ?? this.loadFromGraph(tx);
  }

  /** The inventory as it is now (null) or as recorded at the end of a date (see loadAsRecordedOn). */
  loadAsOf(tx: GraphTx, inventoryAsOf: string | null): Promise<Catalog> {
    return inventoryAsOf === null ? this.load(tx) : this.loadAsRecordedOn(tx, inventoryAsOf);
  }

  /** Disclosures about any of the segments, each once, in id order, with everything the rules need. */
  async disclosuresAboutSegments(tx: GraphTx, segmentIds: Iterable<string>): Promise<DisclosureFact[]> {
    const kept = await this.current(tx);
    if (!kept) return this.lineage.disclosuresAboutSegments(tx, segmentIds);
    if (!kept.disclosuresBySegment) {
      const all = await this.lineage.disclosuresAboutSegments(tx, kept.catalog.segments.keys());
      kept.disclosuresBySegment = indexBy(all, (d) => d.segmentIds);
    }
    const found = new Map<string, DisclosureFact>();
    for (const s of segmentIds) for (const d of kept.disclosuresBySegment.get(s) ?? []) found.set(d.id, d);
    return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The kept inventory, reloaded first when the revision moved on; null inside a write unit of work. */
  private async current(tx: GraphTx): Promise<KeptInventory | null> {
    if (!tx.readOnly) return null;
    const checked = this.checked.get(tx);
    if (checked) return checked;
    const revision = await this.revisions.current(tx);
    if (revision === null) return null;
    const kept: KeptInventory = this.kept?.revision === revision ? this.kept : { revision, catalog: await this.reload(tx, revision) };
    if (!this.kept || this.kept.revision <= revision) this.kept = kept;
    this.checked.set(tx, kept);
    return kept;
  }

  /**
   * One reload per revision: read-only units of work that find the same new revision share the first one's load (the
   * revision moves in the unit of work of every inventory change, so equal revisions are equal inventories). Under
   * load, every read after an inventory change used to reload the inventory by itself, each load slowing the others.
   */
  private async reload(tx: GraphTx, revision: number): Promise<Catalog> {
    if (this.loading?.revision !== revision) {
      const loading = { revision, catalog: this.loadFromGraph(tx) };
      this.loading = loading;
      // Settled either way: a failed load is not shared with later units (they load again).
      void loading.catalog.then(
        () => this.loading === loading && (this.loading = null),
        () => this.loading === loading && (this.loading = null),
      );
      return loading.catalog;
    }
    const shared = this.loading.catalog;
    return shared.catch(() => this.loadFromGraph(tx));
  }

  private async loadFromGraph(tx: GraphTx): Promise<Catalog> {
    return this.build(await this.listsFromGraph(tx));
  }

  /**
   * The inventory as it was recorded at the end of a date, from the change history: names, addresses, classes,
   * statutory mappings and the category hierarchy as a report of that time printed them. Reproducing a past
   * period's report with the period's end gives the same document whatever was edited since.
   */
  async loadAsRecordedOn(tx: GraphTx, date: string): Promise<Catalog> {
    const now = await this.listsFromGraph(tx);
    const then = <T extends { id: string }>(items: T[]) => this.history.asOf(tx, items, date);
    return this.build({
      categories: await then(now.categories),
      purposes: await then(now.purposes),
      sources: await then(now.sources),
      segments: await then(now.segments),
      systems: await then(now.systems),
      clauses: await then(now.clauses),
      recipients: await then(now.recipients),
    });
  }

  private async listsFromGraph(tx: GraphTx): Promise<CatalogLists> {
    return {
      categories: await this.inventory.listCategories(tx),
      purposes: await this.inventory.list(tx, 'Purpose'),
      sources: await this.inventory.list(tx, 'Source'),
      segments: await this.inventory.list(tx, 'Segment'),
      systems: await this.inventory.list(tx, 'System'),
      clauses: await this.inventory.list(tx, 'PolicyClause'),
      recipients: await this.recipients.list(tx, null),
    };
  }

  private build({ categories, purposes, sources, segments, systems, clauses, recipients }: CatalogLists): Catalog {
    return new Catalog({
      categories: categories.map((c) => ({
        ...c,
        sensitive: c.sensitive ?? false,
        shineTheLight: (c.shineTheLight ?? []) as never[],
        ccpa: (c.ccpa ?? []) as never[],
        breachElements: breachElementsOf(c.breachElements),
      })),
      purposes: purposes.map((p) => ({
        ...p,
        directMarketing: p.directMarketing ?? false,
        targetedAdvertising: p.targetedAdvertising ?? false,
      })),
      sources: sources.map((s) => ({ ...s, kind: s.kind as never })),
      segments,
      systems,
      clauses,
      recipients: recipients.map((r) => ({ ...r, class: r.class as never, productsMarketed: r.productsMarketed ?? [] })),
    });
  }
}
