import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Observable } from 'rxjs';
import type { RequestContext } from '../auth/actor';
import { runAs } from './change-context';

/** Runs each authenticated GraphQL operation as its actor, for the inventory change log. */
@Injectable()
export class HistoryInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const actor = GqlExecutionContext.create(context).getContext<RequestContext>().req.actor;
    if (!actor) return next.handle();
    return new Observable((subscriber) => runAs(actor, () => next.handle().subscribe(subscriber)));
  }
}
