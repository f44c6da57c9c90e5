import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { GraphError, GraphErrorCode } from '../graph/graph.errors';
import { AppError, AppErrorCode } from './app-error';

type ClientCode = AppErrorCode | 'INTERNAL_SERVER_ERROR';

function graphCode(code: GraphErrorCode): ClientCode {
  switch (code) {
    case GraphErrorCode.CONFLICT:
      return AppErrorCode.CONFLICT;
    case GraphErrorCode.UNAVAILABLE:
      return AppErrorCode.UNAVAILABLE;
    case GraphErrorCode.FAILED:
      return 'INTERNAL_SERVER_ERROR';
    default: {
      const unknown: never = code;
      return unknown;
    }
  }
}

/** Apollo reports a bad variable as `… at "input.validTo"; …`: name that field, without the argument wrapper. */
function fieldFromCoercionMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const variable = /Variable "\$(\w+)"/.exec(message)?.[1];
  const path = at ?? variable;
  return path?.replace(/^input\./, '');
}

/** For a bad literal written inline (`validFrom: "2025-02-30"`), the name written before the value. */
function fieldFromLiteral(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const start = error.nodes?.[0]?.loc?.start;
  const body = error.source?.body;
  if (start === undefined || body === undefined) return undefined;
  return /(\w+)\s*:\s*\[?\s*$/.exec(body.slice(0, start))?.[1];
}

/**
 * The one mapper from errors to what clients see: `extensions.code` from the
 * domain code, the offending field, and never a stack trace or driver text.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    // The caller's mistake or a known condition: one line at debug level, never a stack.
    Logger.debug(`${original.code} ${formatted.path?.join('.') ?? ''}: ${original.message}`, 'GraphQL');
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  if (original instanceof GraphError) {
    const code = graphCode(original.code);
    if (code === 'INTERNAL_SERVER_ERROR')
      Logger.error(`graph query failed: ${String((original.driverError as Error)?.message ?? original.driverError)}`, 'GraphQL');
    return { ...base, message: code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : original.message, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  // graphql-js parses recursively: a document nested thousands deep exhausts the stack. Say so, not how.
  if (code === 'GRAPHQL_PARSE_FAILED' && /call stack/i.test(formatted.message)) {
    return { message: 'Syntax Error: the document is nested too deeply', extensions: { code } };
  }
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST' || code === 'GRAPHQL_PARSE_FAILED') {
    const isInputValue =
      code === 'BAD_USER_INPUT' ||
      /Expected value of type|Expected type|of required type|is not defined by type|cannot represent|does not exist in .* enum|Date must be/.test(
        formatted.message,
      );
    const field = fieldFromCoercionMessage(formatted.message) ?? fieldFromLiteral(error);
    return {
      ...base,
      extensions: { code: isInputValue ? 'BAD_USER_INPUT' : code, ...(field ? { field } : {}) },
    };
  }
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return { ...base, extensions: { code } };
  // Apollo's own request errors (an unknown operationName, a missing persisted query) are the client's, not ours.
  if (code === 'OPERATION_RESOLUTION_FAILURE' || code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'PERSISTED_QUERY_NOT_SUPPORTED') {
    return { ...base, extensions: { code } };
  }
  Logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original), 'GraphQL');
  if (production || !(original instanceof Error)) {
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return { ...base, extensions: { code: code ?? 'INTERNAL_SERVER_ERROR' } };
}
