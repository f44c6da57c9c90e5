import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { WebhooksRepository, type AttemptOutcome } from '../graph/repositories/webhooks.repository';
import { DueSoonScan } from './due-soon.scan';
import { OutboxService } from './outbox.service';
import { SECRET_BOX, SIGNATURE_HEADER, signature, type SecretBox } from './signing';
import { checkWebhookUrl } from './url-guard';
import { DEFAULT_WEBHOOK_CONFIG, nextAttemptAt, type WebhookConfig } from './webhook-config';

/** After an emit the worker polls at pollMs for this long (the event commits after emit returns), then idles. */
const HOT_AFTER_EMIT_MS = 5000;
/** While idle it still looks now and then: an event written by another server on the same Neo4j database. */
const IDLE_POLL_MS = 30_000;

/**
 * Delivers the outbox at least once: every pending delivery whose time has come is POSTed, signed; a 2xx marks it
 * delivered, anything else schedules a retry with exponential backoff until 24 hours after the event, then it is
 * given up. Stops cleanly when the server closes (an in-flight POST is aborted and its delivery given back).
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private readonly config: WebhookConfig;
  private timer: NodeJS.Timeout | null = null;
  private timerDueAt = 0;
  private running: Promise<void> | null = null;
  private stopping = false;
  private again = false;
  private hotUntil = 0;
  /** When the earliest pending delivery is due, as of the last pass (ms since the epoch; null: none pending). */
  private nextPendingAt: number | null = Date.now();
  private lastScanAt = 0;
  private readonly abort = new AbortController();
  private unsubscribe: (() => void) | null = null;

  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    @Inject(APP_CONFIG) appConfig: AppConfig,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
    private readonly repository: WebhooksRepository,
    private readonly outbox: OutboxService,
    private readonly dueSoon: DueSoonScan,
  ) {
    this.config = { ...DEFAULT_WEBHOOK_CONFIG, ...appConfig.webhooks };
  }

  onApplicationBootstrap(): void {
    this.unsubscribe = this.outbox.onEmit(() => {
      this.hotUntil = Date.now() + Math.max(HOT_AFTER_EMIT_MS, 5 * this.config.pollMs);
      this.schedule(this.config.pollMs);
    });
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.abort.abort();
    await this.running;
  }

  /** Runs a pass now (tests; the admin page's "retry now" could use it). */
  async runOnce(): Promise<void> {
    await this.running;
    await this.run();
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    const dueAt = Date.now() + delayMs;
    if (this.timer) {
      // The wake-up already set stays when it comes as soon.
      if (this.timerDueAt <= dueAt) return;
      clearTimeout(this.timer);
    }
    this.timerDueAt = dueAt;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delayMs);
    this.timer.unref();
  }

  /** One pass at a time: a wake-up during a pass asks for another right after it. */
  private run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass()
      .catch((error: unknown) => this.logger.warn(`Webhook pass failed: ${(error as Error).message}`))
      .finally(() => {
        this.running = null;
        const hot = this.again || Date.now() < this.hotUntil;
        this.again = false;
        const idle = Math.min(IDLE_POLL_MS, this.config.dueScanMs);
        const untilNext = this.nextPendingAt === null ? idle : Math.max(this.nextPendingAt - Date.now(), this.config.pollMs);
        this.schedule(hot ? this.config.pollMs : Math.min(untilNext, idle));
      });
    return this.running;
  }

  private async pass(): Promise<void> {
    if (Date.now() - this.lastScanAt >= this.config.dueScanMs) {
      this.lastScanAt = Date.now();
      await this.dueSoon.scan();
    }
    const due = await this.graph.read((tx) => this.repository.dueDeliveries(tx, new Date().toISOString()));
    for (const delivery of due) {
      if (this.stopping) return;
      await this.attempt(delivery);
    }
    const next = await this.graph.read((tx) => this.repository.nextPendingAt(tx));
    this.nextPendingAt = next === null ? null : new Date(next).getTime();
  }

  private async attempt(delivery: NodeRecord<'WebhookDelivery'>): Promise<void> {
    // A lease longer than one POST: a crash during the attempt leaves it pending, and it is tried again after the lease.
    const lease = new Date(Date.now() + 2 * this.config.timeoutMs).toISOString();
    const expected = delivery.nextAttemptAt;
    if (!expected || !(await this.graph.write((tx) => this.repository.claim(tx, delivery.id, expected, lease)))) return;
    const webhook = await this.graph.read((tx) => this.repository.get(tx, delivery.webhookId));
    const now = new Date();
    const secret = webhook?.secret ? this.box.open(webhook.secret) : null;
    if (!webhook || webhook.deletedAt || secret === null) {
      const reason = !webhook || webhook.deletedAt ? 'the webhook was deleted' : 'the secret cannot be opened with this DATA_DIR key';
      await this.record(delivery, {
        lastStatus: null,
        lastError: reason,
        at: now.toISOString(),
        delivered: false,
        gaveUp: true,
        nextAttemptAt: null,
      });
      return;
    }
    let status: number | null = null;
    let error: string | null = null;
    try {
      const url = await checkWebhookUrl(webhook.url, this.config.allowPrivate);
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signature(delivery.body, secret),
          'user-agent': 'disclosure-map-webhooks',
        },
        body: delivery.body,
        redirect: 'manual', // a redirect could lead past the address check
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.config.timeoutMs)]),
      });
      status = response.status;
      await response.body?.cancel();
    } catch (e) {
      if (this.stopping) {
        // Aborted by shutdown: given back as it was, so the next start sends it at once.
        await this.graph.write((tx) => this.repository.release(tx, delivery.id, expected));
        return;
      }
      error = (e as Error).message.slice(0, 500);
    }
    const delivered = status !== null && status >= 200 && status < 300;
    if (!delivered && error === null) error = `HTTP ${status}`;
    const next = delivered ? null : nextAttemptAt(new Date(delivery.occurredAt), delivery.attempts + 1, now, this.config);
    await this.record(delivery, {
      lastStatus: status,
      lastError: delivered ? null : error,
      at: now.toISOString(),
      delivered,
      gaveUp: !delivered && next === null,
      nextAttemptAt: next?.toISOString() ?? null,
    });
  }

  private async record(delivery: NodeRecord<'WebhookDelivery'>, outcome: AttemptOutcome): Promise<void> {
    await this.graph.write((tx) => this.repository.recordAttempt(tx, delivery.id, outcome));
  }
}
