import { SetMetadata } from '@nestjs/common';

export const AUDITED_READ_KEY = 'dm:audited-read';

/**
 * Marks a read that leaves an audit entry whatever its outcome, refused callers included: person-level reads,
 * reports, requests, the audit log, tokens, and every document route (named by `operation`; a GraphQL query is
 * named by its field). Mutations are always audited and need no mark.
 */
export const AuditedRead = (operation?: string) => SetMetadata(AUDITED_READ_KEY, operation ?? true);
