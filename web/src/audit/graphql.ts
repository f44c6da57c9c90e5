import { graphql } from '../api/generated';
import type { AuditLogQuery } from '../api/generated/graphql';

export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($from: Date, $to: Date, $actor: String, $limit: Int) {
    auditLog(from: $from, to: $to, actor: $actor, limit: $limit) {
      id
      at
      actor
      role
      operation
      targetIds
      outcome
    }
  }
`);
export type AuditEntry = AuditLogQuery['auditLog'][number];
