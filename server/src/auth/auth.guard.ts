import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Role } from '@disclosure-map/graph-schema';
import { targetIdsOf } from '../audit/audit.interceptor';
import { AuditService } from '../audit/audit.service';
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
        throw new AppError(AppErrorCode.UNAUTHENTICATED, REJECTION_MESSAGES[result.rejected]);
      }
      req.actor = result.actor;
    }
    const actor = req.actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) throw new AppError(AppErrorCode.FORBIDDEN, 'This operation declares no roles and is closed');
    if (actor.role !== 'ADMIN' && !roles.includes(actor.role)) {
      if (context.getType<string>() === 'graphql') {
        const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
        if (info.parentType.name === 'Mutation') {
          const ids = targetIdsOf(info.fieldName, GqlExecutionContext.create(context).getArgs<Record<string, unknown>>(), null);
          await this.audit.record(actor, info.fieldName, ids, 'FORBIDDEN').catch(() => undefined);
        }
      }
      throw new AppError(AppErrorCode.FORBIDDEN, `This operation needs one of the roles ${roles.join(', ')}`);
    }
    return true;
  }
}
