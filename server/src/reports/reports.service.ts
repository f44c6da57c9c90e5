import { Inject, Injectable } from '@nestjs/common';
import { badInput } from '../common/app-error';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { LedgerRepository } from '../graph/repositories/ledger.repository';
import { LineageService } from '../lineage/lineage.service';
import type { PersonRef } from '../people/dto/people.inputs';
import { PeopleService } from '../people/people.service';
import { calendarYear, isCalendarDate } from '../rules/dates';
import { byName, eligibilityNotices, REPORTABLE_USE, statutoryCategoriesFor } from '../rules/shine-the-light';
import type { ShineTheLightReport, ShineTheLightThirdParty } from './models/shine-the-light.models';

/** Shine the Light (Civ. Code §1798.83): the standard annual report and the per-person one. */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly flows: FlowsRepository,
    private readonly ledger: LedgerRepository,
    private readonly lineage: LineageService,
    private readonly people: PeopleService,
    private readonly catalogs: CatalogService,
  ) {}

  /** Categories disclosed per recipient → the statutory content of the report. */
  private content(
    catalog: Catalog,
    categoriesByRecipient: Map<string, Set<string>>,
  ): Pick<ShineTheLightReport, 'categories' | 'thirdParties'> {
    const nodes = [...catalog.categories.values()];
    const all = new Set<string>();
    const thirdParties: ShineTheLightThirdParty[] = [];
    for (const [recipientId, categoryIds] of categoriesByRecipient) {
      categoryIds.forEach((c) => all.add(c));
      const recipient = catalog.recipient(recipientId);
      thirdParties.push({
        recipient,
        name: recipient.name,
        address: recipient.address,
        natureOfBusiness: recipient.natureOfBusiness,
        productsMarketed: recipient.productsMarketed,
        categories: statutoryCategoriesFor(categoryIds, nodes).map(({ code, label }) => ({ code, label })),
      });
    }
    return {
      categories: statutoryCategoriesFor(all, nodes).map(({ code, label }) => ({ code, label })),
      thirdParties: thirdParties.sort((a, b) => byName({ name: a.name, id: a.recipient.id }, { name: b.name, id: b.recipient.id })),
    };
  }

  /**
   * `inventoryAsOf`: print the inventory (names, addresses, classes, statutory mappings) as it was recorded at the
   * end of that date instead of as it is now; the flows reported are the period's either way.
   */
  shineTheLightReport(year: number, person: PersonRef | null, inventoryAsOf: string | null = null): Promise<ShineTheLightReport> {
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw badInput('year', 'must be a calendar year');
    if (inventoryAsOf !== null && !isCalendarDate(inventoryAsOf)) throw badInput('inventoryAsOf', 'must be a real calendar date');
    const period = calendarYear(year);
    return this.graph.read(async (tx) => {
      const inventory = await this.catalogs.loadAsOf(tx, inventoryAsOf);
      const byRecipient = new Map<string, Set<string>>();
      const add = (recipientId: string, categoryIds: Iterable<string>) => {
        const set = byRecipient.get(recipientId) ?? new Set<string>();
        for (const c of categoryIds) set.add(c);
        byRecipient.set(recipientId, set);
      };
      if (!person) {
        for (const d of await this.flows.disclosuresOverlapping(tx, REPORTABLE_USE, period.start, period.end))
          add(d.recipientId, d.categoryIds);
        for (const pair of await this.ledger.transferRecipientCategories(tx, REPORTABLE_USE, period.start, period.end)) {
          add(pair.recipientId, [pair.categoryId]);
        }
        return {
          year,
          periodStart: period.start,
          periodEnd: period.end,
          person: null,
          notices: [],
          ...this.content(inventory, byRecipient),
        };
      }
      const lineage = await this.lineage.lineageIn(tx, person, period.start, period.end, inventory);
      for (const c of lineage.contributions) if (c.use === REPORTABLE_USE) add(c.recipientId, c.categoryIds);
      return {
        year,
        periodStart: period.start,
        periodEnd: period.end,
        person: await this.people.toPerson(tx, lineage.person, lineage.catalog, lineage.memberships),
        notices: eligibilityNotices(lineage.person, year),
        ...this.content(lineage.catalog, byRecipient),
      };
    });
  }
}
