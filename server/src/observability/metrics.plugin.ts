import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { RequestContext } from '../auth/actor';
import { MetricsService } from './metrics.service';

/** The error codes of a response (bounded: the codes of graphql-errors.ts and Apollo's own). */
const codesOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] =>
  (errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));

/** Counts every GraphQL request, its latency and its errors, under its operation's label. */
@Plugin()
export class MetricsPlugin implements ApolloServerPlugin<RequestContext> {
  constructor(private readonly metrics: MetricsService) {}

  requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    const started = process.hrtime.bigint();
    let name: string | null | undefined;
    return Promise.resolve({
      didResolveOperation: ({ operation }) => {
        name = operation?.name?.value ?? null;
        return Promise.resolve();
      },
      willSendResponse: ({ response }) => {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.metrics.observe(this.metrics.operations.of(name), seconds, codesOf(errors));
        return Promise.resolve();
      },
    });
  }
}
