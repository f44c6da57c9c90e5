import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { returnNode } from '../cypher';
import type { GraphTx } from '../graph-store';
import { nodes } from './node-access';

/** The one Organization node's id. */
export const ORGANIZATION_ID = 'organization';

/** A privacy request with the person it was made by. */
export interface PrivacyRequestView extends NodeRecord<'PrivacyRequest'> {
  personId: string;
}

const REQUEST_COLUMNS = `${returnNode('PrivacyRequest', 'q')}, p.id AS personId`;
const LINK_REQUEST = 'MATCH (p:Person {id: $personId}), (q:PrivacyRequest {id: $id}) CREATE (p)-[:REQUESTED]->(q)';
const ALL_REQUESTS = `MATCH (p:Person)-[:REQUESTED]->(q:PrivacyRequest) RETURN ${REQUEST_COLUMNS} ORDER BY q.dueOn, q.id`;
const REQUEST_BY_ID = `MATCH (p:Person)-[:REQUESTED]->(q:PrivacyRequest {id: $id}) RETURN ${REQUEST_COLUMNS}`;
const REQUESTS_OF_KIND_BY_PERSON_BETWEEN = `
MATCH (p:Person {id: $personId})-[:REQUESTED]->(q:PrivacyRequest)
WHERE q.kind = $kind AND q.receivedOn >= $periodStart AND q.receivedOn <= $periodEnd
RETURN q.id AS id`;
const SET_RESPONSE = 'MATCH (q:PrivacyRequest {id: $id}) SET q.respondedOn = $respondedOn, q.documentRef = $documentRef';
const TRANSFER_IDS_BETWEEN = `
MATCH (t:Transfer) WHERE t.occurredOn >= $periodStart AND t.occurredOn <= $periodEnd
RETURN t.id AS id ORDER BY t.occurredOn, t.id`;
const DISCLOSURE_SAFEGUARDS = 'MATCH (n:Disclosure) RETURN n.id AS id, n.transferSafeguard AS value ORDER BY n.id';
const SUBPROCESSOR_AUTHORIZATIONS = 'MATCH (n:Recipient) RETURN n.id AS id, n.subprocessorAuthorizedOn AS value ORDER BY n.id';
const CATEGORY_RETENTION = 'MATCH (n:DataCategory) RETURN n.id AS id, n.retention AS value ORDER BY n.id';
const SET_EXTENSION = 'MATCH (q:PrivacyRequest {id: $id}) SET q.extensions = $extensions, q.dueOn = $dueOn';

/** Cypher of the legal workflows: the organization's settings and the privacy-request register. */
@Injectable()
export class LegalRepository {
  organization(tx: GraphTx): Promise<NodeRecord<'Organization'> | null> {
    return nodes.get(tx, 'Organization', ORGANIZATION_ID);
  }

  async saveOrganization(tx: GraphTx, record: NodeRecord<'Organization'>): Promise<void> {
    await nodes.upsert(tx, 'Organization', record);
  }

  async createRequest(tx: GraphTx, record: NodeRecord<'PrivacyRequest'>, personId: string): Promise<void> {
    await nodes.create(tx, 'PrivacyRequest', record);
    await tx.run(LINK_REQUEST, { personId, id: record.id });
  }

  requests(tx: GraphTx): Promise<PrivacyRequestView[]> {
    return tx.run<PrivacyRequestView>(ALL_REQUESTS);
  }

  async request(tx: GraphTx, id: string): Promise<PrivacyRequestView | null> {
    const [row] = await tx.run<PrivacyRequestView>(REQUEST_BY_ID, { id });
    return row ?? null;
  }

  /** Ids of the person's requests of a kind received within [start, end]. */
  async requestsOfKindBetween(tx: GraphTx, personId: string, kind: string, start: string, end: string): Promise<string[]> {
    const rows = await tx.run<{ id: string }>(REQUESTS_OF_KIND_BY_PERSON_BETWEEN, { personId, kind, periodStart: start, periodEnd: end });
    return rows.map((r) => r.id);
  }

  async respond(tx: GraphTx, id: string, respondedOn: string, documentRef: string | null): Promise<void> {
    await tx.run(SET_RESPONSE, { id, respondedOn, documentRef });
  }

  /** Ids of the transfers that occurred within [start, end]. */
  async transferIdsBetween(tx: GraphTx, start: string, end: string): Promise<string[]> {
    return (await tx.run<{ id: string }>(TRANSFER_IDS_BETWEEN, { periodStart: start, periodEnd: end })).map((r) => r.id);
  }

  /** Every policy clause with its declared recipient classes and uses. */
  policyClauses(tx: GraphTx): Promise<NodeRecord<'PolicyClause'>[]> {
    return nodes.list(tx, 'PolicyClause');
  }

  /** GDPR facts kept beside the inventory's own: safeguard per disclosure, authorisation per sub-processor, retention per category. */
  async gdprFacts(
    tx: GraphTx,
  ): Promise<{ safeguards: Map<string, string>; authorizations: Map<string, string>; retention: Map<string, string> }> {
    const read = async (cypher: string) => {
      const rows = await tx.run<{ id: string; value: string | null }>(cypher);
      return new Map(rows.filter((r) => r.value).map((r) => [r.id, r.value as string]));
    };
    return {
      safeguards: await read(DISCLOSURE_SAFEGUARDS),
      authorizations: await read(SUBPROCESSOR_AUTHORIZATIONS),
      retention: await read(CATEGORY_RETENTION),
    };
  }

  async extend(tx: GraphTx, id: string, extensions: number, dueOn: string): Promise<void> {
    await tx.run(SET_EXTENSION, { id, extensions, dueOn });
  }
}
