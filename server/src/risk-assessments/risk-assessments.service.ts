import { Inject, Injectable } from '@nestjs/common';
import { DISCLOSURE_USES, type FlowKind, type NodeRecord } from '@disclosure-map/graph-schema';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { badInput, notFound } from '../common/app-error';
import { oneOf } from '../common/vocabulary';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { AssessmentsRepository } from '../graph/repositories/assessments.repository';
import { FlowsRepository, type CollectionView, type DisclosureView } from '../graph/repositories/flows.repository';
import { currentChangeActor } from '../history/change-context';
import { maxDate, today } from '../rules/dates';
import { riskDueOn, riskReasons, riskStatus, sensitiveCategoryIds } from '../rules/risk-assessments';
import type { RiskAssessmentItem } from './models/risk-assessment.models';

export const DOCUMENT_REF_MAX = 500;

type Flow = { kind: 'COLLECTION'; view: CollectionView } | { kind: 'DISCLOSURE'; view: DisclosureView };
const KIND_ORDER: Record<FlowKind, number> = { COLLECTION: 0, DISCLOSURE: 1 };

/** Risk assessments of the flows that sell or share personal information or process sensitive data (PRODUCT.md §8). */
@Injectable()
export class RiskAssessmentsService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly catalogs: CatalogService,
    private readonly flows: FlowsRepository,
    private readonly assessments: AssessmentsRepository,
  ) {}

  /** Each flow in force on asOf (default today) that needs an assessment, by dueOn, collections first, then id. */
  riskAssessments(asOf: string | null): Promise<RiskAssessmentItem[]> {
    const date = asOf ?? today();
    return this.graph.read(async (tx) => {
      const catalog = await this.catalogs.load(tx);
      const flows: Flow[] = [
        ...(await this.flows.collections(tx, date)).map((view) => ({ kind: 'COLLECTION' as const, view })),
        ...(await this.flows.disclosures(tx, date)).map((view) => ({ kind: 'DISCLOSURE' as const, view })),
      ];
      const items = await this.items(tx, catalog, flows, date);
      return items
        .filter((i) => i.reasons.length > 0)
        .sort(
          (a, b) => a.dueOn.localeCompare(b.dueOn) || KIND_ORDER[a.flowKind] - KIND_ORDER[b.flowKind] || a.flowId.localeCompare(b.flowId),
        );
    });
  }

  /** Records (or replaces) the assessment of a flow; the answer is the flow's item as of the later of today and assessedOn. */
  recordRiskAssessment(flowId: string, assessedOn: string, documentRef: string | null): Promise<RiskAssessmentItem> {
    const ref = documentRef?.trim() || null;
    if (ref !== null && ref.length > DOCUMENT_REF_MAX) throw badInput('documentRef', `must be at most ${DOCUMENT_REF_MAX} characters`);
    return this.graph.write(async (tx) => {
      const [collection] = (await this.flows.collections(tx, null)).filter((c) => c.id === flowId);
      const [disclosure] = collection ? [] : await this.flows.disclosuresByIds(tx, [flowId]);
      const flow: Flow | null = collection
        ? { kind: 'COLLECTION', view: collection }
        : disclosure
          ? { kind: 'DISCLOSURE', view: disclosure }
          : null;
      if (!flow) throw notFound('flowId', `no collection or disclosure with id "${flowId}"`);
      const record: NodeRecord<'RiskAssessment'> = {
        id: flowId,
        flowKind: flow.kind,
        assessedOn,
        documentRef: ref,
        recordedAt: new Date().toISOString(),
        actor: currentChangeActor().name,
      };
      await this.assessments.upsert(tx, record);
      const [item] = await this.items(tx, await this.catalogs.load(tx), [flow], maxDate(today(), assessedOn));
      return item;
    });
  }

  private async items(tx: GraphTx, catalog: Catalog, flows: Flow[], asOf: string): Promise<RiskAssessmentItem[]> {
    const sensitive = sensitiveCategoryIds([...catalog.categories.values()]);
    const recorded = await this.assessments.ofFlows(
      tx,
      flows.map((f) => f.view.id),
    );
    return flows.map((flow) => {
      const { view } = flow;
      const use = flow.kind === 'DISCLOSURE' ? oneOf(DISCLOSURE_USES, flow.view.use, 'disclosure use') : null;
      const reasons = riskReasons({
        kind: flow.kind,
        validFrom: view.validFrom,
        use,
        targetedAdvertising: view.purposeIds.some((p) => catalog.isTargetedAdvertising(p)),
        sensitiveData: view.categoryIds.some((c) => sensitive.has(c)),
      });
      const dueOn = riskDueOn(view.validFrom);
      const assessment = recorded.get(view.id);
      const assessedOn = assessment && assessment.assessedOn <= asOf ? assessment.assessedOn : null;
      const description =
        flow.kind === 'DISCLOSURE'
          ? `Disclosure to ${catalog.recipients.get(flow.view.recipientId)?.name ?? flow.view.recipientId} (${flow.view.use})`
          : `Collection from ${catalog.sources.get(flow.view.sourceId)?.name ?? flow.view.sourceId} of ${catalog
              .categoriesByName(view.categoryIds)
              .map((c) => c.name)
              .join(', ')}`;
      return {
        flowId: view.id,
        flowKind: flow.kind,
        reasons,
        dueOn,
        assessedOn,
        documentRef: assessedOn ? (assessment?.documentRef ?? null) : null,
        status: riskStatus(dueOn, assessedOn, asOf),
        description,
        validFrom: view.validFrom,
      };
    });
  }
}
