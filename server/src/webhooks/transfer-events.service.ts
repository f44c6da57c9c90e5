import { Injectable } from '@nestjs/common';
import { DISCLOSURE_USES, OPT_OUT_SCOPES } from '@disclosure-map/graph-schema';
import { CatalogService } from '../catalog/catalog.service';
import { isOneOf, oneOf } from '../common/vocabulary';
import type { GraphTx } from '../graph/graph-store';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { WebhooksRepository } from '../graph/repositories/webhooks.repository';
import { optOutsViolatedBy, type OptOutFact } from '../rules/opt-outs';
import { undeclaredFinding } from '../rules/undeclared-transfers';
import { OutboxService } from './outbox.service';

/** A transfer as the ledger wrote it (recordTransfer, recordTransferBatch). */
export interface RecordedTransfer {
  id: string;
  occurredOn: string;
  use: string;
  recipientId: string;
  categoryIds: string[];
  purposeIds: string[];
}

/**
 * The events a recorded transfer can raise, written in the transfer's own unit of work: OPT_OUT_VIOLATION (an
 * opt-out in force on occurredOn should have stopped it, for one of its people: the rule of whoReceived's
 * optOutViolations) and UNDECLARED_TRANSFER (the rule of undeclaredTransfers). Nothing is computed when no webhook
 * listens.
 */
@Injectable()
export class TransferEventsService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly catalogs: CatalogService,
    private readonly flows: FlowsRepository,
    private readonly webhooks: WebhooksRepository,
  ) {}

  async transferRecorded(tx: GraphTx, transfer: RecordedTransfer, personIds: readonly string[]): Promise<void> {
    const violationHooks = await this.outbox.subscribers(tx, 'OPT_OUT_VIOLATION');
    const undeclaredHooks = await this.outbox.subscribers(tx, 'UNDECLARED_TRANSFER');
    if (!violationHooks.length && !undeclaredHooks.length) return;
    const catalog = await this.catalogs.load(tx);
    const summary = {
      transferId: transfer.id,
      occurredOn: transfer.occurredOn,
      recipientId: transfer.recipientId,
      use: transfer.use,
      categoryIds: transfer.categoryIds,
      purposeIds: transfer.purposeIds,
    };
    const use = oneOf(DISCLOSURE_USES, transfer.use, 'transfer use');
    if (violationHooks.length) {
      const flow = {
        recipientClass: catalog.recipientClass(transfer.recipientId),
        use,
        targetedAdvertising: transfer.purposeIds.some((p) => catalog.isTargetedAdvertising(p)),
      };
      const optOuts = await this.webhooks.optOutsInForce(tx, [...personIds], transfer.occurredOn);
      const violations = optOuts.flatMap((o) => {
        if (!isOneOf(OPT_OUT_SCOPES, o.scope)) return [];
        const fact: OptOutFact = { id: o.id, scope: o.scope, effectiveOn: o.effectiveOn };
        return optOutsViolatedBy([fact], flow, transfer.occurredOn).map((v) => ({
          personId: o.personId,
          optOutId: v.id,
          scope: v.scope,
          effectiveOn: v.effectiveOn,
        }));
      });
      if (violations.length)
        await this.outbox.emit(tx, 'OPT_OUT_VIOLATION', { transfer: summary, violations }, { webhooks: violationHooks });
    }
    if (undeclaredHooks.length) {
      const disclosures = await this.flows.disclosures(tx, transfer.occurredOn);
      const finding = undeclaredFinding(
        { ...transfer, use },
        disclosures.map((d) => ({ ...d, use: oneOf(DISCLOSURE_USES, d.use, 'disclosure use') })),
        (id) => catalog.categories.get(id)?.parentId ?? null,
      );
      if (finding) {
        await this.outbox.emit(
          tx,
          'UNDECLARED_TRANSFER',
          { transfer: summary, reasons: finding.reasons, uncoveredCategoryIds: finding.uncoveredCategoryIds },
          { webhooks: undeclaredHooks },
        );
      }
    }
  }
}
