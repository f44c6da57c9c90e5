import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { returnNode } from '../cypher';
import type { GraphTx } from '../graph-store';
import { nodes } from './node-access';

/** The id of the notice of a request to one recipient (ids are slugs, so "~" cannot occur in either part). */
export const noticeId = (requestId: string, recipientId: string) => `${requestId}~${recipientId}`;

const NOTICES_OF_REQUEST = `MATCH (n:PropagationNotice) WHERE n.requestId = $requestId RETURN ${returnNode('PropagationNotice')} ORDER BY n.id`;
const RESPONDED_REQUESTS_OF_KINDS = `
MATCH (p:Person)-[:REQUESTED]->(q:PrivacyRequest) WHERE q.kind IN $kinds AND q.respondedOn IS NOT NULL
RETURN q.id AS id, p.id AS personId, q.respondedOn AS respondedOn ORDER BY q.respondedOn, q.id`;
const FREEZE_REPORT = 'MATCH (q:PrivacyRequest {id: $id}) SET q.frozenReport = $frozenReport, q.frozenLetter = $frozenLetter';

/** Cypher of the obligations that follow a request: notices to recipients, answered erasures, frozen reports. */
@Injectable()
export class ObligationsRepository {
  notices(tx: GraphTx, requestId: string): Promise<NodeRecord<'PropagationNotice'>[]> {
    return tx.run<NodeRecord<'PropagationNotice'>>(NOTICES_OF_REQUEST, { requestId });
  }

  notice(tx: GraphTx, requestId: string, recipientId: string): Promise<NodeRecord<'PropagationNotice'> | null> {
    return nodes.get(tx, 'PropagationNotice', noticeId(requestId, recipientId));
  }

  async saveNotice(tx: GraphTx, record: NodeRecord<'PropagationNotice'>): Promise<void> {
    await nodes.upsert(tx, 'PropagationNotice', record);
  }

  /** Answered requests of the kinds, with their person, by response date. */
  respondedRequestsOfKinds(tx: GraphTx, kinds: readonly string[]): Promise<{ id: string; personId: string; respondedOn: string }[]> {
    return tx.run(RESPONDED_REQUESTS_OF_KINDS, { kinds: [...kinds] });
  }

  async freezeReport(tx: GraphTx, id: string, frozenReport: string, frozenLetter: string): Promise<void> {
    await tx.run(FREEZE_REPORT, { id, frozenReport, frozenLetter });
  }
}
