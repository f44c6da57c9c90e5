import { Inject, Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { badInput } from '../common/app-error';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { LedgerRepository } from '../graph/repositories/ledger.repository';
import { LineageRepository } from '../graph/repositories/lineage.repository';
import { PeopleRepository, type MembershipView } from '../graph/repositories/people.repository';
import type { PersonRef } from '../people/dto/people.inputs';
import { hydrateTransfer, PeopleService } from '../people/people.service';
import { BEGINNING, today } from '../rules/dates';
import {
  contributions,
  groupByRecipient,
  type Contribution,
  type PersonFacts,
  type TransferFact,
  type Window,
} from '../rules/who-received';
import type { WhoReceived } from './models/who-received.models';

export interface PersonLineage {
  person: NodeRecord<'Person'>;
  window: Window;
  contributions: Contribution[];
  catalog: Catalog;
  /** The person's transfers in the window, with their links. */
  transfers: TransferFact[];
  memberships: MembershipView[];
}

/** "Who received this person's data": loads the person's own facts, then applies the rules of PRODUCT.md §3. */
@Injectable()
export class LineageService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly people: PeopleService,
    private readonly peopleRepo: PeopleRepository,
    private readonly ledger: LedgerRepository,
    private readonly lineage: LineageRepository,
    private readonly catalogs: CatalogService,
  ) {}

  /**
   * Starts from the person and touches only their memberships, transfers (their own ledger lines) and opt-outs,
   * every lookup by primary key; the disclosures about their segments and the inventory nodes come from the
   * catalog (kept in memory while the inventory does not change).
   */
  async lineageIn(tx: GraphTx, ref: PersonRef, from: string | null, to: string | null, inventory?: Catalog): Promise<PersonLineage> {
    const window: Window = { from: from ?? null, to: to ?? today() };
    if (window.from && window.from > window.to) throw badInput('to', `must be on or after from (${window.from})`);
    const person = await this.people.resolvePerson(tx, ref, 'person');
    const memberships = await this.peopleRepo.memberships(tx, person.id);
    const transfers = await this.lineage.transfersOfPerson(tx, person.id, window.from ?? BEGINNING, window.to);
    const disclosures = await this.catalogs.disclosuresAboutSegments(
      tx,
      memberships.map((m) => m.segmentId),
    );
    const optOuts = await this.ledger.optOutsOfPerson(tx, person.id);
    const catalog = inventory ?? (await this.catalogs.load(tx));
    const facts: PersonFacts = {
      memberships,
      transfers,
      disclosures,
      optOuts,
      recipientClass: (id) => catalog.recipientClass(id),
      isTargetedAdvertising: (id) => catalog.isTargetedAdvertising(id),
    };
    return { person, window, contributions: contributions(facts, window), catalog, transfers, memberships };
  }

  whoReceived(ref: PersonRef, from: string | null, to: string | null): Promise<WhoReceived> {
    return this.graph.read(async (tx) => {
      const lineage = await this.lineageIn(tx, ref, from, to);
      const rows = groupByRecipient(lineage.contributions);
      // Violations are among the person's own transfers, already loaded with their links.
      const violations = new Map(lineage.transfers.map((t) => [t.id, t]));
      const hydrated = (id: string) => {
        const t = violations.get(id);
        return t ? hydrateTransfer(lineage.catalog, t) : undefined;
      };
      const { catalog } = lineage;
      return {
        person: await this.people.toPerson(tx, lineage.person, catalog, lineage.memberships),
        from: lineage.window.from,
        to: lineage.window.to,
        recipients: rows
          .map((row) => ({
            recipient: catalog.recipient(row.recipientId),
            categories: catalog.categoriesByName(row.categoryIds),
            purposes: catalog.purposesByName(row.purposeIds),
            uses: row.uses,
            evidence: row.evidence,
            firstOn: row.firstOn,
            lastOn: row.lastOn,
            optOutViolations: row.optOutViolationIds.map(hydrated).filter((t) => t !== undefined),
          }))
          .sort((a, b) => a.recipient.name.localeCompare(b.recipient.name) || a.recipient.id.localeCompare(b.recipient.id)),
      };
    });
  }
}
