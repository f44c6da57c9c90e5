import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { type Observable, from, lastValueFrom } from 'rxjs';
import type { RequestContext } from '../auth/actor';
import { AuditService, outcomeOf } from './audit.service';

/** Ids a mutation names or produces: `id` / `name` arguments, `input.id` / `input.name` of token inputs, the result's `id` (a risk assessment's flow, a new webhook). */
export function targetIdsOf(operation: string, args: Record<string, unknown>, result: unknown): string[] {
  const ids: unknown[] = [args.id, (args.input as { id?: unknown } | undefined)?.id, (result as { id?: unknown } | null)?.id];
  if (operation === 'createApiToken') ids.push((args.input as { name?: unknown } | undefined)?.name);
  if (operation === 'revokeApiToken') ids.push(args.name);
  if (operation === 'recordRiskAssessment') ids.push(args.flowId);
  if (operation === 'createWebhook') ids.push((result as { webhook?: { id?: unknown } } | null)?.webhook?.id);
  if (operation === 'updatePropagation') {
    const input = args.input as { requestId?: unknown; recipientId?: unknown } | undefined;
    ids.push(input?.requestId, input?.recipientId);
  }
  return [...new Set(ids.filter((v): v is string => typeof v === 'string' && v.length > 0))];
}

/** Appends an audit entry for every GraphQL mutation, whatever its outcome. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const actor = gql.getContext<RequestContext>().req.actor;
    if (!actor) return next.handle();
    const args = gql.getArgs<Record<string, unknown>>();
    const operation = info.fieldName;
    const run = async () => {
      try {
        const result: unknown = await lastValueFrom(next.handle());
        await this.record(() => this.audit.record(actor, operation, targetIdsOf(operation, args, result), 'OK'));
        return result;
      } catch (error) {
        await this.record(() => this.audit.record(actor, operation, targetIdsOf(operation, args, null), outcomeOf(error)));
        throw error;
      }
    };
    return from(run());
  }

  /** The mutation's own unit of work has already ended; a failing audit write is logged, not sent to the client. */
  private async record(write: () => Promise<void>): Promise<void> {
    await write().catch((error: unknown) => this.logger.error(`Could not append an audit entry: ${(error as Error).message}`));
  }
}
