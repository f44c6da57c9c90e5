import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import { AuthService } from './auth/auth.service';
import type { AppConfig } from './config/app-config';
import { SeedService } from './seed/seed.service';
import { isUnavailable } from './graph/deferred-migration-store';
import { applyHttpSecurity } from './security/http-security';
import { securityOf } from './security/security-config';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  /** The admin token this start generated (null when it came from ADMIN_TOKEN or an earlier start). */
  generatedAdminToken: string | null;
  close(): Promise<void>;
}

const DOCUMENT_PATH = /^\/(reports|incidents)\/.+\.(html|pdf|csv|xlsx)$/;

/** Serves the built web app at `/`, falling back to index.html for its client-side routes. */
function serveWebApp(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(webDir, { index: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health')) return next();
    // Downloadable documents (/reports/…/<name>.html|pdf|csv|xlsx) are server routes, not client-side pages.
    if (DOCUMENT_PATH.test(req.path)) return next();
    if (!(req.headers.accept ?? '').includes('text/html')) return next();
    res.sendFile(index);
  });
}

/** Creates, seeds and starts the server; used by main.ts and by the tests (a real HTTP server). */
export async function startServer(config: AppConfig, options: { logger?: false } = {}): Promise<RunningServer> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    logger: options.logger === false ? false : ['log', 'warn', 'error'],
    bodyParser: true,
  });
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
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://${config.host}:${address.port}`;
  return { app, url, generatedAdminToken: app.get(AuthService).generatedAdminToken, close: () => app.close() };
}
