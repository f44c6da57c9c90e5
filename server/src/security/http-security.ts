import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { bearerToken, sha256 } from '../auth/bearer';
import { FailedAuthThrottle } from '../auth/failed-auth-throttle';
import type { SecurityConfig } from './security-config';
import { WindowCounter } from './window-counter';

/** The CSP the built web app runs under: its own scripts only; inline styles for React Flow's positioning. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** The caller's address: the socket's, or with TRUST_PROXY set the one the trusted proxies name in X-Forwarded-For. */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** The rate limit's key: the hash of the parsed bearer token, or the client address without one. */
export function rateKey(req: Request): string {
  const token = bearerToken(req.headers.authorization);
  return token === null ? `a:${clientAddress(req)}` : `t:${sha256(token).toString('base64url')}`;
}

/** Whether a GraphQL request asks for automatic persisted queries (body or GET `extensions`), which this API does not offer. */
function wantsPersistedQuery(req: Request): boolean {
  const fromBody = (req.body as { extensions?: { persistedQuery?: unknown } } | undefined)?.extensions?.persistedQuery;
  if (fromBody !== undefined) return true;
  const fromQuery = req.query.extensions;
  return typeof fromQuery === 'string' && fromQuery.includes('persistedQuery');
}

/** Request features the API does not support are the client's error: 400 with a typed code, not Apollo's 200 or a 500. */
function refuseUnsupportedFeatures(req: Request, res: Response, next: NextFunction): void {
  if (!wantsPersistedQuery(req)) return next();
  res.status(400).json(errorBody('Persisted queries are not supported: send the query text', 'PERSISTED_QUERY_NOT_SUPPORTED'));
}

/** One limiter in front of every HTTP surface (GraphQL, documents, health, the web app): failed sign-ins, then the rate. */
function rateLimits(security: SecurityConfig, failedAuth: FailedAuthThrottle) {
  const limiter = security.rateLimitPerMinute > 0 ? new WindowCounter(security.rateLimitPerMinute) : null;
  return (req: Request, res: Response, next: NextFunction) => {
    const refuse = (retryAfter: number, message: string) => {
      res.setHeader('retry-after', String(retryAfter));
      res.status(429).json(errorBody(message, 'RATE_LIMITED'));
    };
    const blocked = failedAuth.retryAfter(clientAddress(req));
    if (blocked) return refuse(blocked, 'Too many failed authentications from this address; retry later');
    const retryAfter = limiter?.admit(rateKey(req)) ?? 0;
    if (retryAfter) return refuse(retryAfter, 'Too many requests for this token; retry later');
    next();
  };
}

/**
 * Everything HTTP-level that keeps hostile callers out: security headers,
 * CORS (closed unless CORS_ORIGINS lists origins), per-token and failed-sign-in
 * rate limiting (429) on every route, a body size limit (413), a request timeout (503), and error replies
 * that never carry a stack trace or internal text.
 */
export function applyHttpSecurity(app: NestExpressApplication, security: SecurityConfig): void {
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      frameguard: { action: 'deny' },
      noSniff: true,
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const allowed = new Set(security.corsOrigins);
  app.enableCors({
    origin: (origin: string | undefined, done: (error: Error | null, allow?: boolean) => void) =>
      done(null, !!origin && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight'],
    maxAge: 600,
  });
  app.set('trust proxy', security.trustProxy);
  app.use(rateLimits(security, app.get(FailedAuthThrottle)));
  app.use((_req: Request, res: Response, next: NextFunction) => {
    const timer = setTimeout(() => {
      if (!res.headersSent) res.status(503).json(errorBody('The request took too long and was abandoned', 'TIMEOUT'));
    }, security.requestTimeoutMs);
    res.on('close', () => clearTimeout(timer));
    next();
  });
  app.useBodyParser('json', { limit: security.bodyLimitBytes });
  app.use('/graphql', refuseUnsupportedFeatures);
  app.use((error: { status?: unknown; type?: unknown }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 400;
    if (status === 413) return res.status(413).json(errorBody('The request body is too large', 'PAYLOAD_TOO_LARGE'));
    res.status(status).json(errorBody('The request body could not be read', 'BAD_REQUEST'));
  });
}
