import { Injectable } from '@nestjs/common';
import type { NodeRecord, WebhookEvent } from '@disclosure-map/graph-schema';
import { generateId } from '../common/ids';
import type { GraphTx } from '../graph/graph-store';
import { WebhooksRepository } from '../graph/repositories/webhooks.repository';

/** The JSON every delivery POSTs (PRODUCT.md §8); `id` is the event's, the same for every webhook it goes to. */
export interface WebhookPayload {
  id: string;
  event: WebhookEvent;
  occurredAt: string;
  data: unknown;
}

export interface EmitOptions {
  /** Only these webhooks (default: every active webhook subscribed to the event). */
  webhooks?: NodeRecord<'Webhook'>[];
  /** Marks a delivery as the one for a subject (REQUEST_DUE_SOON: webhook and request), so a scan sends it once. */
  dedupeKey?: (webhook: NodeRecord<'Webhook'>) => string;
}

/**
 * The durable outbox. emit() writes one WebhookDelivery per subscribed webhook inside the caller's unit of work:
 * the event commits with the change that caused it or not at all, and once committed the worker delivers it even
 * after a crash or restart.
 */
@Injectable()
export class OutboxService {
  private readonly wakers = new Set<() => void>();

  constructor(private readonly webhooks: WebhooksRepository) {}

  async subscribers(tx: GraphTx, event: WebhookEvent): Promise<NodeRecord<'Webhook'>[]> {
    return (await this.webhooks.active(tx)).filter((w) => (w.events ?? []).includes(event));
  }

  /** Writes the event for its subscribers in `tx`; returns how many deliveries it queued. */
  async emit(tx: GraphTx, event: WebhookEvent, data: unknown, options: EmitOptions = {}): Promise<number> {
    const targets = options.webhooks ?? (await this.subscribers(tx, event));
    if (!targets.length) return 0;
    const payload: WebhookPayload = { id: generateId('event'), event, occurredAt: new Date().toISOString(), data };
    const body = JSON.stringify(payload);
    for (const webhook of targets) {
      await this.webhooks.enqueue(tx, {
        id: generateId('delivery'),
        webhookId: webhook.id,
        eventId: payload.id,
        event,
        occurredAt: payload.occurredAt,
        body,
        dedupeKey: options.dedupeKey?.(webhook) ?? null,
        attempts: 0,
        lastStatus: null,
        lastError: null,
        lastAttemptAt: null,
        delivered: false,
        gaveUp: false,
        nextAttemptAt: payload.occurredAt,
      });
    }
    for (const wake of this.wakers) wake();
    return targets.length;
  }

  /** The delivery worker asks to be woken when an event may have been written. */
  onEmit(wake: () => void): () => void {
    this.wakers.add(wake);
    return () => this.wakers.delete(wake);
  }
}
