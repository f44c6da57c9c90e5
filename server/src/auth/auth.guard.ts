import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Role } from '@disclosure-map/graph-schema';
import { auditedGraphqlOperation, targetIdsOf } from '../audit/audit.interceptor';
import { type AuditActor, AuditService, UNAUTHENTICATED_ACTOR } from '../audit/audit.service';
import { AUDITED_READ_KEY } from '../audit/audited.decorator';
import { AppError, AppErrorCode } from '../common/app-error';
import type { RequestContext } from './actor';
import { AuthService } from './auth.service';
import { FailedAuthThrottle } from './failed-auth-throttle';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

const REJECTION_MESSAGES = {
  missing: 'A valid bearer token is required (Authorization: Bearer <token>)',
  unknown: 'A valid bearer token is required (Authorization: Bearer <token>)',
  revoked: 'This token has been revoked',
  expired: 'This token has expired',
} as const;

/**
 * Every GraphQL operation needs a bearer token and roles metadata; ADMIN may
 * call everything. An operation without @AllowRoles is refused (and a test
 * fails on it), so nothing is open by omission.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly failedAuth: FailedAuthThrottle,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<RequestContext>().req
        : context.switchToHttp().getRequest<RequestContext['req']>();
    if (!req.actor) {
      const header = req.headers.authorization;
      const result = await this.auth.authenticate(Array.isArray(header) ? header[0] : header);
      if ('rejected' in result) {
        // A presented token that is wrong counts against the caller's address (FAILED_AUTH_PER_MINUTE).
        if (result.rejected !== 'missing') this.failedAuth.failed(req.ip ?? req.socket?.remoteAddress ?? 'unknown');
        await this.recordRefusal(context, UNAUTHENTICATED_ACTOR, 'UNAUTHENTICATED');
        throw new AppError(AppErrorCode.UNAUTHENTICATED, REJECTION_MESSAGES[result.rejected]);
      }
      req.actor = result.actor;
    }
    const actor = req.actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) throw new AppError(AppErrorCode.FORBIDDEN, 'This operation declares no roles and is closed');
    if (actor.role !== 'ADMIN' && !roles.includes(actor.role)) {
      await this.recordRefusal(context, actor, 'FORBIDDEN');
      throw new AppError(AppErrorCode.FORBIDDEN, `This operation needs one of the roles ${roles.join(', ')}`);
    }
    return true;
  }

  /**
   * The audit entry of a refused call: every refused mutation and audited read (person-level reads, reports,
   * requests, the audit log, documents); without a valid token, mutations and documents (reads are not worth an
   * entry each when nobody is signed in). Refusing does not wait on a failing audit write.
   */
  private async recordRefusal(context: ExecutionContext, actor: AuditActor, outcome: 'FORBIDDEN' | 'UNAUTHENTICATED'): Promise<void> {
    let operation: string;
    let ids: string[];
    const gql = auditedGraphqlOperation(context, this.reflector);
    if (gql) {
      if (outcome === 'UNAUTHENTICATED' && gql.read) return;
      operation = gql.operation;
      ids = [...targetIdsOf(gql.operation, gql.args, null), ...this.audit.personTargets(gql.args.person)];
    } else if (context.getType<string>() === 'http') {
      const name = this.reflector.get<unknown>(AUDITED_READ_KEY, context.getHandler());
      if (typeof name !== 'string') return;
      const req = context.switchToHttp().getRequest<Request>();
      operation = name;
      ids = [req.path, ...this.audit.personTargets(documentPersonRef(req.query))];
    } else return;
    await this.audit.record(actor, operation, ids, outcome).catch(() => undefined);
  }
}

/** The person a document URL names (`?personId=`, `?phone=`, `?person=` e-mail or external id), for its audit entry. */
function documentPersonRef(query: Request['query']): Record<string, string> | null {
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const id = text(query.personId);
  if (id) return { id };
  const phone = text(query.phone);
  if (phone) return { phone };
  const person = text(query.person);
  if (person) return person.includes('@') ? { email: person } : { externalId: person };
  return null;
}
