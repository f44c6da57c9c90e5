import { Inject, Injectable } from '@nestjs/common';
import { badInput, notFound } from '../common/app-error';
import { generateId } from '../common/ids';
import { requireExisting } from '../common/references';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { InventoryRepository } from '../graph/repositories/inventory.repository';
import { SubprocessorChangesRepository, type SubprocessorChangeRecord } from '../graph/repositories/subprocessor-changes.repository';
import { subprocessorNoticeTerms } from '../rules/breach';
import { OutboxService } from '../webhooks/outbox.service';
import type { SubprocessorChangeInput } from './dto/subprocessor-change.input';
import type { SubprocessorChange } from './models/subprocessor-change.model';

/** The API's view of a stored notice: the recipients and the derived deadline and short-notice flag. */
export function toSubprocessorChange(catalog: Catalog, r: SubprocessorChangeRecord): SubprocessorChange {
  return {
    processor: catalog.recipient(r.processorId),
    subprocessor: catalog.recipient(r.subprocessorId),
    noticeOn: r.noticeOn,
    effectiveOn: r.effectiveOn,
    ...subprocessorNoticeTerms(r.noticeOn, r.effectiveOn, r.objectionDays),
    objectedOn: r.objectedOn,
  };
}

/**
 * GDPR Art. 28(2), general written authorisation: a processor notifies each sub-processor it adds; the controller may
 * object until noticeOn + objectionDays. The relation counts from effectiveOn (breach impact follows it from then).
 */
@Injectable()
export class SubprocessorsService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly changes: SubprocessorChangesRepository,
    private readonly inventory: InventoryRepository,
    private readonly catalogs: CatalogService,
    private readonly outbox: OutboxService,
  ) {}

  /** One unit of work: the notice and its SUBPROCESSOR_CHANGE webhook event commit together or not at all. */
  recordSubprocessorChange(input: SubprocessorChangeInput): Promise<SubprocessorChange> {
    return this.graph.write(async (tx) => toSubprocessorChange(await this.catalogs.load(tx), await this.recordIn(tx, input)));
  }

  async recordIn(tx: GraphTx, input: SubprocessorChangeInput): Promise<SubprocessorChangeRecord> {
    await requireExisting(tx, (t, label, ids) => this.inventory.missing(t, label, ids), [
      { field: 'processorId', label: 'Recipient', ids: input.processorId },
      { field: 'subprocessorId', label: 'Recipient', ids: input.subprocessorId },
    ]);
    if (input.subprocessorId === input.processorId) throw badInput('subprocessorId', 'a processor cannot be its own sub-processor');
    if (!Number.isInteger(input.objectionDays) || input.objectionDays < 0) throw badInput('objectionDays', 'must be 0 or more days');
    const record: SubprocessorChangeRecord = {
      id: generateId('subprocessor-change'),
      processorId: input.processorId,
      subprocessorId: input.subprocessorId,
      noticeOn: input.noticeOn,
      effectiveOn: input.effectiveOn,
      objectionDays: input.objectionDays,
      objectedOn: null,
    };
    await this.changes.create(tx, record);
    await this.outbox.emit(tx, 'SUBPROCESSOR_CHANGE', {
      ...record,
      ...subprocessorNoticeTerms(record.noticeOn, record.effectiveOn, record.objectionDays),
    });
    return record;
  }

  /**
   * Records the controller's objection against the latest notice for the pair. An objection is in time up to and
   * including the deadline; one dated after it, or before the notice was given, is refused (field `on`).
   */
  objectToSubprocessor(processorId: string, subprocessorId: string, on: string): Promise<SubprocessorChange> {
    return this.graph.write(async (tx) => {
      await requireExisting(tx, (t, label, ids) => this.inventory.missing(t, label, ids), [
        { field: 'processorId', label: 'Recipient', ids: processorId },
        { field: 'subprocessorId', label: 'Recipient', ids: subprocessorId },
      ]);
      const notices = await this.changes.ofPair(tx, processorId, subprocessorId);
      const latest = notices[notices.length - 1];
      if (!latest) throw notFound('subprocessorId', `no sub-processor change of "${subprocessorId}" notified by "${processorId}"`);
      const { objectionDeadline } = subprocessorNoticeTerms(latest.noticeOn, latest.effectiveOn, latest.objectionDays);
      if (on > objectionDeadline) throw badInput('on', `the objection period ended on ${objectionDeadline}`);
      if (on < latest.noticeOn) throw badInput('on', `must be on or after the notice (${latest.noticeOn})`);
      await this.changes.setObjectedOn(tx, latest.id, on);
      return toSubprocessorChange(await this.catalogs.load(tx), { ...latest, objectedOn: on });
    });
  }

  subprocessorChanges(processorId: string | null): Promise<SubprocessorChange[]> {
    return this.graph.read(async (tx) => {
      if (processorId !== null) {
        await requireExisting(tx, (t, label, ids) => this.inventory.missing(t, label, ids), [
          { field: 'processorId', label: 'Recipient', ids: processorId },
        ]);
      }
      const catalog = await this.catalogs.load(tx);
      return (await this.changes.list(tx, processorId)).map((r) => toSubprocessorChange(catalog, r));
    });
  }
}
