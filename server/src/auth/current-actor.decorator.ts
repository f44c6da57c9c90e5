import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor, RequestContext } from './actor';

/** The authenticated caller of a GraphQL operation (set by AuthGuard). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = GqlExecutionContext.create(context).getContext<RequestContext>().req.actor;
  if (!actor) throw new Error('CurrentActor used on an unguarded operation');
  return actor;
});
