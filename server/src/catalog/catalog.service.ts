import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph/graph-store';
import { InventoryRepository, type CategoryWithParent } from '../graph/repositories/inventory.repository';
import { LineageRepository } from '../graph/repositories/lineage.repository';
import { RecipientsRepository } from '../graph/repositories/recipients.repository';
import { Catalog } from './catalog';

/** Ids of the inventory nodes one answer needs. */
export interface CatalogSubset {
  categoryIds: Iterable<string>;
  purposeIds: Iterable<string>;
  segmentIds: Iterable<string>;
  recipientIds: Iterable<string>;
}

@Injectable()
export class CatalogService {
  constructor(
    private readonly inventory: InventoryRepository,
    private readonly recipients: RecipientsRepository,
    private readonly byIds: LineageRepository,
  ) {}

  /**
   * Only the inventory nodes named (found by primary key): a person's answer
   * touches a few dozen, not the whole inventory. Lists of other kinds are empty.
   */
  async loadSubset(tx: GraphTx, ids: CatalogSubset): Promise<Catalog> {
    return this.build({
      categories: await this.byIds.categoriesByIds(tx, ids.categoryIds),
      purposes: await this.byIds.purposesByIds(tx, ids.purposeIds),
      sources: [],
      segments: await this.byIds.segmentsByIds(tx, ids.segmentIds),
      systems: [],
      clauses: [],
      recipients: await this.byIds.recipientsByIds(tx, ids.recipientIds),
    });
  }

  async load(tx: GraphTx): Promise<Catalog> {
    const categories = await this.inventory.listCategories(tx);
    const purposes = await this.inventory.list(tx, 'Purpose');
    const sources = await this.inventory.list(tx, 'Source');
    const segments = await this.inventory.list(tx, 'Segment');
    const systems = await this.inventory.list(tx, 'System');
    const clauses = await this.inventory.list(tx, 'PolicyClause');
    const recipients = await this.recipients.list(tx, null);
    return this.build({ categories, purposes, sources, segments, systems, clauses, recipients });
  }

  private build({
    categories,
    purposes,
    sources,
    segments,
    systems,
    clauses,
    recipients,
  }: {
    categories: CategoryWithParent[];
    purposes: NodeRecord<'Purpose'>[];
    sources: NodeRecord<'Source'>[];
    segments: NodeRecord<'Segment'>[];
    systems: NodeRecord<'System'>[];
    clauses: NodeRecord<'PolicyClause'>[];
    recipients: (NodeRecord<'Recipient'> & { subprocessorOf: string | null })[];
  }): Catalog {
    return new Catalog({
      categories: categories.map((c) => ({
        ...c,
        sensitive: c.sensitive ?? false,
        shineTheLight: (c.shineTheLight ?? []) as never[],
        ccpa: (c.ccpa ?? []) as never[],
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
