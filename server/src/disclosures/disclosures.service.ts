import { Inject, Injectable } from '@nestjs/common';
import { badInput, conflictOn } from '../common/app-error';
import { generateId } from '../common/ids';
import { requireExisting, requireOrderedDates } from '../common/references';
import { isCalendarDate } from '../rules/dates';
import { SLUG_PATTERN } from '@disclosure-map/graph-schema';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { FlowsRepository, type CollectionView, type DisclosureView } from '../graph/repositories/flows.repository';
import { InventoryRepository } from '../graph/repositories/inventory.repository';
import type { CollectionInput, DisclosureInput } from './dto/flow.inputs';
import type { Collection, Disclosure } from './models/flow.models';
import { HistoryService } from '../history/history.service';

export function hydrateDisclosure(catalog: Catalog, d: DisclosureView): Disclosure {
  return {
    id: d.id,
    use: d.use,
    validFrom: d.validFrom,
    validTo: d.validTo,
    recipient: catalog.recipient(d.recipientId),
    categories: catalog.categoriesByName(d.categoryIds),
    segments: catalog.pick(catalog.segments, d.segmentIds),
    purposes: catalog.purposesByName(d.purposeIds),
    systems: catalog.pick(catalog.systems, d.systemIds),
    policyClauses: catalog.pick(catalog.clauses, d.policyClauseIds),
  };
}

export function hydrateCollection(catalog: Catalog, c: CollectionView): Collection {
  const source = catalog.sources.get(c.sourceId);
  if (!source) throw new Error(`source ${c.sourceId} missing from catalog`);
  return {
    id: c.id,
    validFrom: c.validFrom,
    validTo: c.validTo,
    source,
    categories: catalog.categoriesByName(c.categoryIds),
    segments: catalog.pick(catalog.segments, c.segmentIds),
    purposes: catalog.purposesByName(c.purposeIds),
    systems: catalog.pick(catalog.systems, c.systemIds),
    policyClauses: catalog.pick(catalog.clauses, c.policyClauseIds),
  };
}

type FlowScopeInput = Pick<CollectionInput, 'categoryIds' | 'segmentIds' | 'purposeIds' | 'systemIds' | 'policyClauseIds'>;

/** What a collection or disclosure is about: the ids it links to, optional lists as empty ones. */
function flowScope(input: FlowScopeInput) {
  return {
    categoryIds: input.categoryIds,
    segmentIds: input.segmentIds,
    purposeIds: input.purposeIds,
    systemIds: input.systemIds ?? [],
    policyClauseIds: input.policyClauseIds ?? [],
  };
}

/** The existence checks of those ids, each naming its field. */
function scopeReferences(input: FlowScopeInput): Parameters<typeof requireExisting>[2] {
  return [
    { field: 'categoryIds', label: 'DataCategory', ids: input.categoryIds },
    { field: 'segmentIds', label: 'Segment', ids: input.segmentIds },
    { field: 'purposeIds', label: 'Purpose', ids: input.purposeIds },
    { field: 'systemIds', label: 'System', ids: input.systemIds },
    { field: 'policyClauseIds', label: 'PolicyClause', ids: input.policyClauseIds },
  ];
}

/** Declared flows: collections and disclosures, their validity, and ending a disclosure (nothing is deleted). */
@Injectable()
export class DisclosuresService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly flows: FlowsRepository,
    private readonly inventory: InventoryRepository,
    private readonly catalog: CatalogService,
    private readonly history: HistoryService,
  ) {}

  private readonly missing = (tx: GraphTx, label: Parameters<InventoryRepository['missing']>[1], ids: readonly string[]) =>
    this.inventory.missing(tx, label, ids);

  addCollection(input: CollectionInput): Promise<Collection> {
    return this.graph.write(async (tx) => {
      const id = await this.addCollectionIn(tx, input);
      const [view] = (await this.flows.collections(tx, null)).filter((c) => c.id === id);
      return hydrateCollection(await this.catalog.load(tx), view);
    });
  }

  async addCollectionIn(tx: GraphTx, input: CollectionInput): Promise<string> {
    requireOrderedDates(input.validFrom, input.validTo);
    await requireExisting(tx, this.missing, [{ field: 'sourceId', label: 'Source', ids: input.sourceId }, ...scopeReferences(input)]);
    const id = input.id ?? generateId('collection');
    if (await this.flows.exists(tx, 'Collection', id)) throw conflictOn('id', `a collection with id "${id}" already exists`);
    await this.flows.createCollection(
      tx,
      { id, validFrom: input.validFrom, validTo: input.validTo ?? null },
      {
        sourceId: input.sourceId,
        ...flowScope(input),
      },
    );
    await this.history.record(tx, 'addCollection', 'Collection', id, null, { ...input, id });
    return id;
  }

  addDisclosure(input: DisclosureInput): Promise<Disclosure> {
    return this.graph.write(async (tx) => {
      const id = await this.addDisclosureIn(tx, input);
      return this.loadDisclosure(tx, id);
    });
  }

  async addDisclosureIn(tx: GraphTx, input: DisclosureInput): Promise<string> {
    requireOrderedDates(input.validFrom, input.validTo);
    await requireExisting(tx, this.missing, [
      { field: 'recipientId', label: 'Recipient', ids: input.recipientId },
      ...scopeReferences(input),
    ]);
    const id = input.id ?? generateId('disclosure');
    if (await this.flows.exists(tx, 'Disclosure', id)) throw conflictOn('id', `a disclosure with id "${id}" already exists`);
    await this.flows.createDisclosure(
      tx,
      {
        id,
        use: input.use,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        transferSafeguard: input.transferSafeguard ?? null,
      },
      {
        recipientId: input.recipientId,
        ...flowScope(input),
      },
    );
    await this.history.record(tx, 'addDisclosure', 'Disclosure', id, null, { ...input, id });
    return id;
  }

  async loadDisclosure(tx: GraphTx, id: string): Promise<Disclosure> {
    const [view] = await this.flows.disclosuresByIds(tx, [id]);
    return hydrateDisclosure(await this.catalog.load(tx), view);
  }

  /** Ends a flow: sets validTo, so every past year can still be answered. */
  endDisclosure(id: string, validTo: string): Promise<Disclosure> {
    if (!SLUG_PATTERN.test(id)) throw badInput('id', 'must be a slug');
    if (!isCalendarDate(validTo)) throw badInput('validTo', 'must be a real calendar date');
    return this.graph.write(async (tx) => {
      const [view] = await this.flows.disclosuresByIds(tx, [id]);
      if (!view) throw badInput('id', `no Disclosure with id "${id}"`); // every referenced id must exist (PRODUCT.md §5)
      requireOrderedDates(view.validFrom, validTo);
      await this.flows.endDisclosure(tx, id, validTo);
      await this.history.record(tx, 'endDisclosure', 'Disclosure', id, view, { ...view, validTo });
      return this.loadDisclosure(tx, id);
    });
  }

  disclosures(asOf: string | null): Promise<Disclosure[]> {
    return this.graph.read(async (tx) => {
      const catalog = await this.catalog.load(tx);
      return (await this.flows.disclosures(tx, asOf)).map((d) => hydrateDisclosure(catalog, d));
    });
  }

  collections(asOf: string | null): Promise<Collection[]> {
    return this.graph.read(async (tx) => {
      const catalog = await this.catalog.load(tx);
      return (await this.flows.collections(tx, asOf)).map((c) => hydrateCollection(catalog, c));
    });
  }
}
