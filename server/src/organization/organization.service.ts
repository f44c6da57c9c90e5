import { Inject, Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { mergeForUpsert } from '../common/merge';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { LegalRepository, ORGANIZATION_ID } from '../graph/repositories/legal.repository';
import { HistoryService } from '../history/history.service';
import type { OrganizationInput } from './dto/organization.input';
import type { Organization } from './models/organization.model';

/** Shown until legal enters the business's own details. */
export const UNSET_ORGANIZATION: Organization = {
  name: 'Organization name not set',
  contactEmail: null,
  address: null,
  requestChannels: [],
  securityMeasures: [],
};

const toOrganization = (r: NodeRecord<'Organization'>): Organization => ({
  name: r.name,
  contactEmail: r.contactEmail,
  address: r.address,
  requestChannels: r.requestChannels ?? [],
  securityMeasures: r.securityMeasures ?? [],
});

/** The organization's settings, kept in the graph (one node). */
@Injectable()
export class OrganizationService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly legal: LegalRepository,
    private readonly history: HistoryService,
  ) {}

  organization(): Promise<Organization> {
    return this.graph.read((tx) => this.organizationIn(tx));
  }

  async organizationIn(tx: GraphTx): Promise<Organization> {
    const record = await this.legal.organization(tx);
    return record ? toOrganization(record) : UNSET_ORGANIZATION;
  }

  setOrganization(input: OrganizationInput): Promise<Organization> {
    return this.graph.write((tx) => this.setOrganizationIn(tx, input));
  }

  async setOrganizationIn(tx: GraphTx, input: OrganizationInput): Promise<Organization> {
    const existing = await this.legal.organization(tx);
    const record = mergeForUpsert<NodeRecord<'Organization'>>(
      { id: ORGANIZATION_ID, name: input.name, contactEmail: null, address: null, requestChannels: [], securityMeasures: [] },
      existing,
      { ...input, id: ORGANIZATION_ID },
    );
    await this.legal.saveOrganization(tx, record);
    await this.history.record(tx, 'setOrganization', 'Organization', ORGANIZATION_ID, existing, record);
    return toOrganization(record);
  }

  /** The settings as they were recorded at the end of a date (a past period's letter prints them so). */
  organizationAsRecordedOn(date: string): Promise<Organization> {
    return this.graph.read((tx) => this.organizationAsOfIn(tx, date));
  }

  /** As they are now (null), or as recorded at the end of a date. */
  async organizationAsOfIn(tx: GraphTx, date: string | null): Promise<Organization> {
    const record = await this.legal.organization(tx);
    if (!record) return UNSET_ORGANIZATION;
    if (date === null) return toOrganization(record);
    const [then] = await this.history.asOf(tx, [record], date);
    return toOrganization(then);
  }
}
