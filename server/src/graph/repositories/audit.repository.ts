import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';
import { returnNode } from '../cypher';

/**
 * Shipping from the audit journal: by id, so an entry shipped twice (a crash between the graph's commit and the
 * journal being emptied, then the replay at start-up) is one node; an existing entry is never changed.
 */
const SHIP_AUDIT_ENTRY = `
MERGE (n:AuditEntry {id: $id})
ON CREATE SET n.at = $at, n.actor = $actor, n.role = $role, n.operation = $operation, n.targetIds = $targetIds, n.outcome = $outcome`;

const AUDIT_ENTRIES = `
MATCH (n:AuditEntry) WHERE n.at >= $from AND n.at <= $to AND ($actor = '' OR n.actor = $actor)
RETURN ${returnNode('AuditEntry')} ORDER BY n.at DESC, n.id DESC LIMIT $limit`;

/** Append-only: this repository has no update or delete. */
@Injectable()
export class AuditRepository {
  async appendOnce(tx: GraphTx, entry: NodeRecord<'AuditEntry'>): Promise<void> {
    const { id, at, actor, role, operation, targetIds, outcome } = entry;
    await tx.run(SHIP_AUDIT_ENTRY, { id, at, actor, role, operation, targetIds, outcome });
  }

  list(tx: GraphTx, from: string, to: string, actor: string | null, limit: number): Promise<NodeRecord<'AuditEntry'>[]> {
    return tx.run<NodeRecord<'AuditEntry'>>(AUDIT_ENTRIES, { from, to, actor: actor ?? '', limit });
  }
}
