import { Inject, Injectable } from '@nestjs/common';
import { WEBHOOK_EVENTS, type NodeRecord } from '@disclosure-map/graph-schema';
import { notFound } from '../common/app-error';
import { generateId } from '../common/ids';
import { isOneOf } from '../common/vocabulary';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { WebhooksRepository } from '../graph/repositories/webhooks.repository';
import { today } from '../rules/dates';
import type { WebhookInput } from './dto/webhook.input';
import type { Webhook, WebhookDelivery, WebhookSecret } from './models/webhook.models';
import { newWebhookSecret, SECRET_BOX, type SecretBox } from './signing';
import { checkWebhookUrl } from './url-guard';
import { DEFAULT_WEBHOOK_CONFIG } from './webhook-config';

const toWebhook = (w: NodeRecord<'Webhook'>): Webhook => ({
  id: w.id,
  url: w.url,
  events: (w.events ?? []).filter((e) => isOneOf(WEBHOOK_EVENTS, e)),
  createdOn: w.createdOn,
});

const toDelivery = (d: NodeRecord<'WebhookDelivery'>): WebhookDelivery | null =>
  isOneOf(WEBHOOK_EVENTS, d.event)
    ? {
        id: d.id,
        event: d.event,
        attempts: d.attempts,
        lastStatus: d.lastStatus ?? null,
        delivered: d.delivered ?? false,
        eventId: d.eventId,
        occurredAt: d.occurredAt,
        lastAttemptAt: d.lastAttemptAt ?? null,
        nextAttemptAt: d.nextAttemptAt ?? null,
        gaveUp: d.gaveUp ?? false,
        lastError: d.lastError ?? null,
      }
    : null;

/** Webhook subscriptions (ADMIN): the SSRF guard at creation, the secret returned once, the delivery log. */
@Injectable()
export class WebhooksService {
  private readonly allowPrivate: boolean;

  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
    private readonly repository: WebhooksRepository,
  ) {
    this.allowPrivate = config.webhooks?.allowPrivate ?? DEFAULT_WEBHOOK_CONFIG.allowPrivate;
  }

  async createWebhook(input: WebhookInput): Promise<WebhookSecret> {
    const url = await checkWebhookUrl(input.url, this.allowPrivate);
    const secret = newWebhookSecret();
    const now = new Date();
    const record: NodeRecord<'Webhook'> = {
      id: generateId('webhook'),
      url: url.toString(),
      events: WEBHOOK_EVENTS.filter((e) => input.events.includes(e)),
      secret: this.box.seal(secret),
      createdOn: today(now),
      createdAt: now.toISOString(),
      deletedAt: null,
    };
    await this.graph.write((tx) => this.repository.create(tx, record));
    return { webhook: toWebhook(record), secret };
  }

  /** Stops future events; pending deliveries are given up; the delivery log stays readable. */
  deleteWebhook(id: string): Promise<Webhook> {
    return this.graph.write(async (tx) => {
      const webhook = await this.repository.get(tx, id);
      if (!webhook || webhook.deletedAt) throw notFound('id', `no webhook with id "${id}"`);
      await this.repository.markDeleted(tx, id, new Date().toISOString());
      return toWebhook(webhook);
    });
  }

  webhooks(): Promise<Webhook[]> {
    return this.graph.read(async (tx) => (await this.repository.active(tx)).map(toWebhook));
  }

  webhookDeliveries(webhookId: string): Promise<WebhookDelivery[]> {
    return this.graph.read(async (tx) => {
      if (!(await this.repository.get(tx, webhookId))) throw notFound('webhookId', `no webhook with id "${webhookId}"`);
      return (await this.repository.deliveriesOf(tx, webhookId)).map(toDelivery).filter((d): d is WebhookDelivery => d !== null);
    });
  }
}
