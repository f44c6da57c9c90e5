import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { type Observable, from, lastValueFrom } from 'rxjs';
import type { RequestContext } from '../auth/actor';
import { AuditService, outcomeOf } from './audit.service';
import { AUDITED_READ_KEY } from './audited.decorator';

/**
 * Ids an operation names or produces: `id` / `name` arguments, `input.id` / `input.name` of token inputs, the
 * result's `id`, the `person.id` of a per-person answer, and each person of the reappearances.
 */
export function targetIdsOf(operation: string, args: Record<string, unknown>, result: unknown): string[] {
  const answer = result as { id?: unknown; person?: { id?: unknown } | null } | null;
  const ids: unknown[] = [args.id, (args.input as { id?: unknown } | undefined)?.id, answer?.id, answer?.person?.id];
  if (operation === 'createApiToken') ids.push((args.input as { name?: unknown } | undefined)?.name);
  if (operation === 'revokeApiToken') ids.push(args.name);
  if (operation === 'recordRiskAssessment') ids.push(args.flowId);
  if (operation === 'createWebhook') ids.push((result as { webhook?: { id?: unknown } } | null)?.webhook?.id);
  if (operation === 'propagationPlan') {
    const plan = result as { request?: { id?: unknown; person?: { id?: unknown } } } | null;
    ids.push(args.requestId, plan?.request?.person?.id);
  }
  if (operation === 'webhookDeliveries') ids.push(args.webhookId);
  if (operation === 'breachImpact') {
    const input = args.input as { recipientId?: unknown; systemId?: unknown } | undefined;
    ids.push(input?.recipientId, input?.systemId);
  }
  // Reappearances name each person once.
  if (operation === 'reappearances' && Array.isArray(result))
    for (const row of result as { person?: { id?: unknown } | null }[]) ids.push(row?.person?.id);
  if (operation === 'updatePropagation') {
    const input = args.input as { requestId?: unknown; recipientId?: unknown } | undefined;
    ids.push(input?.requestId, input?.recipientId);
  }
  return [...new Set(ids.filter((v): v is string => typeof v === 'string' && v.length > 0))];
}

/** The GraphQL operation an entry is written for: every mutation, and the queries marked @AuditedRead. */
export function auditedGraphqlOperation(
  context: ExecutionContext,
  reflector: Reflector,
): { operation: string; args: Record<string, unknown>; read: boolean } | null {
  if (context.getType<string>() !== 'graphql') return null;
  const gql = GqlExecutionContext.create(context);
  const info = gql.getInfo<GraphQLResolveInfo>();
  const marked = reflector.get<unknown>(AUDITED_READ_KEY, context.getHandler()) !== undefined;
  if (info.parentType.name !== 'Mutation' && !(info.parentType.name === 'Query' && marked)) return null;
  return { operation: info.fieldName, args: gql.getArgs<Record<string, unknown>>(), read: info.parentType.name === 'Query' };
}

/** Appends an audit entry for every GraphQL mutation and audited read, whatever its outcome. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const audited = auditedGraphqlOperation(context, this.reflector);
    if (!audited) return next.handle();
    const actor = GqlExecutionContext.create(context).getContext<RequestContext>().req.actor;
    if (!actor) return next.handle();
    const { operation, args, read } = audited;
    const run = async () => {
      let result: unknown;
      try {
        result = await lastValueFrom(next.handle());
      } catch (error) {
        const targets = [...targetIdsOf(operation, args, null), ...this.audit.personTargets(args.person)];
        await this.record(() => this.audit.record(actor, operation, targets, outcomeOf(error)));
        throw error;
      }
      const entry = () => this.audit.record(actor, operation, targetIdsOf(operation, args, result), 'OK');
      // A read answers only once its entry is committed (no unrecorded look-up); a mutation has committed already.
      if (read) await entry();
      else await this.record(entry);
      return result;
    };
    return from(run());
  }

  /** The operation's own unit of work has already ended; a failing audit write is logged, not sent to the client. */
  private async record(write: () => Promise<void>): Promise<void> {
    await write().catch((error: unknown) => this.logger.error(`Could not append an audit entry: ${(error as Error).message}`));
  }
}
