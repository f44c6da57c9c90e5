import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { badInput } from '../common/app-error';
import { DateScalarType } from '../common/date-type';
import { AuditService } from './audit.service';
import { AuditEntry } from './models/audit-entry.model';

const MAX_LIMIT = 1000;

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEntry], { description: 'Audit entries, newest first; from/to are inclusive days (UTC)' })
  @AllowRoles('LEGAL')
  async auditLog(
    @Args('from', { type: () => DateScalarType, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalarType, nullable: true }) to?: string | null,
    @Args('actor', { type: () => String, nullable: true }) actor?: string | null,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number | null,
  ): Promise<AuditEntry[]> {
    const max = limit ?? 100;
    if (max < 1 || max > MAX_LIMIT) throw badInput('limit', `must be 1 to ${MAX_LIMIT}`);
    if (from && to && to < from) throw badInput('to', 'must not be before from');
    if (actor !== undefined && actor !== null && actor.length > 200) throw badInput('actor', 'must be at most 200 characters');
    const entries = await this.audit.entries(
      from ? `${from}T00:00:00.000Z` : '0000',
      to ? `${to}T23:59:59.999Z` : '9999',
      actor || null,
      max,
    );
    return entries.map((e) => ({ ...e, targetIds: e.targetIds ?? [] }));
  }
}
