import { Injectable } from '@nestjs/common';
import { PROPAGATION_STATUSES, type NodeRecord } from '@disclosure-map/graph-schema';
import { badInput } from '../common/app-error';
import type { GraphTx } from '../graph/graph-store';
import type { PrivacyRequestView } from '../graph/repositories/legal.repository';
import { ObligationsRepository } from '../graph/repositories/obligations.repository';
import { LineageService } from '../lineage/lineage.service';
import type { Recipient } from '../recipients/models/recipient.model';
import { REQUEST_KINDS, type RequestKind } from '../requests/deadlines';
import type { PropagationRow } from './models/propagation.models';
import { isComplete, isPlanKind, PENDING_NOTICE, selectPlan, type NoticeState, type PlanKind } from './propagation-rules';

/** A plan as computed for one read, before the request itself is described. */
export interface ComputedPlan {
  kind: PlanKind;
  rows: PropagationRow[];
  excluded: Recipient[];
  complete: boolean;
}

/** The request's kind, checked against the closed list (stored as a string). */
export function requestKindOf(view: PrivacyRequestView): RequestKind {
  const kind = REQUEST_KINDS.find((k) => k === view.kind);
  if (!kind) throw new Error(`request ${view.id} has an unknown kind ${view.kind}`);
  return kind;
}

export function noticeState(record: NodeRecord<'PropagationNotice'> | null | undefined): NoticeState {
  if (!record) return PENDING_NOTICE;
  return {
    status: PROPAGATION_STATUSES.find((s) => s === record.status) ?? 'PENDING',
    sentOn: record.sentOn ?? null,
    confirmedOn: record.confirmedOn ?? null,
    explanation: record.explanation ?? null,
    statusOn: record.statusOn ?? null,
  };
}

/**
 * PRODUCT.md §7: the propagation plan of a deletion or correction request, recomputed at every read from the
 * person's whoReceived answer up to the day of receipt (the same computation as the whoReceived query), with
 * the notices stored per (request, recipient). Shared by the plan's queries and by respondToRequest.
 */
@Injectable()
export class PropagationPlanner {
  constructor(
    private readonly lineage: LineageService,
    private readonly obligations: ObligationsRepository,
  ) {}

  /** The plan of a request, or null when its kind has none. */
  async planIfAny(tx: GraphTx, view: PrivacyRequestView): Promise<ComputedPlan | null> {
    const kind = requestKindOf(view);
    return isPlanKind(kind) ? this.plan(tx, view, kind) : null;
  }

  async planOf(tx: GraphTx, view: PrivacyRequestView): Promise<ComputedPlan> {
    const plan = await this.planIfAny(tx, view);
    if (!plan) throw badInput('requestId', `a ${view.kind} request is not passed on to recipients; it has no propagation plan`);
    return plan;
  }

  private async plan(tx: GraphTx, view: PrivacyRequestView, kind: PlanKind): Promise<ComputedPlan> {
    const answer = await this.lineage.whoReceivedIn(tx, { id: view.personId }, null, view.receivedOn);
    const byId = new Map(answer.recipients.map((row) => [row.recipient.id, row]));
    const selection = selectPlan(
      kind,
      answer.recipients.map((row) => ({
        recipientId: row.recipient.id,
        recipientName: row.recipient.name,
        uses: row.uses,
        targetedAdvertising: row.purposes.some((p) => p.targetedAdvertising),
      })),
    );
    const notices = new Map((await this.obligations.notices(tx, view.id)).map((n) => [n.recipientId, n]));
    const rows = selection.rows.flatMap(({ recipientId, bases }) => {
      const received = byId.get(recipientId);
      if (!received) return [];
      const notice = noticeState(notices.get(recipientId));
      return [
        {
          recipient: received.recipient,
          bases,
          evidence: received.evidence,
          categories: received.categories,
          lastOn: received.lastOn,
          dueOn: view.dueOn,
          status: notice.status,
          sentOn: notice.sentOn,
          confirmedOn: notice.confirmedOn,
          explanation: notice.explanation,
        },
      ];
    });
    const excluded = selection.excluded.flatMap((id) => {
      const received = byId.get(id);
      return received ? [received.recipient] : [];
    });
    return { kind, rows, excluded, complete: isComplete(rows.map((r) => r.status)) };
  }
}
