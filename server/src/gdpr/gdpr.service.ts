import { Inject, Injectable } from '@nestjs/common';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { LegalRepository } from '../graph/repositories/legal.repository';
import { SubprocessorChangesRepository } from '../graph/repositories/subprocessor-changes.repository';
import { toSubprocessorChange } from '../subprocessors/subprocessors.service';
import type { SubprocessorChange } from '../subprocessors/models/subprocessor-change.model';
import { LineageService } from '../lineage/lineage.service';
import { OrganizationService } from '../organization/organization.service';
import type { PersonRef } from '../people/dto/people.inputs';
import { PeopleService } from '../people/people.service';
import type { Recipient } from '../recipients/models/recipient.model';
import { today } from '../rules/dates';
import { groupByRecipient } from '../rules/who-received';
import { classLabels, disclosuresFed, isThirdCountry, retentionFor } from './gdpr-rules';
import type { Art15RecipientsReport, ProcessorEntry, RecordOfProcessing } from './models/gdpr.models';

const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
const where = (r: Recipient) => `${r.name} (${r.country ?? 'country not recorded'})`;

/** GDPR records from the inventory: Art. 30(1), Art. 15(1)(c), the Art. 28 register. */
@Injectable()
export class GdprService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly flows: FlowsRepository,
    private readonly legal: LegalRepository,
    private readonly catalogs: CatalogService,
    private readonly organizations: OrganizationService,
    private readonly lineage: LineageService,
    private readonly people: PeopleService,
    private readonly subprocessorChanges: SubprocessorChangesRepository,
  ) {}

  /** One activity per collection in force: what it gathers, about whom, why, where it goes and for how long. */
  recordOfProcessing(asOf: string | null, inventoryAsOf: string | null = null): Promise<RecordOfProcessing> {
    const date = asOf ?? today();
    return this.graph.read(async (tx) => {
      const catalog = await this.catalogs.loadAsOf(tx, inventoryAsOf);
      const organization = await this.organizations.organizationAsOfIn(tx, inventoryAsOf);
      const facts = await this.legal.gdprFacts(tx);
      const disclosures = await this.flows.disclosures(tx, date);
      const categories = [...catalog.categories.values()];
      const activities = (await this.flows.collections(tx, date)).map((c) => {
        const fed = disclosuresFed(c, disclosures, categories);
        const recipients = fed.map((d) => catalog.recipient(d.recipientId));
        const abroad = fed.filter((d) => isThirdCountry(catalog.recipient(d.recipientId).country));
        const source = catalog.sources.get(c.sourceId)?.name ?? c.sourceId;
        const gathered = catalog.categoriesByName(c.categoryIds);
        return {
          id: c.id,
          name: `${source}: ${gathered.map((g) => g.name).join(', ')}`,
          purposes: catalog.purposesByName(c.purposeIds).map((p) => p.name),
          dataSubjects: sorted(catalog.pick(catalog.segments, c.segmentIds).map((s) => s.name)),
          personalData: gathered.map((g) => (g.sensitive ? `${g.name} (sensitive)` : g.name)),
          recipientCategories: classLabels(recipients.map((r) => r.class)),
          thirdCountryRecipients: sorted(abroad.map((d) => where(catalog.recipient(d.recipientId)))),
          transfers: sorted(
            abroad.map((d) => `${where(catalog.recipient(d.recipientId))}: ${facts.safeguards.get(d.id) ?? 'no safeguard recorded'}`),
          ),
          erasureTimeLimits: gathered.map((g) => `${g.name}: ${retentionFor(g.id, catalog.categories, facts.retention) ?? 'not recorded'}`),
          validFrom: c.validFrom,
          validTo: c.validTo,
        };
      });
      return {
        asOf: date,
        controller: organization.name,
        controllerContact: [organization.address, organization.contactEmail].filter(Boolean).join('; '),
        securityMeasures: organization.securityMeasures,
        activities,
      };
    });
  }

  /** Every recipient of the person's data (confirmed or inferred, after opt-outs), named, third-country ones marked. */
  art15Recipients(ref: PersonRef): Promise<Art15RecipientsReport> {
    return this.graph.read(async (tx) => {
      const lineage = await this.lineage.lineageIn(tx, ref, null, null);
      const facts = await this.legal.gdprFacts(tx);
      const safeguardsOf = new Map<string, string[]>();
      for (const c of lineage.contributions) {
        const safeguard = facts.safeguards.get(c.sourceId);
        if (safeguard) safeguardsOf.set(c.recipientId, [...(safeguardsOf.get(c.recipientId) ?? []), safeguard]);
      }
      const rows = groupByRecipient(lineage.contributions).map((row) => {
        const recipient = lineage.catalog.recipient(row.recipientId);
        return {
          recipient,
          country: recipient.country,
          thirdCountry: isThirdCountry(recipient.country),
          safeguards: sorted(safeguardsOf.get(row.recipientId) ?? []),
          firstOn: row.firstOn,
          lastOn: row.lastOn,
        };
      });
      return {
        person: await this.people.toPerson(tx, lineage.person, lineage.catalog, lineage.memberships),
        recipients: rows.sort((a, b) => a.recipient.name.localeCompare(b.recipient.name) || a.recipient.id.localeCompare(b.recipient.id)),
      };
    });
  }

  /** Processors and sub-processors with their agreements and authorisations (Art. 28). */
  processors(asOf: string | null, inventoryAsOf: string | null = null): Promise<ProcessorEntry[]> {
    const date = asOf ?? today();
    return this.graph.read(async (tx) => {
      const catalog = await this.catalogs.loadAsOf(tx, inventoryAsOf);
      const facts = await this.legal.gdprFacts(tx);
      const disclosures = (await this.flows.disclosures(tx, date)).filter((d) => d.use === 'ON_OUR_BEHALF');
      // The history of notices (those given on or before the register's date), by processor.
      const changes = new Map<string, SubprocessorChange[]>();
      for (const c of await this.subprocessorChanges.list(tx, null)) {
        if (c.noticeOn > date || !catalog.recipients.has(c.processorId) || !catalog.recipients.has(c.subprocessorId)) continue;
        changes.set(c.processorId, [...(changes.get(c.processorId) ?? []), toSubprocessorChange(catalog, c)]);
      }
      const entries = [...catalog.recipients.values()]
        .filter((r) => r.class === 'PROCESSOR' || r.subprocessorOf)
        .map((r) => ({
          ...this.processorEntry(catalog, r, facts.authorizations.get(r.id) ?? null, disclosures),
          subprocessorChanges: changes.get(r.id) ?? [],
        }));
      return entries.sort((a, b) => a.recipient.name.localeCompare(b.recipient.name) || a.recipient.id.localeCompare(b.recipient.id));
    });
  }

  private processorEntry(
    catalog: Catalog,
    r: Recipient,
    authorizedOn: string | null,
    disclosures: { recipientId: string; categoryIds: string[]; purposeIds: string[] }[],
  ): Omit<ProcessorEntry, 'subprocessorChanges'> {
    const own = disclosures.filter((d) => d.recipientId === r.id);
    const parent = r.subprocessorOf ? (catalog.recipients.get(r.subprocessorOf) ?? null) : null;
    const problems: string[] = [];
    if (!r.agreementSignedOn) problems.push('no data processing agreement recorded (Art. 28(3))');
    if (parent && !authorizedOn) problems.push(`sub-processor of ${parent.name} without a recorded authorisation (Art. 28(2))`);
    return {
      recipient: r,
      agreementSignedOn: r.agreementSignedOn,
      subprocessorOf: parent,
      subprocessorAuthorizedOn: authorizedOn,
      thirdCountry: isThirdCountry(r.country),
      categories: catalog.categoriesByName([...new Set(own.flatMap((d) => d.categoryIds))]).map((c) => c.name),
      purposes: catalog.purposesByName([...new Set(own.flatMap((d) => d.purposeIds))]).map((p) => p.name),
      problems,
    };
  }
}
