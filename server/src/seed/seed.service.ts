import { readFileSync } from 'node:fs';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import { AppError, badInput } from '../common/app-error';
import { DisclosuresService } from '../disclosures/disclosures.service';
import { CollectionInput, DisclosureInput } from '../disclosures/dto/flow.inputs';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { CategoryInput, PolicyClauseInput, PurposeInput, SegmentInput, SourceInput, SystemInput } from '../inventory/dto/inventory.inputs';
import { InventoryService } from '../inventory/inventory.service';
import { OptOutInput, PersonInput, TransferInput } from '../people/dto/people.inputs';
import { PeopleService } from '../people/people.service';
import { RecipientInput } from '../recipients/dto/recipient.inputs';
import { RecipientsService } from '../recipients/recipients.service';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { InventoryRepository } from '../graph/repositories/inventory.repository';
import { isCalendarDate } from '../rules/dates';
import { OrganizationInput } from '../organization/dto/organization.input';
import { OrganizationService } from '../organization/organization.service';
import { RequestInput } from '../requests/dto/request.inputs';
import { RequestsService } from '../requests/requests.service';
import type { SeedDocument } from './seed-document';

/** Where the example map lives: the seed workspace's JSON document. */
export const EXAMPLE_SEED_PATH = require.resolve('@disclosure-map/seed/example.json');

const DATE_FIELDS = new Set([
  'validFrom',
  'validTo',
  'since',
  'until',
  'occurredOn',
  'effectiveOn',
  'relationshipSince',
  'lastPurchaseOn',
  'agreementSignedOn',
  'receivedOn',
  'subprocessorAuthorizedOn',
]);

/** The seed is checked by the API's own rules: the Date scalar's, class-validator's, then the services'. */
function checkDates(value: unknown, path: string): void {
  if (Array.isArray(value)) value.forEach((v, i) => checkDates(v, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (DATE_FIELDS.has(k) && v !== null && v !== undefined && (typeof v !== 'string' || !isCalendarDate(v))) {
        throw badInput(`${path}.${k}`, 'must be a real calendar date written YYYY-MM-DD');
      }
      checkDates(v, `${path}.${k}`);
    }
  }
}

export async function validated<T extends object>(cls: ClassConstructor<T>, plain: unknown, path: string): Promise<T> {
  checkDates(plain, path);
  const instance = plainToInstance(cls, plain);
  const errors = await validate(instance, { forbidUnknownValues: false, stopAtFirstError: true });
  if (errors.length) {
    const first = errors[0];
    throw badInput(`${path}.${first.property}`, Object.values(first.constraints ?? { invalid: 'is invalid' })[0]);
  }
  return instance;
}

/** Loads a seed document through the services, in one unit of work; loading it again changes nothing. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly inventory: InventoryService,
    private readonly recipients: RecipientsService,
    private readonly disclosures: DisclosuresService,
    private readonly people: PeopleService,
    private readonly flows: FlowsRepository,
    private readonly inventoryRepository: InventoryRepository,
    private readonly organization: OrganizationService,
    private readonly requests: RequestsService,
  ) {}

  readDocument(path: string): SeedDocument {
    return JSON.parse(readFileSync(path, 'utf8')) as SeedDocument;
  }

  /** True when the graph holds no inventory yet (then SEED=example loads the example map). */
  isEmpty(): Promise<boolean> {
    return this.graph.read((tx) => this.inventoryRepository.isEmpty(tx));
  }

  async load(doc: SeedDocument): Promise<void> {
    if (doc.version !== 1) throw badInput('version', 'seed documents of version 1 are supported');
    await this.graph.write(async (tx) => {
      const each = async <T extends object>(
        name: keyof SeedDocument,
        cls: ClassConstructor<T>,
        apply: (tx: GraphTx, input: T) => Promise<unknown>,
      ) => {
        const list = (doc[name] ?? []) as unknown[];
        for (const [i, item] of list.entries()) {
          try {
            await apply(tx, await validated(cls, item, `${String(name)}[${i}]`));
          } catch (error) {
            if (error instanceof AppError) throw new AppError(error.code, `seed ${String(name)}[${i}]: ${error.message}`, error.field);
            throw error;
          }
        }
      };
      await each('policyClauses', PolicyClauseInput, (t, x) => this.inventory.upsertPolicyClauseIn(t, x));
      await each('categories', CategoryInput, (t, x) => this.inventory.upsertCategoryIn(t, x));
      await each('purposes', PurposeInput, (t, x) => this.inventory.upsertPurposeIn(t, x));
      await each('sources', SourceInput, (t, x) => this.inventory.upsertSourceIn(t, x));
      await each('segments', SegmentInput, (t, x) => this.inventory.upsertSegmentIn(t, x));
      await each('systems', SystemInput, (t, x) => this.inventory.upsertSystemIn(t, x));
      await each('recipients', RecipientInput, (t, x) => this.recipients.registerRecipientIn(t, x));
      // Flows, transfers and opt-outs are appended, so a second load skips the ones already there.
      await each('collections', CollectionInput, async (t, x) => {
        if (!x.id || !(await this.flows.exists(t, 'Collection', x.id))) await this.disclosures.addCollectionIn(t, x);
      });
      await each('disclosures', DisclosureInput, async (t, x) => {
        if (!x.id || !(await this.flows.exists(t, 'Disclosure', x.id))) await this.disclosures.addDisclosureIn(t, x);
      });
      await each('people', PersonInput, (t, x) => this.people.upsertPersonIn(t, x));
      await each('transfers', TransferInput, async (t, x) => {
        if (!x.id || !(await this.people.transferExists(t, x.id))) await this.people.recordTransferIn(t, x);
      });
      await each('optOuts', OptOutInput, (t, x) => this.people.recordOptOutOnce(t, x));
      if (doc.organization) {
        const organization = await validated(OrganizationInput, doc.organization, 'organization');
        await this.organization.setOrganizationIn(tx, organization);
      }
      await each('requests', RequestInput, async (t, x) => {
        const id = (x as RequestInput & { id?: string }).id;
        if (!id) throw badInput('id', 'a seeded request needs an id');
        if (!(await this.requests.exists(t, id))) await this.requests.recordRequestIn(t, x, id);
      });
    });
    this.logger.log('Seed document loaded');
  }

  async loadExampleIfEmpty(): Promise<boolean> {
    if (!(await this.isEmpty())) return false;
    await this.load(this.readDocument(EXAMPLE_SEED_PATH));
    return true;
  }
}
