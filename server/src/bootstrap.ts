import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import { AuthService } from './auth/auth.service';
import type { AppConfig } from './config/app-config';
import { SeedService } from './seed/seed.service';
import { isUnavailable } from './graph/deferred-migration-store';
import { applyHttpSecurity } from './security/http-security';
import { securityOf } from './security/security-config';
import { MetricsServer } from './observability/metrics-server';
import { observabilityOf } from './observability/observability-config';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  /** The admin token this start generated (null when it came from ADMIN_TOKEN or an earlier start). */
  generatedAdminToken: string | null;
  close(): Promise<void>;
}

const DOCUMENT_PATH = /^\/(reports|requests|incidents)\/.+\.(html|pdf|csv|xlsx)$/;

/** Serves the built web app at `/`, falling back to index.html for its client-side routes. */
function serveWebApp(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(webDir, { index: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || /^\/(graphql|health|metrics)(\/|$)/.test(req.path)) return next();
    // Downloadable documents (/reports/… and /requests/…/<name>.html|pdf|csv|xlsx) are server routes, not client-side pages.
    if (DOCUMENT_PATH.test(req.path)) return next();
    if (!(req.headers.accept ?? '').includes('text/html')) return next();
    res.sendFile(index);
  });
}

export interface StartOptions {
  /** false: log nothing (the tests' servers), whatever LOG_LEVEL says. */
  logger?: false;
  /** Where the JSON log lines go (standard output by default; a test captures them). */
  logDestination?: DestinationStream;
}

/** Creates, seeds and starts the server; used by main.ts and by the tests (a real HTTP server). */
export async function startServer(config: AppConfig, options: StartOptions = {}): Promise<RunningServer> {
  const observability = observabilityOf(config);
  const logged: AppConfig = {
    ...config,
    observability: { ...observability, logLevel: options.logger === false ? 'silent' : observability.logLevel },
  };
  // Every log line, Nest's own included, is a pino JSON line (observability/logging.ts); lines written before the
  // logger exists are held until it does. nestjs-pino makes one pino-http instance per process, with the first
  // server's level and destination: a process that starts several servers (tests, the benchmark) logs as the first.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(logged, { logDestination: options.logDestination }), {
    bufferLogs: true,
    bodyParser: true,
  });
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  applyHttpSecurity(app, securityOf(config));
  serveWebApp(app, config.webDir);
  if (config.seed === 'example') {
    const loaded = await app
      .get(SeedService)
      .loadExampleIfEmpty()
      .catch((error: unknown) => {
        if (!isUnavailable(error)) throw error;
        Logger.warn('The graph database is unavailable: the example map was not loaded', 'Seed');
        return false;
      });
    if (loaded) Logger.log('Loaded the example map into the empty graph', 'Seed');
  }
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    // A refused start (a start-up check, a taken port) releases what it opened: the embedded engine's lock above all.
    await app.close().catch(() => undefined);
    throw error;
  }
  await app.get(MetricsServer).start();
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://${config.host}:${address.port}`;
  return { app, url, generatedAdminToken: app.get(AuthService).generatedAdminToken, close: () => app.close() };
}
