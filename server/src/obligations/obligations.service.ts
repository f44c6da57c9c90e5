import { Inject, Injectable } from '@nestjs/common';
import { badInput, notFound } from '../common/app-error';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { LegalRepository, type PrivacyRequestView } from '../graph/repositories/legal.repository';
import { LineageRepository } from '../graph/repositories/lineage.repository';
import { noticeId, ObligationsRepository } from '../graph/repositories/obligations.repository';
import { HistoryService } from '../history/history.service';
import { hydrateTransfer } from '../people/people.service';
import type { ShineTheLightReport } from '../reports/models/shine-the-light.models';
import { ReportsService } from '../reports/reports.service';
import type { PrivacyRequest } from '../requests/models/privacy-request.model';
import { RequestsService } from '../requests/requests.service';
import { addDays, BEGINNING, END_OF_TIME, maxDate, today } from '../rules/dates';
import { requestRecord, type RequestRecord } from './request-record';
import type { PropagationUpdate } from './dto/propagation.inputs';
import { isInaccurate, reportYearOf } from './frozen-report';
import type { PropagationPlan, PropagationRow, Reappearance } from './models/propagation.models';
import { noticeState, PropagationPlanner } from './propagation-planner';
import { nextNotice } from './propagation-rules';

/** Requests whose answer means the person's data is gone: a later transfer of it is a reappearance. */
export const ERASURE_KINDS = ['CCPA_DELETE', 'GDPR_ERASURE'] as const;

/** PRODUCT.md §7: passing deletions and corrections on, reappearances, and frozen Shine-the-Light answers. */
@Injectable()
export class ObligationsService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly legal: LegalRepository,
    private readonly obligations: ObligationsRepository,
    private readonly lineageRepo: LineageRepository,
    private readonly planner: PropagationPlanner,
    private readonly requests: RequestsService,
    private readonly catalogs: CatalogService,
    private readonly history: HistoryService,
    private readonly reports: ReportsService,
  ) {}

  private async existing(tx: GraphTx, requestId: string): Promise<PrivacyRequestView> {
    const view = await this.legal.request(tx, requestId);
    if (!view) throw notFound('requestId', `no request ${requestId}`);
    return view;
  }

  propagationPlan(requestId: string): Promise<PropagationPlan> {
    return this.graph.read(async (tx) => {
      const view = await this.existing(tx, requestId);
      const plan = await this.planner.planOf(tx, view);
      return { request: await this.requests.describe(tx, view), rows: plan.rows, excluded: plan.excluded, complete: plan.complete };
    });
  }

  /** Sets a row's status: refused (changing nothing) as §7 says; the notice is graph data with its history. */
  updatePropagation(input: PropagationUpdate): Promise<PropagationRow> {
    return this.graph.write(async (tx) => {
      const view = await this.existing(tx, input.requestId);
      const plan = await this.planner.planOf(tx, view);
      const row = plan.rows.find((r) => r.recipient.id === input.recipientId);
      if (!row) throw badInputRecipient(input.recipientId);
      const before = await this.obligations.notice(tx, view.id, input.recipientId);
      const next = nextNotice(plan.kind, row, view.receivedOn, noticeState(before), input);
      const record = {
        id: noticeId(view.id, input.recipientId),
        requestId: view.id,
        recipientId: input.recipientId,
        ...next,
        updatedAt: new Date().toISOString(),
      };
      await this.obligations.saveNotice(tx, record);
      await this.history.record(tx, 'updatePropagation', 'PropagationNotice', record.id, before, record);
      return { ...row, status: next.status, sentOn: next.sentOn, confirmedOn: next.confirmedOn, explanation: next.explanation };
    });
  }

  /** Transfers including a person after their deletion or erasure was answered; `from`/`to` filter occurredOn. */
  reappearances(from: string | null, to: string | null): Promise<Reappearance[]> {
    return this.graph.read(async (tx) => {
      const catalog = await this.catalogs.load(tx);
      const out: Reappearance[] = [];
      for (const answered of await this.obligations.respondedRequestsOfKinds(tx, ERASURE_KINDS)) {
        const start = maxDate(addDays(answered.respondedOn, 1), from ?? BEGINNING);
        const transfers = await this.lineageRepo.transfersOfPerson(tx, answered.personId, start, to ?? END_OF_TIME);
        if (!transfers.length) continue;
        const view = await this.existing(tx, answered.id);
        const request = await this.requests.describe(tx, view);
        for (const transfer of transfers) out.push({ person: request.person, request, transfer: hydrateTransfer(catalog, transfer) });
      }
      return out.sort(
        (a, b) =>
          a.transfer.occurredOn.localeCompare(b.transfer.occurredOn) ||
          a.request.id.localeCompare(b.request.id) ||
          a.transfer.id.localeCompare(b.transfer.id),
      );
    });
  }

  frozenReport(request: PrivacyRequest): ShineTheLightReport | null {
    return request.frozenReportJson ? (JSON.parse(request.frozenReportJson) as ShineTheLightReport) : null;
  }

  /** True when the live report for the frozen answer's person and year no longer says the same. */
  async inaccurate(request: PrivacyRequest): Promise<boolean> {
    const frozen = this.frozenReport(request);
    if (!frozen) return false;
    const year = reportYearOf(request.receivedOn);
    // The live report reads the inventory as it is now: a category re-mapped since the answer makes it inaccurate.
    const live = await this.reports.shineTheLightReport(year, { id: request.person.id }, null);
    return isInaccurate(frozen, live);
  }

  /** The printable record of a request and its notices, as they stand today. */
  record(requestId: string): Promise<{ view: PrivacyRequestView; record: RequestRecord }> {
    return this.graph.read(async (tx) => {
      const view = await this.existing(tx, requestId);
      const plan = await this.planner.planIfAny(tx, view);
      return { view, record: requestRecord(await this.requests.describe(tx, view), plan, today()) };
    });
  }

  /** The letter frozen with an answered Shine-the-Light request (JSON), for the document endpoints. */
  frozenLetter(requestId: string): Promise<{ view: PrivacyRequestView; letter: string | null }> {
    return this.graph.read(async (tx) => {
      const view = await this.existing(tx, requestId);
      return { view, letter: view.frozenLetter ?? null };
    });
  }
}

function badInputRecipient(recipientId: string) {
  return badInput('recipientId', `${recipientId} is not in this request's propagation plan`);
}
