import { Inject, Injectable } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';
import { AppError, badInput } from '../common/app-error';
import { requireOrderedDates } from '../common/references';
import { DisclosuresService } from '../disclosures/disclosures.service';
import { CollectionInput, DisclosureInput } from '../disclosures/dto/flow.inputs';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { InventoryDocumentRepository, type StoredItem } from '../graph/repositories/inventory-document.repository';
import { HistoryService } from '../history/history.service';
import { CategoryInput, PolicyClauseInput, PurposeInput, SegmentInput, SourceInput, SystemInput } from '../inventory/dto/inventory.inputs';
import { InventoryService } from '../inventory/inventory.service';
import { OrganizationInput } from '../organization/dto/organization.input';
import { OrganizationService } from '../organization/organization.service';
import { RecipientInput } from '../recipients/dto/recipient.inputs';
import { RecipientsService } from '../recipients/recipients.service';
import { validated } from '../seed/seed.service';
import {
  documentItem,
  entityChange,
  FLOW_SECTIONS,
  flowChange,
  INVENTORY_SECTIONS,
  type InventorySection,
  type Item,
  missingFlows,
  ORGANIZATION_SECTION,
  type PlannedChange,
} from './inventory-plan';

export interface InventoryDocument {
  version: 1;
  [section: string]: unknown;
}

interface SectionDescriptor {
  input: ClassConstructor<object>;
  /** Adds or changes the item (entities: upsert; flows: add). */
  apply(tx: GraphTx, input: object): Promise<unknown>;
  /** Flows only: ends the flow on validTo. */
  end?(tx: GraphTx, current: StoredItem, validTo: string): Promise<void>;
}

/** Thrown at the end of a dry run so that its unit of work rolls back; carries the plan out. */
class DryRunRollback extends Error {
  constructor(readonly changes: PlannedChange[]) {
    super('dry run');
  }
}

/** The inventory document: pulled from the graph, and applied (or planned) through the API's own inputs and rules. */
@Injectable()
export class InventoryFileService {
  private readonly sections: Record<InventorySection, SectionDescriptor>;

  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly documents: InventoryDocumentRepository,
    private readonly flows: FlowsRepository,
    private readonly history: HistoryService,
    inventory: InventoryService,
    recipients: RecipientsService,
    disclosures: DisclosuresService,
    private readonly organization: OrganizationService,
  ) {
    this.sections = {
      policyClauses: { input: PolicyClauseInput, apply: (tx, x) => inventory.upsertPolicyClauseIn(tx, x as PolicyClauseInput) },
      categories: { input: CategoryInput, apply: (tx, x) => inventory.upsertCategoryIn(tx, x as CategoryInput) },
      purposes: { input: PurposeInput, apply: (tx, x) => inventory.upsertPurposeIn(tx, x as PurposeInput) },
      sources: { input: SourceInput, apply: (tx, x) => inventory.upsertSourceIn(tx, x as SourceInput) },
      segments: { input: SegmentInput, apply: (tx, x) => inventory.upsertSegmentIn(tx, x as SegmentInput) },
      systems: { input: SystemInput, apply: (tx, x) => inventory.upsertSystemIn(tx, x as SystemInput) },
      recipients: { input: RecipientInput, apply: (tx, x) => recipients.registerRecipientIn(tx, x as RecipientInput) },
      collections: {
        input: CollectionInput,
        apply: (tx, x) => disclosures.addCollectionIn(tx, x as CollectionInput),
        end: async (tx, current, validTo) => {
          await this.documents.endCollection(tx, current.id, validTo);
          await this.history.record(tx, 'endCollection', 'Collection', current.id, current, { ...current, validTo });
        },
      },
      disclosures: {
        input: DisclosureInput,
        apply: (tx, x) => disclosures.addDisclosureIn(tx, x as DisclosureInput),
        end: async (tx, current, validTo) => {
          await this.flows.endDisclosure(tx, current.id, validTo);
          await this.history.record(tx, 'endDisclosure', 'Disclosure', current.id, current, { ...current, validTo });
        },
      },
    } satisfies Record<InventorySection, SectionDescriptor>;
  }

  /** The whole inventory as a document (`inventory pull`): applying it to the same graph changes nothing. */
  pull(): Promise<InventoryDocument> {
    return this.graph.read(async (tx) => {
      const stored = await this.documents.read(tx);
      const doc: InventoryDocument = { version: 1 };
      if (stored.organization) {
        const settings = documentItem(stored.organization);
        delete settings.id; // one node with a fixed id: the document does not repeat it
        doc[ORGANIZATION_SECTION] = settings;
      }
      for (const section of INVENTORY_SECTIONS) doc[section] = stored[section].map(documentItem);
      return doc;
    });
  }

  /**
   * Validates the whole document and applies its changes in ONE unit of work; with dryRun the same work runs and is
   * rolled back, so a plan is checked by exactly the rules an apply would meet. The first error names its path in
   * the document (`disclosures[3].categoryIds[1]`) and nothing is changed.
   */
  async apply(document: unknown, dryRun: boolean): Promise<{ dryRun: boolean; applied: boolean; changes: PlannedChange[] }> {
    const doc = checkShape(document);
    try {
      const changes = await this.graph.write(async (tx) => {
        const planned = await this.run(tx, doc);
        if (dryRun) throw new DryRunRollback(planned);
        return planned;
      });
      return { dryRun, applied: changes.length > 0, changes };
    } catch (error) {
      if (error instanceof DryRunRollback) return { dryRun, applied: false, changes: error.changes };
      throw error;
    }
  }

  private async run(tx: GraphTx, doc: CheckedDocument): Promise<PlannedChange[]> {
    const stored = await this.documents.read(tx);
    const changes: PlannedChange[] = [];
    if (doc.organization) {
      const input = await validated(OrganizationInput, doc.organization, ORGANIZATION_SECTION);
      const change = entityChange(stored.organization ?? undefined, doc.organization);
      if (change) {
        await inDocument(ORGANIZATION_SECTION, async () => void (await this.organization.setOrganizationIn(tx, input)));
        changes.push({
          section: ORGANIZATION_SECTION,
          id: 'organization',
          action: change.action,
          path: ORGANIZATION_SECTION,
          fields: change.fields,
        });
      }
    }
    for (const section of INVENTORY_SECTIONS) {
      const descriptor = this.sections[section];
      const current = new Map(stored[section].map((item) => [item.id, item]));
      const items = doc.sections[section];
      const seen = new Set<string>();
      for (const [i, item] of items.entries()) {
        const path = `${section}[${i}]`;
        const input = await validated(descriptor.input, item, path);
        const id = String(item.id);
        if (seen.has(id)) throw badInput(`${path}.id`, `"${id}" appears twice in ${section}`);
        seen.add(id);
        const before = current.get(id);
        const change = FLOW_SECTIONS.has(section) ? flowChange(before, item) : entityChange(before, item);
        if (change === null) continue;
        if ('refused' in change) throw badInput(path, change.refused);
        await inDocument(path, async () => {
          if (change.action === 'END' && before && descriptor.end) {
            requireOrderedDates(String(before.validFrom), String(item.validTo));
            await descriptor.end(tx, before, String(item.validTo));
          } else await descriptor.apply(tx, input);
        });
        changes.push({ section, id, action: change.action, path, fields: change.fields });
      }
      // A section the document leaves out is not managed by it (a partial document, e.g. imported from Fides); a
      // section it gives must list every recorded flow.
      if (FLOW_SECTIONS.has(section) && doc.present.has(section)) {
        const missing = missingFlows(stored[section], items);
        if (missing.length) {
          throw badInput(
            section,
            `${missing.length} recorded flow(s) are missing from the document (${missing.slice(0, 5).join(', ')}): flows are never deleted; keep them listed and set validTo to end one`,
          );
        }
      }
    }
    return changes;
  }
}

/** A service's error, its field placed under the item's path in the document. */
async function inDocument(path: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const field = error.field ? `${path}.${error.field}` : path;
    const message = error.message.startsWith(`${error.field ?? ''}:`)
      ? error.message.slice((error.field ?? '').length + 1).trim()
      : error.message;
    throw new AppError(error.code, `${field}: ${message}`, field);
  }
}

/** The document's outline: version 1, known sections only, each a list of items with an id. */
interface CheckedDocument {
  organization: Item | null;
  sections: Record<InventorySection, Item[]>;
  present: ReadonlySet<InventorySection>;
}

function checkShape(document: unknown): CheckedDocument {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) throw badInput('document', 'must be an object');
  const doc = document as Record<string, unknown>;
  if (doc.version !== 1) throw badInput('version', 'must be 1');
  const out = {} as Record<InventorySection, Item[]>;
  const present = new Set<InventorySection>();
  for (const key of Object.keys(doc)) {
    if (key !== 'version' && key !== ORGANIZATION_SECTION && !(INVENTORY_SECTIONS as readonly string[]).includes(key)) {
      throw badInput(key, `unknown section; an inventory document has organization, ${INVENTORY_SECTIONS.join(', ')}`);
    }
  }
  for (const section of INVENTORY_SECTIONS) {
    if (doc[section] !== undefined && doc[section] !== null) present.add(section);
    const list = doc[section] ?? [];
    if (!Array.isArray(list)) throw badInput(section, 'must be a list');
    list.forEach((item: unknown, i) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) throw badInput(`${section}[${i}]`, 'must be an object');
      if (typeof (item as Item).id !== 'string')
        throw badInput(`${section}[${i}].id`, 'is required: an inventory document names every item by id');
    });
    out[section] = list as Item[];
  }
  const organization = doc[ORGANIZATION_SECTION] ?? null;
  if (organization !== null && (typeof organization !== 'object' || Array.isArray(organization))) {
    throw badInput(ORGANIZATION_SECTION, 'must be an object (name, contactEmail, address, requestChannels, securityMeasures)');
  }
  return { organization: organization as Item | null, sections: out, present };
}
