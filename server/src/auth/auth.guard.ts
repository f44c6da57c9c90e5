import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@disclosure-map/graph-schema';
import { AppError, AppErrorCode } from '../common/app-error';
import type { RequestContext } from './actor';
import { AuthService } from './auth.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/** Every GraphQL operation needs a bearer token; a resolver may narrow the roles allowed. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<RequestContext>().req
        : context.switchToHttp().getRequest<RequestContext['req']>();
    const header = req.headers.authorization;
    const actor = this.auth.authenticate(Array.isArray(header) ? header[0] : header);
    if (!actor) throw new AppError(AppErrorCode.UNAUTHENTICATED, 'A valid bearer token is required (Authorization: Bearer <token>)');
    req.actor = actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && actor.role !== 'ADMIN' && !roles.includes(actor.role)) {
      throw new AppError(AppErrorCode.FORBIDDEN, `This operation needs one of the roles ${roles.join(', ')}`);
    }
    return true;
  }
}
