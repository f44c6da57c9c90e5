import { Inject, Injectable } from '@nestjs/common';
import { PERSON_IDENTIFIER_KINDS, type NodeRecord, type PersonIdentifierKind } from '@disclosure-map/graph-schema';
import { AppError, AppErrorCode, badInput, conflictOn } from '../common/app-error';
import { generateId } from '../common/ids';
import { mergeForUpsert } from '../common/merge';
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
import { maskIdentifier, normaliseIdentifier, PERSON_IDENTITY, type PersonIdentity } from './person-identity';
import { namedIdentifier } from './person-ref';

export class PersonNotFoundError extends AppError {
  constructor(field: string) {
    super(AppErrorCode.NOT_FOUND, `${field}: no person with this identifier`, field);
  }
}

type Identifier = { kind: PersonIdentifierKind; value: string };

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
  ) {}

  /** Finds a person by a PersonRef, or throws NOT_FOUND naming the field. */
  async resolvePerson(tx: GraphTx, ref: PersonRef, field = 'person'): Promise<NodeRecord<'Person'>> {
    const identifier = namedIdentifier(ref, field);
    const person =
      identifier.kind === 'id'
        ? await this.people.get(tx, identifier.value)
        : await this.people.getByIdentifier(tx, this.identity.identifierId(identifier.kind, identifier.value));
    if (!person) throw new PersonNotFoundError(field);
    return person;
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
    const identifiers: Identifier[] = PERSON_IDENTIFIER_KINDS.filter((k) => input[k] !== null && input[k] !== undefined).map((kind) => ({
      kind,
      value: input[kind] as string,
    }));
    if (!identifiers.length) throw badInput('email', 'a person needs at least one identifier: email, phone or externalId');
    for (const i of identifiers) {
      if (normaliseIdentifier(i.kind, i.value) === '') throw badInput(i.kind, 'must not be empty');
      if (i.kind === 'email' && !/^[^\s@]+@[^\s@]+$/.test(normaliseIdentifier('email', i.value)))
        throw badInput('email', 'must be an email address');
    }
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
    if (matches.length > 1) throw conflictOn(hashed[0].kind, 'these identifiers belong to different people');
    const existing = matches.length ? await this.people.get(tx, matches[0]) : null;
    const preferred = hashed.find((h) => h.kind === 'email') ?? hashed.find((h) => h.kind === 'phone') ?? hashed[0];
    const record = mergeForUpsert<NodeRecord<'Person'>>(
      {
        id: existing?.id ?? generateId('person'),
        display: maskIdentifier(preferred.kind, normaliseIdentifier(preferred.kind, preferred.value)),
        californiaResident: null,
        relationshipSince: null,
        lastPurchaseOn: null,
      },
      existing,
      { californiaResident: input.californiaResident, relationshipSince: input.relationshipSince, lastPurchaseOn: input.lastPurchaseOn },
    );
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
    await requireExisting(tx, (t, label, ids) => this.inventory.missing(t, label, ids), [
      { field: 'recipientId', label: 'Recipient', ids: input.recipientId },
      { field: 'categoryIds', label: 'DataCategory', ids: input.categoryIds },
      { field: 'purposeIds', label: 'Purpose', ids: input.purposeIds },
    ]);
    const personIds: string[] = [];
    for (const [index, ref] of input.people.entries()) {
      const person = await this.resolvePerson(tx, ref, `people[${index}]`);
      if (!personIds.includes(person.id)) personIds.push(person.id);
    }
    const id = input.id ?? generateId('transfer');
    if ((await this.ledger.transfersByIds(tx, [id])).length) throw conflictOn('id', `a transfer with id "${id}" already exists`);
    const links = { recipientId: input.recipientId, categoryIds: input.categoryIds, purposeIds: input.purposeIds ?? [] };
    await this.ledger.createTransfer(tx, { id, occurredOn: input.occurredOn, use: input.use }, links, personIds);
    return { id, occurredOn: input.occurredOn, use: input.use, ...links };
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
