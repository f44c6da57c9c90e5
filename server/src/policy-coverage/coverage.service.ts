import { Inject, Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { LegalRepository } from '../graph/repositories/legal.repository';
import type { PolicyClause } from '../inventory/models/inventory.models';
import { today } from '../rules/dates';
import { policyCoverageFindings, type FlowFacts } from './coverage-rules';
import type { CoverageFlow, PolicyCoverage } from './models/coverage.models';

const toClause = (c: NodeRecord<'PolicyClause'>): PolicyClause => ({ id: c.id, section: c.section, title: c.title, text: c.text });
const bySection = (a: NodeRecord<'PolicyClause'>, b: NodeRecord<'PolicyClause'>) =>
  a.section.localeCompare(b.section, 'en', { numeric: true }) || a.id.localeCompare(b.id);

/** Compares the policy's clauses with the flows in force on a date (PRODUCT.md §2 PolicyClause). */
@Injectable()
export class CoverageService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly flows: FlowsRepository,
    private readonly legal: LegalRepository,
    private readonly catalogs: CatalogService,
  ) {}

  policyCoverage(asOf: string | null): Promise<PolicyCoverage> {
    const date = asOf ?? today();
    return this.graph.read(async (tx) => {
      const catalog = await this.catalogs.load(tx);
      const clauses = (await this.legal.policyClauses(tx)).sort(bySection);
      const collections = await this.flows.collections(tx, date);
      const disclosures = await this.flows.disclosures(tx, date);
      const facts: FlowFacts[] = [
        ...collections.map((c) => ({
          kind: 'COLLECTION' as const,
          id: c.id,
          clauseIds: c.policyClauseIds,
          recipientClass: null,
          use: null,
        })),
        ...disclosures.map((d) => ({
          kind: 'DISCLOSURE' as const,
          id: d.id,
          clauseIds: d.policyClauseIds,
          recipientClass: catalog.recipientClass(d.recipientId),
          use: d.use,
        })),
      ];
      const described = new Map<string, CoverageFlow>();
      for (const c of collections) {
        const source = catalog.sources.get(c.sourceId)?.name ?? c.sourceId;
        const categories = catalog.categoriesByName(c.categoryIds).map((x) => x.name);
        described.set(c.id, { kind: 'COLLECTION', id: c.id, description: `Collection from ${source} of ${categories.join(', ')}` });
      }
      for (const d of disclosures) {
        described.set(d.id, {
          kind: 'DISCLOSURE',
          id: d.id,
          description: `Disclosure to ${catalog.recipient(d.recipientId).name} (${d.use})`,
        });
      }
      const flow = (id: string) => described.get(id) as CoverageFlow;
      const findings = policyCoverageFindings(
        clauses.map((c) => ({ id: c.id, recipientClasses: c.recipientClasses ?? [], uses: c.uses ?? [] })),
        facts,
      );
      const clauseById = new Map(clauses.map((c) => [c.id, c]));
      const withMismatch = new Set(findings.mismatches.map((m) => m.clauseId));
      return {
        asOf: date,
        uncoveredFlows: findings.uncoveredFlowIds.map(flow),
        idleClauses: findings.idleClauseIds.map((id) => toClause(clauseById.get(id) as NodeRecord<'PolicyClause'>)),
        mismatches: findings.mismatches.map((m) => ({
          clause: toClause(clauseById.get(m.clauseId) as NodeRecord<'PolicyClause'>),
          kind: m.kind,
          value: m.value,
          flows: m.flowIds.map(flow),
        })),
        clauses: clauses.map((c) => {
          const flows = (findings.flowIdsByClause.get(c.id) ?? []).map(flow);
          return {
            clause: toClause(c),
            declaredRecipientClasses: c.recipientClasses ?? [],
            declaredUses: c.uses ?? [],
            flows,
            ok: flows.length > 0 && !withMismatch.has(c.id),
          };
        }),
      };
    });
  }
}
