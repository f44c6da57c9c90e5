import { Inject, Injectable } from '@nestjs/common';
import { DISCLOSURE_USES } from '@disclosure-map/graph-schema';
import { CatalogService } from '../catalog/catalog.service';
import { requireOrderedDates } from '../common/references';
import { oneOf } from '../common/vocabulary';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { AssessmentsRepository } from '../graph/repositories/assessments.repository';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { hydrateTransfer } from '../people/people.service';
import { BEGINNING, today } from '../rules/dates';
import { undeclaredFinding } from '../rules/undeclared-transfers';
import type { UndeclaredTransfer } from './models/undeclared.models';

/** The ledger held against the declared flows (PRODUCT.md §8): declared versus observed. */
@Injectable()
export class UndeclaredService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly catalogs: CatalogService,
    private readonly flows: FlowsRepository,
    private readonly ledger: AssessmentsRepository,
  ) {}

  /** Transfers with occurredOn in [from, to] (from: the beginning, to: today), oldest first. */
  undeclaredTransfers(from: string | null, to: string | null): Promise<UndeclaredTransfer[]> {
    const start = from ?? BEGINNING;
    const end = to ?? today();
    if (from !== null && to !== null) requireOrderedDates(from, to, 'to', 'from');
    return this.graph.read(async (tx) => {
      const catalog = await this.catalogs.load(tx);
      const declared = (await this.flows.disclosures(tx, null)).map((d) => ({
        ...d,
        use: oneOf(DISCLOSURE_USES, d.use, 'disclosure use'),
      }));
      const parentOf = (id: string) => catalog.categories.get(id)?.parentId ?? null;
      const out: UndeclaredTransfer[] = [];
      for (const t of await this.ledger.transfersBetween(tx, start, end)) {
        const finding = undeclaredFinding({ ...t, use: oneOf(DISCLOSURE_USES, t.use, 'transfer use') }, declared, parentOf);
        if (!finding) continue;
        out.push({
          transfer: hydrateTransfer(catalog, t),
          reasons: finding.reasons,
          uncoveredCategories: catalog.pick(catalog.categories, finding.uncoveredCategoryIds),
        });
      }
      return out;
    });
  }
}
