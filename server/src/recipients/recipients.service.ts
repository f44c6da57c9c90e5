import { Inject, Injectable } from '@nestjs/common';
import type { NodeRecord, RecipientClass } from '@disclosure-map/graph-schema';
import { badInput } from '../common/app-error';
import { mergeForUpsert } from '../common/merge';
import { requireExisting } from '../common/references';
import { retryOnConflict } from '../graph/retry-on-conflict';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { InventoryRepository } from '../graph/repositories/inventory.repository';
import { RecipientsRepository } from '../graph/repositories/recipients.repository';
import { SubprocessorChangesRepository } from '../graph/repositories/subprocessor-changes.repository';
import { today } from '../rules/dates';
import { HistoryService } from '../history/history.service';
import type { ProcessorInput, RecipientInput } from './dto/recipient.inputs';
import type { Recipient } from './models/recipient.model';

/** The id of the ON_OUR_BEHALF disclosure that registerProcessor keeps for a processor. */
export const processorDisclosureId = (processorId: string) => `${processorId.slice(0, 50)}.on-our-behalf`;

const toRecipient = (r: NodeRecord<'Recipient'>, subprocessorOf: string | null): Recipient => ({
  ...r,
  productsMarketed: r.productsMarketed ?? [],
  subprocessorOf,
});

@Injectable()
export class RecipientsService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly repository: RecipientsRepository,
    private readonly inventory: InventoryRepository,
    private readonly flows: FlowsRepository,
    private readonly history: HistoryService,
    private readonly changes: SubprocessorChangesRepository,
  ) {}

  /** Registers a recipient, or updates it when the id exists (a left-out field keeps its value). */
  registerRecipient(input: RecipientInput): Promise<Recipient> {
    return retryOnConflict(() => this.graph.write((tx) => this.registerRecipientIn(tx, input)));
  }

  async registerRecipientIn(tx: GraphTx, input: RecipientInput): Promise<Recipient> {
    const { subprocessorOf, ...fields } = input;
    await this.checkSubprocessorOf(tx, input.id, subprocessorOf);
    const existing = await this.repository.get(tx, input.id);
    const record = mergeForUpsert<NodeRecord<'Recipient'>>(
      {
        id: input.id,
        name: input.name,
        class: input.class,
        legalName: null,
        address: null,
        country: null,
        natureOfBusiness: null,
        productsMarketed: [],
        agreementSignedOn: null,
        subprocessorAuthorizedOn: null,
      },
      existing,
      fields,
    );
    const previousParent = existing ? await this.currentProcessorOf(tx, input.id) : null;
    const currentParent = subprocessorOf === undefined ? previousParent : subprocessorOf;
    await this.repository.upsert(tx, record, currentParent);
    await this.history.record(
      tx,
      'registerRecipient',
      'Recipient',
      input.id,
      existing ? { ...existing, subprocessorOf: previousParent } : null,
      { ...record, subprocessorOf: currentParent },
    );
    return toRecipient(record, currentParent);
  }

  /**
   * A PROCESSOR recipient with its agreement date and its ON_OUR_BEHALF
   * disclosure, in one unit of work. Registering the same processor again
   * updates both, so concurrent or repeated registrations end with one.
   */
  registerProcessor(input: ProcessorInput): Promise<Recipient> {
    return retryOnConflict(() => this.processorUnitOfWork(input));
  }

  private processorUnitOfWork(input: ProcessorInput): Promise<Recipient> {
    return this.graph.write(async (tx) => {
      await requireExisting(tx, (t, label, ids) => this.inventory.missing(t, label, ids), [
        { field: 'categoryIds', label: 'DataCategory', ids: input.categoryIds },
        { field: 'purposeIds', label: 'Purpose', ids: input.purposeIds },
        { field: 'segmentIds', label: 'Segment', ids: input.segmentIds },
        { field: 'systemIds', label: 'System', ids: input.systemIds },
      ]);
      const recipient = await this.registerRecipientIn(tx, {
        id: input.id,
        name: input.name,
        class: 'PROCESSOR',
        legalName: input.legalName,
        address: input.address,
        country: input.country,
        natureOfBusiness: input.natureOfBusiness,
        agreementSignedOn: input.agreementSignedOn,
        subprocessorOf: input.subprocessorOf,
      });
      const disclosureId = processorDisclosureId(input.id);
      const [before] = await this.flows.disclosuresByIds(tx, [disclosureId]);
      const record: NodeRecord<'Disclosure'> = {
        id: disclosureId,
        use: 'ON_OUR_BEHALF',
        validFrom: input.validFrom,
        validTo: null,
        transferSafeguard: null,
      };
      const flowLinks = {
        recipientId: input.id,
        categoryIds: input.categoryIds,
        segmentIds: input.segmentIds,
        purposeIds: input.purposeIds,
        systemIds: input.systemIds ?? [],
        policyClauseIds: [],
      };
      await this.flows.replaceDisclosure(tx, record, flowLinks);
      const [after] = await this.flows.disclosuresByIds(tx, [disclosureId]);
      await this.history.record(tx, 'registerProcessor', 'Disclosure', disclosureId, before ?? null, after);
      return recipient;
    });
  }

  /**
   * A sub-processor's processor: the one set on the recipient, else the processor of the latest change recorded with
   * recordSubprocessorChange that has taken effect (GDPR Art. 28(2): the relation holds from effectiveOn).
   */
  list(recipientClass: RecipientClass | null): Promise<Recipient[]> {
    return this.graph.read(async (tx) => {
      const now = today();
      const inForce = new Map<string, string>();
      for (const c of await this.changes.list(tx, null)) {
        if (c.effectiveOn <= now) inForce.set(c.subprocessorId, c.processorId);
      }
      return (await this.repository.list(tx, recipientClass)).map((r) => toRecipient(r, r.subprocessorOf ?? inForce.get(r.id) ?? null));
    });
  }

  private async currentProcessorOf(tx: GraphTx, id: string): Promise<string | null> {
    const [row] = (await this.repository.list(tx, null)).filter((r) => r.id === id);
    return row?.subprocessorOf ?? null;
  }

  private async checkSubprocessorOf(tx: GraphTx, id: string, processorId: string | null | undefined): Promise<void> {
    if (!processorId) return;
    if (processorId === id) throw badInput('subprocessorOf', 'a recipient cannot be its own sub-processor');
    const processor = await this.repository.get(tx, processorId);
    if (!processor) throw badInput('subprocessorOf', `no Recipient with id "${processorId}"`);
  }
}
