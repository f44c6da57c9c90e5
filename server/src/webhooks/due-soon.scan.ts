import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { WebhooksRepository } from '../graph/repositories/webhooks.repository';
import { addDays, today } from '../rules/dates';
import { DUE_SOON_DAYS } from '../requests/deadlines';
import { OutboxService } from './outbox.service';

const dedupeKey = (webhookId: string, requestId: string) => `REQUEST_DUE_SOON:${webhookId}:${requestId}`;

/**
 * REQUEST_DUE_SOON: each open (not yet responded) request whose dueOn is between today and today + 7 days (the requests' own DUE_SOON status) is sent
 * once to each subscribed webhook; the delivery's dedupe key remembers that it was.
 */
@Injectable()
export class DueSoonScan {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly repository: WebhooksRepository,
    private readonly outbox: OutboxService,
  ) {}

  async scan(on: string = today()): Promise<number> {
    const subscribers = await this.graph.read((tx) => this.outbox.subscribers(tx, 'REQUEST_DUE_SOON'));
    if (!subscribers.length) return 0;
    return this.graph.write(async (tx) => {
      const requests = await this.repository.openRequestsDue(tx, on, addDays(on, DUE_SOON_DAYS));
      const keys = subscribers.flatMap((w) => requests.map((r) => dedupeKey(w.id, r.id)));
      const sent = await this.repository.existingDedupeKeys(tx, keys);
      let queued = 0;
      for (const r of requests) {
        const webhooks = subscribers.filter((w) => !sent.has(dedupeKey(w.id, r.id)));
        if (!webhooks.length) continue;
        const data = { requestId: r.id, kind: r.kind, personId: r.personId, receivedOn: r.receivedOn, dueOn: r.dueOn };
        queued += await this.outbox.emit(tx, 'REQUEST_DUE_SOON', data, { webhooks, dedupeKey: (w) => dedupeKey(w.id, r.id) });
      }
      return queued;
    });
  }
}
