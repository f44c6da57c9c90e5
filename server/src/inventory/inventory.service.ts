import { Inject, Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { badInput } from '../common/app-error';
import { mergeForUpsert } from '../common/merge';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { InventoryRepository, type CategoryWithParent } from '../graph/repositories/inventory.repository';
import { HistoryService } from '../history/history.service';
import { breachElementsOf } from '../rules/breach';
import type { CategoryInput, PolicyClauseInput, PurposeInput, SegmentInput, SourceInput, SystemInput } from './dto/inventory.inputs';
import type { DataCategory, PolicyClause, Purpose, Segment, Source, System } from './models/inventory.models';

const toCategory = (c: CategoryWithParent): DataCategory => ({
  ...c,
  sensitive: c.sensitive ?? false,
  shineTheLight: c.shineTheLight ?? [],
  ccpa: c.ccpa ?? [],
  breachElements: breachElementsOf(c.breachElements),
});

const toPurpose = (p: NodeRecord<'Purpose'>): Purpose => ({
  ...p,
  directMarketing: p.directMarketing ?? false,
  targetedAdvertising: p.targetedAdvertising ?? false,
});

/** The inventory's rules: upserts (a left-out field keeps its value), and a category hierarchy without cycles. */
@Injectable()
export class InventoryService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly inventory: InventoryRepository,
    private readonly history: HistoryService,
  ) {}

  upsertCategory(input: CategoryInput): Promise<DataCategory> {
    return this.graph.write((tx) => this.upsertCategoryIn(tx, input));
  }

  /** Also used by the seed loader, inside its own unit of work. */
  async upsertCategoryIn(tx: GraphTx, input: CategoryInput): Promise<DataCategory> {
    const { parentId, ...fields } = input;
    if (parentId) {
      if (parentId === input.id) throw badInput('parentId', 'a category cannot be its own parent');
      if ((await this.inventory.missing(tx, 'DataCategory', [parentId])).length) {
        throw badInput('parentId', `no DataCategory with id "${parentId}"`);
      }
      if (await this.inventory.isDescendant(tx, parentId, input.id)) {
        throw badInput('parentId', `"${parentId}" lies below "${input.id}": the hierarchy would have a cycle`);
      }
    }
    const existing = await this.inventory.get(tx, 'DataCategory', input.id);
    const before = existing ? ((await this.inventory.listCategories(tx)).find((c) => c.id === input.id) ?? null) : null;
    const record = mergeForUpsert<NodeRecord<'DataCategory'>>(
      {
        id: input.id,
        name: input.name,
        description: null,
        sensitive: false,
        shineTheLight: [],
        ccpa: [],
        retention: null,
        breachElements: [],
      },
      existing,
      fields,
    );
    await this.inventory.upsert(tx, 'DataCategory', record);
    if (parentId !== undefined) await this.inventory.setCategoryParent(tx, input.id, parentId);
    const current = (await this.inventory.listCategories(tx)).find((c) => c.id === input.id);
    await this.history.record(tx, 'upsertCategory', 'DataCategory', input.id, before, current ?? record);
    return toCategory(current ?? { ...record, parentId: parentId ?? null });
  }

  async upsertPurpose(input: PurposeInput): Promise<Purpose> {
    return this.graph.write((tx) => this.upsertPurposeIn(tx, input));
  }

  async upsertPurposeIn(tx: GraphTx, input: PurposeInput): Promise<Purpose> {
    const existing = await this.inventory.get(tx, 'Purpose', input.id);
    const record = mergeForUpsert<NodeRecord<'Purpose'>>(
      { id: input.id, name: input.name, description: null, directMarketing: false, targetedAdvertising: false },
      existing,
      input,
    );
    await this.inventory.upsert(tx, 'Purpose', record);
    await this.history.record(tx, 'upsertPurpose', 'Purpose', input.id, existing, record);
    return toPurpose(record);
  }

  upsertSource(input: SourceInput): Promise<Source> {
    return this.graph.write((tx) => this.upsertSourceIn(tx, input));
  }

  async upsertSourceIn(tx: GraphTx, input: SourceInput): Promise<Source> {
    const existing = await this.inventory.get(tx, 'Source', input.id);
    const record: NodeRecord<'Source'> = { id: input.id, name: input.name, kind: input.kind };
    await this.inventory.upsert(tx, 'Source', record);
    await this.history.record(tx, 'upsertSource', 'Source', input.id, existing, record);
    return { ...record, kind: input.kind };
  }

  upsertSegment(input: SegmentInput): Promise<Segment> {
    return this.graph.write((tx) => this.upsertSegmentIn(tx, input));
  }

  async upsertSegmentIn(tx: GraphTx, input: SegmentInput): Promise<Segment> {
    const existing = await this.inventory.get(tx, 'Segment', input.id);
    const record = mergeForUpsert<NodeRecord<'Segment'>>({ id: input.id, name: input.name, description: null }, existing, input);
    await this.inventory.upsert(tx, 'Segment', record);
    await this.history.record(tx, 'upsertSegment', 'Segment', input.id, existing, record);
    return record;
  }

  upsertSystem(input: SystemInput): Promise<System> {
    return this.graph.write((tx) => this.upsertSystemIn(tx, input));
  }

  async upsertSystemIn(tx: GraphTx, input: SystemInput): Promise<System> {
    const existing = await this.inventory.get(tx, 'System', input.id);
    const record = mergeForUpsert<NodeRecord<'System'>>({ id: input.id, name: input.name, owner: null, country: null }, existing, input);
    await this.inventory.upsert(tx, 'System', record);
    await this.history.record(tx, 'upsertSystem', 'System', input.id, existing, record);
    return record;
  }

  upsertPolicyClause(input: PolicyClauseInput): Promise<PolicyClause> {
    return this.graph.write((tx) => this.upsertPolicyClauseIn(tx, input));
  }

  async upsertPolicyClauseIn(tx: GraphTx, input: PolicyClauseInput): Promise<PolicyClause> {
    const existing = await this.inventory.get(tx, 'PolicyClause', input.id);
    const record = mergeForUpsert<NodeRecord<'PolicyClause'>>(
      { id: input.id, section: input.section, title: input.title, text: null, recipientClasses: [], uses: [] },
      existing,
      input,
    );
    await this.inventory.upsert(tx, 'PolicyClause', record);
    await this.history.record(tx, 'upsertPolicyClause', 'PolicyClause', input.id, existing, record);
    return record;
  }

  categories(): Promise<DataCategory[]> {
    return this.graph.read(async (tx) => (await this.inventory.listCategories(tx)).map(toCategory));
  }

  purposes(): Promise<Purpose[]> {
    return this.graph.read(async (tx) => (await this.inventory.list(tx, 'Purpose')).map(toPurpose));
  }

  sources(): Promise<Source[]> {
    return this.graph.read(async (tx) => this.inventory.list(tx, 'Source'));
  }

  segments(): Promise<Segment[]> {
    return this.graph.read((tx) => this.inventory.list(tx, 'Segment'));
  }

  systems(): Promise<System[]> {
    return this.graph.read((tx) => this.inventory.list(tx, 'System'));
  }

  policyClauses(): Promise<PolicyClause[]> {
    return this.graph.read((tx) => this.inventory.list(tx, 'PolicyClause'));
  }
}
