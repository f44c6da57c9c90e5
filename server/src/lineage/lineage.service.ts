import { Inject, Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { badInput } from '../common/app-error';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { LedgerRepository } from '../graph/repositories/ledger.repository';
import { PeopleRepository } from '../graph/repositories/people.repository';
import type { PersonRef } from '../people/dto/people.inputs';
import { hydrateTransfer, PeopleService } from '../people/people.service';
import { BEGINNING, today } from '../rules/dates';
import type { OptOutFact } from '../rules/opt-outs';
import { contributions, groupByRecipient, type Contribution, type PersonFacts, type Window } from '../rules/who-received';
import type { WhoReceived } from './models/who-received.models';

export interface PersonLineage {
  person: NodeRecord<'Person'>;
  window: Window;
  contributions: Contribution[];
  catalog: Catalog;
}

/** "Who received this person's data": loads the person's own facts, then applies the rules of PRODUCT.md §3. */
@Injectable()
export class LineageService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly people: PeopleService,
    private readonly peopleRepo: PeopleRepository,
    private readonly ledger: LedgerRepository,
    private readonly flows: FlowsRepository,
    private readonly catalogs: CatalogService,
  ) {}

  /** Starts from the person and touches only their memberships, transfers, opt-outs and the disclosures about their segments. */
  async lineageIn(tx: GraphTx, ref: PersonRef, from: string | null, to: string | null): Promise<PersonLineage> {
    const window: Window = { from: from ?? null, to: to ?? today() };
    if (window.from && window.from > window.to) throw badInput('to', `must be on or after from (${window.from})`);
    const person = await this.people.resolvePerson(tx, ref, 'person');
    const catalog = await this.catalogs.load(tx);
    const memberships = await this.peopleRepo.memberships(tx, person.id);
    const facts: PersonFacts = {
      memberships,
      transfers: (await this.ledger.transfersOfPerson(tx, person.id, window.from ?? BEGINNING, window.to)).map((t) => ({
        ...t,
        use: t.use as Contribution['use'],
      })),
      disclosures: (await this.flows.disclosuresAboutSegments(tx, [...new Set(memberships.map((m) => m.segmentId))])).map((d) => ({
        ...d,
        use: d.use as Contribution['use'],
      })),
      optOuts: (await this.ledger.optOutsOfPerson(tx, person.id)) as OptOutFact[],
      recipientClass: (id) => catalog.recipientClass(id),
      isTargetedAdvertising: (id) => catalog.isTargetedAdvertising(id),
    };
    return { person, window, contributions: contributions(facts, window), catalog };
  }

  whoReceived(ref: PersonRef, from: string | null, to: string | null): Promise<WhoReceived> {
    return this.graph.read(async (tx) => {
      const lineage = await this.lineageIn(tx, ref, from, to);
      const rows = groupByRecipient(lineage.contributions);
      const violationIds = [...new Set(rows.flatMap((r) => r.optOutViolationIds))];
      const violations = new Map(
        (await this.ledger.transfersByIds(tx, violationIds)).map((t) => [t.id, hydrateTransfer(lineage.catalog, t)]),
      );
      const { catalog } = lineage;
      return {
        person: await this.people.toPerson(tx, lineage.person, catalog),
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
            optOutViolations: row.optOutViolationIds.map((id) => violations.get(id)).filter((t) => t !== undefined),
          }))
          .sort((a, b) => a.recipient.name.localeCompare(b.recipient.name) || a.recipient.id.localeCompare(b.recipient.id)),
      };
    });
  }
}
