export const AUDIT_LOG_QUERY = /* GraphQL */ `
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
`;

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  role: string;
  operation: string;
  targetIds: string[];
  outcome: string;
}
