import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';
import { returnNode } from '../cypher';
import { nodes } from './node-access';

const AUDIT_ENTRIES = `
MATCH (n:AuditEntry) WHERE n.at >= $from AND n.at <= $to AND ($actor = '' OR n.actor = $actor)
RETURN ${returnNode('AuditEntry')} ORDER BY n.at DESC, n.id DESC LIMIT $limit`;

/** Append-only: this repository has no update or delete. */
@Injectable()
export class AuditRepository {
  append(tx: GraphTx, entry: NodeRecord<'AuditEntry'>): Promise<void> {
    return nodes.create(tx, 'AuditEntry', entry);
  }

  list(tx: GraphTx, from: string, to: string, actor: string | null, limit: number): Promise<NodeRecord<'AuditEntry'>[]> {
    return tx.run<NodeRecord<'AuditEntry'>>(AUDIT_ENTRIES, { from, to, actor: actor ?? '', limit });
  }
}
