import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { BREAK, GraphQLError, type DocumentNode, Kind, visit } from 'graphql';
import type { RequestContext } from '../auth/actor';
import { AuthService } from '../auth/auth.service';

/** True when the document asks for the schema (`__schema` or `__type`). */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

const SUGGESTION = /\s*Did you mean [^?]*\?/;
const SUGGESTIONS = new RegExp(SUGGESTION.source, 'g');

/** Introspection answers authenticated callers only (any role); anyone else learns nothing of the schema. */
@Plugin()
export class IntrospectionGuardPlugin implements ApolloServerPlugin<RequestContext> {
  constructor(private readonly auth: AuthService) {}

  requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    return Promise.resolve({
      // graphql-js suggests field, type and argument names ("Did you mean …?"): the schema, piece by piece.
      didEncounterErrors: async ({ errors, contextValue }) => {
        if (!errors.some((e) => SUGGESTION.test(e.message))) return;
        if (contextValue.req.actor) return;
        const header = contextValue.req.headers.authorization;
        const result = await this.auth.authenticate(Array.isArray(header) ? header[0] : header).catch(() => null);
        if (result && 'actor' in result) return;
        for (const error of errors) error.message = error.message.replace(SUGGESTIONS, '');
      },
      didResolveOperation: async ({ document, contextValue }) => {
        if (!asksForSchema(document)) return;
        const header = contextValue.req.headers.authorization;
        const result = await this.auth.authenticate(Array.isArray(header) ? header[0] : header);
        if ('rejected' in result) {
          throw new GraphQLError('Introspection needs a valid bearer token', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        contextValue.req.actor = result.actor;
      },
    });
  }
}
