import { Inject, Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { conflictOn } from '../common/app-error';
import { generateId } from '../common/ids';
import { requireExisting, requireOrderedDates } from '../common/references';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { InventoryRepository } from '../graph/repositories/inventory.repository';
import { LedgerRepository } from '../graph/repositories/ledger.repository';
import type { TransferFact } from '../rules/who-received';
import { PeopleRepository, type MembershipView } from '../graph/repositories/people.repository';
import type { OptOutInput, PersonInput, PersonRef, TransferInput } from './dto/people.inputs';
import type { OptOut, Person, Transfer } from './models/people.models';
import { PERSON_IDENTITY, type PersonIdentity } from './person-identity';
import { transferReferences } from './transfer-rules';
import {
  givenIdentifiers,
  mergePerson,
  namedIdentifier,
  PersonNotFoundError,
  preferredIdentifier,
  requirePeopleAsync,
  singleMatch,
} from './person-rules';
import { TransferEventsService } from '../webhooks/transfer-events.service';

export function hydrateTransfer(catalog: Catalog, t: TransferFact): Transfer {
  return {
    id: t.id,
    occurredOn: t.occurredOn,
    use: t.use,
    recipient: catalog.recipient(t.recipientId),
    categories: catalog.categoriesByName(t.categoryIds),
    purposes: catalog.purposesByName(t.purposeIds),
  };
}

/** People (stored only as keyed hashes), the transfer ledger and opt-outs. */
@Injectable()
export class PeopleService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    @Inject(PERSON_IDENTITY) private readonly identity: PersonIdentity,
    private readonly people: PeopleRepository,
    private readonly ledger: LedgerRepository,
    private readonly inventory: InventoryRepository,
    private readonly catalog: CatalogService,
    private readonly transferEvents: TransferEventsService,
  ) {}

  /** Finds a person by a PersonRef, or throws NOT_FOUND naming the field. */
  async resolvePerson(tx: GraphTx, ref: PersonRef, field = 'person'): Promise<NodeRecord<'Person'>> {
    const person = await this.lookupPerson(tx, ref, field);
    if (!person) throw new PersonNotFoundError(field);
    return person;
  }

  /** The person a PersonRef names, or null. */
  private async lookupPerson(tx: GraphTx, ref: PersonRef, field: string): Promise<NodeRecord<'Person'> | null> {
    const identifier = namedIdentifier(ref, field);
    return identifier.kind === 'id'
      ? this.people.get(tx, identifier.value)
      : this.people.getByIdentifier(tx, this.identity.identifierId(identifier.kind, identifier.value));
  }

  /** The person as the API shows it; `memberships` when the caller has already read them. */
  async toPerson(tx: GraphTx, record: NodeRecord<'Person'>, catalog?: Catalog, memberships?: MembershipView[]): Promise<Person> {
    const segments = catalog ?? (await this.catalog.load(tx));
    memberships ??= await this.people.memberships(tx, record.id);
    return {
      ...record,
      memberships: memberships
        .map((m) => ({ segment: segments.segments.get(m.segmentId), since: m.since, until: m.until }))
        .filter((m): m is Person['memberships'][number] => m.segment !== undefined),
    };
  }

  upsertPerson(input: PersonInput): Promise<Person> {
    return this.graph.write(async (tx) => this.toPerson(tx, await this.upsertPersonIn(tx, input)));
  }

  /**
   * Matches an existing person by any identifier given; identifiers that point
   * at two different people are a CONFLICT. New identifiers are added.
   */
  async upsertPersonIn(tx: GraphTx, input: PersonInput): Promise<NodeRecord<'Person'>> {
    const identifiers = givenIdentifiers(input);
    for (const [index, m] of (input.memberships ?? []).entries()) {
      requireOrderedDates(m.since, m.until, `memberships[${index}].until`, 'since');
    }
    await requireExisting(tx, (t, label, ids) => this.inventory.missing(t, label, ids), [
      { field: 'memberships', label: 'Segment', ids: [...new Set((input.memberships ?? []).map((m) => m.segmentId))] },
    ]);
    const hashed = identifiers.map((i) => ({ ...i, id: this.identity.identifierId(i.kind, i.value) }));
    const matches = await this.people.findByIdentifiers(
      tx,
      hashed.map((h) => h.id),
    );
    const match = singleMatch(matches, hashed);
    const existing = match === null ? null : await this.people.get(tx, match);
    const record = mergePerson(existing?.id ?? generateId('person'), preferredIdentifier(hashed), existing, input);
    await this.people.upsert(tx, record);
    const known = new Set(existing ? await this.people.identifierIds(tx, record.id) : []);
    for (const h of hashed) if (!known.has(h.id)) await this.people.addIdentifier(tx, record.id, h.id, h.kind);
    const current = existing ? await this.people.memberships(tx, record.id) : [];
    for (const m of input.memberships ?? []) {
      const view = { segmentId: m.segmentId, since: m.since, until: m.until ?? null };
      const same = current.find((c) => c.segmentId === m.segmentId && c.since === m.since);
      if (!same) await this.people.addMembership(tx, record.id, view);
      else if (same.until !== view.until) await this.people.setMembershipUntil(tx, record.id, view);
    }
    return record;
  }

  recordTransfer(input: TransferInput): Promise<Transfer> {
    return this.graph.write(async (tx) => {
      const view = await this.recordTransferIn(tx, input);
      return hydrateTransfer(await this.catalog.load(tx), view);
    });
  }

  async recordTransferIn(tx: GraphTx, input: TransferInput): Promise<TransferFact> {
    await requireExisting(tx, (t, label, ids) => this.inventory.missing(t, label, ids), transferReferences(input));
    const personIds = await requirePeopleAsync(
      input.people,
      async (ref, index) => (await this.lookupPerson(tx, ref, `people[${index}]`))?.id,
      (index) => `people[${index}]`,
    );
    const id = input.id ?? generateId('transfer');
    if ((await this.ledger.transfersByIds(tx, [id])).length) throw conflictOn('id', `a transfer with id "${id}" already exists`);
    const links = { recipientId: input.recipientId, categoryIds: input.categoryIds, purposeIds: input.purposeIds ?? [] };
    await this.ledger.createTransfer(tx, { id, occurredOn: input.occurredOn, use: input.use }, links, personIds);
    const view = { id, occurredOn: input.occurredOn, use: input.use, ...links };
    await this.transferEvents.transferRecorded(tx, view, personIds);
    return view;
  }

  recordOptOut(input: OptOutInput): Promise<OptOut> {
    return this.graph.write(async (tx) => {
      const { person, optOut } = await this.recordOptOutIn(tx, input);
      return { ...optOut, scope: input.scope, person: await this.toPerson(tx, person) };
    });
  }

  async recordOptOutIn(tx: GraphTx, input: OptOutInput): Promise<{ person: NodeRecord<'Person'>; optOut: NodeRecord<'OptOut'> }> {
    const person = await this.resolvePerson(tx, input.person, 'person');
    const optOut: NodeRecord<'OptOut'> = {
      id: generateId('optout'),
      scope: input.scope,
      effectiveOn: input.effectiveOn,
      channel: input.channel ?? null,
    };
    await this.ledger.addOptOut(tx, person.id, optOut);
    return { person, optOut };
  }

  async transferExists(tx: GraphTx, id: string): Promise<boolean> {
    return (await this.ledger.transfersByIds(tx, [id])).length > 0;
  }

  /** Records an opt-out unless the person already has one of the same scope and date (seed reloads). */
  async recordOptOutOnce(tx: GraphTx, input: OptOutInput): Promise<void> {
    const person = await this.resolvePerson(tx, input.person, 'person');
    const existing = await this.ledger.optOutsOfPerson(tx, person.id);
    if (!existing.some((o) => o.scope === input.scope && o.effectiveOn === input.effectiveOn)) await this.recordOptOutIn(tx, input);
  }

  findPerson(ref: PersonRef): Promise<Person> {
    return this.graph.read(async (tx) => this.toPerson(tx, await this.resolvePerson(tx, ref)));
  }
}
