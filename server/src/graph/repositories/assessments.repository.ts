import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { returnNode } from '../cypher';
import type { GraphTx } from '../graph-store';
import { links, nodes } from './node-access';
import type { TransferFact } from '../../rules/who-received';

const ASSESSMENTS_OF = `MATCH (n:RiskAssessment) WHERE n.id IN $ids RETURN ${returnNode('RiskAssessment')}`;
/** Ledger entries in a window, read from the Transfer nodes (never from the people's INCLUDED_IN lines). */
const TRANSFERS_BETWEEN = `
MATCH (t:Transfer)-[:TO_RECIPIENT]->(r:Recipient) WHERE t.occurredOn >= $from AND t.occurredOn <= $to
RETURN t.id AS id, t.occurredOn AS occurredOn, t.use AS use, r.id AS recipientId ORDER BY occurredOn, id`;

/** Change control over the declared flows: recorded risk assessments and the ledger held against the flows. */
@Injectable()
export class AssessmentsRepository {
  async upsert(tx: GraphTx, record: NodeRecord<'RiskAssessment'>): Promise<void> {
    await nodes.upsert(tx, 'RiskAssessment', record);
  }

  async ofFlows(tx: GraphTx, flowIds: string[]): Promise<Map<string, NodeRecord<'RiskAssessment'>>> {
    if (!flowIds.length) return new Map();
    const rows = await tx.run<NodeRecord<'RiskAssessment'>>(ASSESSMENTS_OF, { ids: flowIds });
    return new Map(rows.map((r) => [r.id, r]));
  }

  async transfersBetween(tx: GraphTx, from: string, to: string): Promise<TransferFact[]> {
    const base = await tx.run<NodeRecord<'Transfer'> & { recipientId: string }>(TRANSFERS_BETWEEN, { from, to });
    const ids = base.map((r) => r.id);
    const categories = await links.of(tx, 'Transfer', 'OF_CATEGORY', 'DataCategory', ids);
    const purposes = await links.of(tx, 'Transfer', 'FOR_PURPOSE', 'Purpose', ids);
    return base.map((r) => ({ ...r, categoryIds: categories.get(r.id) ?? [], purposeIds: purposes.get(r.id) ?? [] }));
  }
}
