import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MetricsService } from './metrics.service';
import { observabilityOf } from './observability-config';

/**
 * With METRICS_PORT set, /metrics is also served on that port of HOST, without a token: for a scraper on a private
 * network (a port not published to the internet). Nothing else is served there. Started by the HTTP server
 * (bootstrap.ts), never by the command-line tools, which share the configuration but must not take the port.
 */
@Injectable()
export class MetricsServer implements OnApplicationShutdown {
  private server: Server | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  async start(): Promise<void> {
    const { metricsPort } = observabilityOf(this.config);
    if (metricsPort === null) return;
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      this.metrics.scrape().then(
        (text) => res.writeHead(200, { 'Content-Type': this.metrics.contentType }).end(text),
        (error: unknown) => {
          Logger.error(`metrics scrape failed: ${error instanceof Error ? error.message : String(error)}`, 'Metrics');
          res.writeHead(500).end();
        },
      );
    });
    this.server.listen(metricsPort, this.config.host);
    await once(this.server, 'listening');
  }

  /** The metrics server's address (tests start it on port 0); null when METRICS_PORT is not set. */
  get url(): string | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? `http://${this.config.host}:${address.port}/metrics` : null;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((done) => server.close(() => done()));
  }
}
