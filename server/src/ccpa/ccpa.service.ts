import { Inject, Injectable } from '@nestjs/common';
import { SOURCE_KINDS, type SourceKind } from '@disclosure-map/graph-schema';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { FlowsRepository, type CollectionView } from '../graph/repositories/flows.repository';
import { LedgerRepository } from '../graph/repositories/ledger.repository';
import { LegalRepository } from '../graph/repositories/legal.repository';
import { PeopleRepository } from '../graph/repositories/people.repository';
import { LineageService } from '../lineage/lineage.service';
import type { PersonRef } from '../people/dto/people.inputs';
import { PeopleService } from '../people/people.service';
import { close, intersect, today, type ClosedInterval } from '../rules/dates';
import { ccpaCategoriesFor, ccpaDisclosureLists, SOURCE_KIND_LABELS, twelveMonthsBefore, type CcpaFlow } from './ccpa-rules';
import type { CcpaRightToKnow } from './models/ccpa.models';

const overlaps = (flow: { validFrom: string; validTo: string | null }, period: ClosedInterval) =>
  intersect(close({ start: flow.validFrom, end: flow.validTo }), period) !== null;

/** CCPA right to know (§1798.110, §1798.115) from the inventory, business-wide or for one person. */
@Injectable()
export class CcpaService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly flows: FlowsRepository,
    private readonly ledger: LedgerRepository,
    private readonly legal: LegalRepository,
    private readonly peopleRepo: PeopleRepository,
    private readonly people: PeopleService,
    private readonly lineage: LineageService,
    private readonly catalogs: CatalogService,
  ) {}

  /** `inventoryAsOf`: the inventory as recorded at the end of that date (default: as it is now). */
  rightToKnow(person: PersonRef | null, asOf: string | null, inventoryAsOf: string | null = null): Promise<CcpaRightToKnow> {
    const period = twelveMonthsBefore(asOf ?? today());
    return this.graph.read(async (tx) => {
      const catalog = await this.catalogs.loadAsOf(tx, inventoryAsOf);
      return person ? this.forPerson(tx, catalog, person, period) : this.businessWide(tx, catalog, period);
    });
  }

  private async businessWide(tx: GraphTx, catalog: Catalog, period: ClosedInterval): Promise<CcpaRightToKnow> {
    const collections = (await this.flows.collections(tx, null)).filter((c) => overlaps(c, period));
    const disclosures = (await this.flows.disclosures(tx, null)).filter((d) => overlaps(d, period));
    const transfers = await this.ledger.transfersByIds(tx, await this.legal.transferIdsBetween(tx, period.start, period.end));
    const flows: CcpaFlow[] = [...disclosures, ...transfers].map((f) => ({
      recipientClass: catalog.recipientClass(f.recipientId),
      use: f.use,
      categoryIds: f.categoryIds,
      purposeIds: f.purposeIds,
    }));
    return this.answer(catalog, period, null, collections, flows);
  }

  private async forPerson(tx: GraphTx, catalog: Catalog, ref: PersonRef, period: ClosedInterval): Promise<CcpaRightToKnow> {
    const lineage = await this.lineage.lineageIn(tx, ref, period.start, period.end, catalog);
    const memberships = await this.peopleRepo.memberships(tx, lineage.person.id);
    const collections = (await this.flows.collections(tx, null)).filter((c) =>
      memberships.some(
        (m) =>
          c.segmentIds.includes(m.segmentId) &&
          intersect(close({ start: c.validFrom, end: c.validTo }), close({ start: m.since, end: m.until }), period) !== null,
      ),
    );
    const flows: CcpaFlow[] = lineage.contributions.map((c) => ({
      recipientClass: lineage.catalog.recipientClass(c.recipientId),
      use: c.use,
      categoryIds: c.categoryIds,
      purposeIds: c.purposeIds,
    }));
    const person = await this.people.toPerson(tx, lineage.person, lineage.catalog, lineage.memberships);
    return this.answer(lineage.catalog, period, person, collections, flows);
  }

  private answer(
    catalog: Catalog,
    period: ClosedInterval,
    person: CcpaRightToKnow['person'],
    collections: CollectionView[],
    flows: CcpaFlow[],
  ): CcpaRightToKnow {
    const categories = [...catalog.categories.values()];
    const isTargeted = (id: string) => catalog.isTargetedAdvertising(id);
    const lists = ccpaDisclosureLists(flows, categories, isTargeted);
    const sourcesByKind = new Map<SourceKind, Set<string>>();
    for (const c of collections) {
      const source = catalog.sources.get(c.sourceId);
      if (source) sourcesByKind.set(source.kind, (sourcesByKind.get(source.kind) ?? new Set<string>()).add(source.name));
    }
    const info = ({
      code,
      label,
      citation,
    }: {
      code: CcpaRightToKnow['categoriesCollected'][number]['code'];
      label: string;
      citation: string;
    }) => ({
      code,
      label,
      citation,
    });
    return {
      person,
      periodStart: period.start,
      periodEnd: period.end,
      categoriesCollected: ccpaCategoriesFor(
        collections.flatMap((c) => c.categoryIds),
        categories,
      ).map(info),
      sourceCategories: SOURCE_KINDS.filter((k) => sourcesByKind.has(k)).map((kind) => ({
        kind,
        label: SOURCE_KIND_LABELS[kind],
        sources: [...(sourcesByKind.get(kind) ?? [])].sort((a, b) => a.localeCompare(b)),
      })),
      purposes: catalog.purposesByName([...new Set([...collections.flatMap((c) => c.purposeIds), ...flows.flatMap((f) => f.purposeIds)])]),
      soldOrShared: lists.soldOrShared.map((r) => ({ ...r, category: info(r.category) })),
      disclosedForBusinessPurpose: lists.businessPurpose.map((r) => ({ ...r, category: info(r.category) })),
    };
  }
}
