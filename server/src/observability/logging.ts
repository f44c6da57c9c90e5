import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import type { LogLevel } from './observability-config';
import { requestIdFrom } from './request-id';

export const REQUEST_ID_HEADER = 'X-Request-Id';
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/**
 * Paths pino replaces with "[redacted]" wherever a log call puts them: the serializers below already leave headers,
 * query strings and bodies out of request lines; this catches an object logged by hand.
 */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.query',
  'req.body',
  'headers.authorization',
  'authorization',
  'variables',
  '*.variables',
  'email',
  '*.email',
  'token',
  '*.token',
];

/** A request as logged: id, method and path. Never the query string (documents take `?person=`), headers or body. */
const requestLine = (req: { id?: unknown; method?: string; url?: string }) => ({
  id: req.id,
  method: req.method,
  path: (req.url ?? '').split('?')[0],
});

/**
 * JSON lines through pino (nestjs-pino): each request gets an id (the caller's well-formed X-Request-Id or a new
 * UUID), echoed in the response header, and every line logged while it runs carries it as `reqId`. Health checks and
 * scrapes are not logged (they would drown the rest).
 */
export function loggingParams(level: LogLevel, destination?: DestinationStream): Params {
  const options: Options = {
    level,
    redact: { paths: REDACTED, censor: '[redacted]' },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdFrom(req.headers['x-request-id']);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    quietReqLogger: true,
    serializers: {
      req: requestLine,
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    // The operation's name (never its variables), read when the response is sent: the body is parsed by then.
    customProps: (req: IncomingMessage) => {
      const name = (req as IncomingMessage & { body?: { operationName?: unknown } }).body?.operationName;
      return typeof name === 'string' && OPERATION_NAME.test(name) ? { operation: name } : {};
    },
    autoLogging: { ignore: (req: IncomingMessage) => /^\/(health|metrics)(\/|\?|$)/.test(req.url ?? '') },
  };
  return { pinoHttp: destination ? [options, destination] : options, renameContext: 'context' };
}
