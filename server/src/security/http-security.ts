import { createHash } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { SecurityConfig } from './security-config';

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

/** Requests per key in fixed one-minute windows; the key is the bearer token's hash, or the client address without one. */
export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the caller may retry, or 0 when this request is admitted. */
  admit(key: string): number {
    const now = this.now();
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count > this.perMinute ? Math.max(1, Math.ceil((this.windowStart + 60_000 - now) / 1000)) : 0;
  }
}

function rateKey(req: Request): string {
  const header = req.headers.authorization;
  if (typeof header === 'string' && header.length > 0) return `t:${createHash('sha256').update(header).digest('base64url')}`;
  return `a:${req.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * Everything HTTP-level that keeps hostile callers out: security headers,
 * CORS (closed unless CORS_ORIGINS lists origins), per-token rate limiting
 * (429), a body size limit (413), a request timeout (503), and error replies
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
  if (security.rateLimitPerMinute > 0) {
    const limiter = new RateLimiter(security.rateLimitPerMinute);
    app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
      const retryAfter = limiter.admit(rateKey(req));
      if (!retryAfter) return next();
      res.setHeader('retry-after', String(retryAfter));
      res.status(429).json(errorBody('Too many requests for this token; retry later', 'RATE_LIMITED'));
    });
  }
  app.use((_req: Request, res: Response, next: NextFunction) => {
    const timer = setTimeout(() => {
      if (!res.headersSent) res.status(503).json(errorBody('The request took too long and was abandoned', 'TIMEOUT'));
    }, security.requestTimeoutMs);
    res.on('close', () => clearTimeout(timer));
    next();
  });
  app.useBodyParser('json', { limit: security.bodyLimitBytes });
  app.use((error: { status?: unknown; type?: unknown }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 400;
    if (status === 413) return res.status(413).json(errorBody('The request body is too large', 'PAYLOAD_TOO_LARGE'));
    res.status(status).json(errorBody('The request body could not be read', 'BAD_REQUEST'));
  });
}
