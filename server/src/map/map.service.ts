import { Inject, Injectable } from '@nestjs/common';
import type { RecipientClass } from '@disclosure-map/graph-schema';
import { requireExisting } from '../common/references';
import { CatalogService } from '../catalog/catalog.service';
import type { Catalog } from '../catalog/catalog';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { InventoryRevisionRepository } from '../graph/repositories/inventory-revision.repository';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { InventoryRepository } from '../graph/repositories/inventory.repository';
import { today } from '../rules/dates';
import { buildDataMap, type BuiltMap, type FlowForMap, type MapNodeKind } from '../rules/data-map';
import { subtreeOf } from '../rules/shine-the-light';
import { groupDataMap } from '../rules/map-grouping';
import type { MapGroupingInput } from './dto/map-grouping.input';
import { groupsFromCatalog } from './map-groups';
import type { DataMap } from './models/data-map.models';

export interface MapFilters {
  recipientClasses?: RecipientClass[] | null;
  categoryIds?: string[] | null;
  purposeIds?: string[] | null;
}

/** Built maps kept in memory (a few views: days, filters). */
const KEPT_MAPS = 8;

/** The map as of a date: the flows in force that day and the nodes they connect. */
@Injectable()
export class MapService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly flows: FlowsRepository,
    private readonly inventory: InventoryRepository,
    private readonly catalogs: CatalogService,
    private readonly revisions: InventoryRevisionRepository,
  ) {}

  private readonly kept = new Map<string, { built: BuiltMap; catalog: Catalog }>();

  /**
   * `inventoryAsOf`: the nodes as recorded at the end of that date (default: as they are now). Without `grouping`, every
   * node and flow edge (PRODUCT.md §5); with it, focused and grouped (rules/map-grouping.ts).
   */
  dataMap(
    asOf: string | null,
    filters: MapFilters,
    inventoryAsOf: string | null = null,
    grouping: MapGroupingInput | null = null,
  ): Promise<DataMap> {
    const day = asOf ?? today();
    return this.graph.read(async (tx) => {
      await requireExisting(tx, (t, label, ids) => this.inventory.missing(t, label, ids), [
        { field: 'categoryIds', label: 'DataCategory', ids: filters.categoryIds },
        { field: 'purposeIds', label: 'Purpose', ids: filters.purposeIds },
      ]);
      // The built map is kept per inventory revision (every inventory change moves it on), day and filters: opening
      // or closing a group, or focusing, then costs only the grouping.
      const revision = await this.revisions.current(tx);
      const key = JSON.stringify([
        revision,
        day,
        filters.recipientClasses ?? [],
        filters.categoryIds ?? [],
        filters.purposeIds ?? [],
        inventoryAsOf,
      ]);
      const kept = revision === null ? undefined : this.kept.get(key);
      const { built, catalog } = kept ?? (await this.build(tx, day, filters, inventoryAsOf));
      if (revision !== null && !kept) {
        this.kept.set(key, { built, catalog });
        if (this.kept.size > KEPT_MAPS) this.kept.delete(this.kept.keys().next().value as string);
      }
      if (!grouping) return { asOf: day, ...built, grouped: false, focus: null, totalNodes: built.nodes.length };
      const groupOf = groupsFromCatalog(catalog, (id) => catalog.recipientClass(id));
      const expand = new Map((grouping.expand ?? []).map((entry) => [entry.id, entry.limit ?? null]));
      return {
        asOf: day,
        ...groupDataMap(built, groupOf, { mode: grouping.mode ?? 'AUTO', expand, focus: grouping.focus ?? null }),
      };
    });
  }

  /** The whole map of the flows in force on a day (rules/data-map.ts), with the catalog it was built from. */
  private async build(
    tx: GraphTx,
    day: string,
    filters: MapFilters,
    inventoryAsOf: string | null,
  ): Promise<{ built: BuiltMap; catalog: Catalog }> {
    const catalog = await this.catalogs.loadAsOf(tx, inventoryAsOf);
    const nodes = [...catalog.categories.values()];
    // A category filter matches flows declaring the category, a part of it, or a whole it belongs to.
    let categoryMatch: Set<string> | null = null;
    if (filters.categoryIds?.length) {
      categoryMatch = new Set<string>();
      for (const id of filters.categoryIds) {
        subtreeOf(id, nodes).forEach((c) => categoryMatch?.add(c));
        for (let parent = catalog.categories.get(id)?.parentId; parent; parent = catalog.categories.get(parent)?.parentId) {
          categoryMatch.add(parent);
        }
      }
    }
    const keep = (f: FlowForMap) =>
      (!categoryMatch || f.categoryIds.some((c) => categoryMatch?.has(c))) &&
      (!filters.purposeIds?.length || f.purposeIds.some((p) => filters.purposeIds?.includes(p)));
    const flows: FlowForMap[] = [];
    for (const c of await this.flows.collections(tx, day)) {
      flows.push({ ...c, kind: 'collection', endpointId: c.sourceId });
    }
    for (const d of await this.flows.disclosures(tx, day)) {
      if (filters.recipientClasses?.length && !filters.recipientClasses.includes(catalog.recipientClass(d.recipientId))) continue;
      flows.push({ ...d, kind: 'disclosure', endpointId: d.recipientId });
    }
    const labels: Record<Exclude<MapNodeKind, 'recipientClass'>, Map<string, { name: string }>> = {
      source: catalog.sources,
      category: catalog.categories,
      segment: catalog.segments,
      purpose: catalog.purposes,
      system: catalog.systems,
      recipient: catalog.recipients,
    };
    const built = buildDataMap(flows.filter(keep), {
      label: (kind, id) => (kind === 'recipientClass' ? id : (labels[kind].get(id)?.name ?? id)),
      recipientClass: (id) => catalog.recipientClass(id),
    });
    return { built, catalog };
  }
}
