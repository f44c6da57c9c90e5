import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { returnNode } from '../cypher';
import type { GraphTx } from '../graph-store';
import { nodes } from './node-access';

const ACTIVE_WEBHOOKS = `MATCH (n:Webhook) WHERE n.deletedAt IS NULL RETURN ${returnNode('Webhook')} ORDER BY n.createdAt, n.id`;
const DELETE_WEBHOOK = 'MATCH (n:Webhook {id: $id}) SET n.deletedAt = $at, n.secret = NULL';
/** Pending deliveries of webhooks still subscribed, oldest first: the worker's next batch. */
const DUE_DELIVERIES = `
MATCH (d:WebhookDelivery) WHERE d.nextAttemptAt IS NOT NULL AND d.nextAttemptAt <= $now
RETURN ${returnNode('WebhookDelivery', 'd')} ORDER BY d.nextAttemptAt, d.id LIMIT 50`;
const NEXT_PENDING = 'MATCH (d:WebhookDelivery) WHERE d.nextAttemptAt IS NOT NULL RETURN d.nextAttemptAt AS at ORDER BY at LIMIT 1';
const DELIVERIES_OF = `MATCH (d:WebhookDelivery) WHERE d.webhookId = $webhookId RETURN ${returnNode('WebhookDelivery', 'd')} ORDER BY d.occurredAt DESC, d.id DESC LIMIT 500`;
const EXISTING_DEDUPE_KEYS = `MATCH (d:WebhookDelivery) WHERE d.dedupeKey IN $keys RETURN d.dedupeKey AS dedupeKey`;
const RECORD_ATTEMPT = `
MATCH (d:WebhookDelivery {id: $id})
SET d.attempts = d.attempts + 1, d.lastStatus = $lastStatus, d.lastError = $lastError, d.lastAttemptAt = $at,
    d.delivered = $delivered, d.gaveUp = $gaveUp, d.nextAttemptAt = $nextAttemptAt`;
/** Takes a pending delivery for one attempt (until the lease ends): no other pass or server sends it meanwhile. */
const CLAIM = `
MATCH (d:WebhookDelivery {id: $id}) WHERE d.nextAttemptAt = $expected
SET d.nextAttemptAt = $leaseUntil RETURN d.id AS id`;
const RELEASE = 'MATCH (d:WebhookDelivery {id: $id}) SET d.nextAttemptAt = $at';
/** Open requests (not yet responded) due in [from, to]. */
const OPEN_REQUESTS_DUE = `
MATCH (p:Person)-[:REQUESTED]->(r:PrivacyRequest)
WHERE r.respondedOn IS NULL AND r.dueOn >= $from AND r.dueOn <= $to
RETURN r.id AS id, r.kind AS kind, r.receivedOn AS receivedOn, r.dueOn AS dueOn, p.id AS personId ORDER BY r.dueOn, r.id`;
/** The opt-outs in force on a date of the people named in a transfer. */
const OPT_OUTS_IN_FORCE = `
MATCH (p:Person)-[:MADE]->(o:OptOut) WHERE p.id IN $personIds AND o.effectiveOn <= $onDate
RETURN p.id AS personId, o.id AS id, o.scope AS scope, o.effectiveOn AS effectiveOn ORDER BY personId, o.effectiveOn, o.id`;

export interface AttemptOutcome {
  lastStatus: number | null;
  lastError: string | null;
  at: string;
  delivered: boolean;
  gaveUp: boolean;
  nextAttemptAt: string | null;
}

export interface DueRequestRow {
  id: string;
  kind: string;
  receivedOn: string;
  dueOn: string;
  personId: string;
}

export interface OptOutInForceRow {
  personId: string;
  id: string;
  scope: string;
  effectiveOn: string;
}

/** Webhook subscriptions and the durable outbox of their deliveries. */
@Injectable()
export class WebhooksRepository {
  async create(tx: GraphTx, record: NodeRecord<'Webhook'>): Promise<void> {
    await nodes.create(tx, 'Webhook', record);
  }

  get(tx: GraphTx, id: string): Promise<NodeRecord<'Webhook'> | null> {
    return nodes.get(tx, 'Webhook', id);
  }

  active(tx: GraphTx): Promise<NodeRecord<'Webhook'>[]> {
    return tx.run<NodeRecord<'Webhook'>>(ACTIVE_WEBHOOKS);
  }

  async markDeleted(tx: GraphTx, id: string, at: string): Promise<void> {
    await tx.run(DELETE_WEBHOOK, { id, at });
  }

  async enqueue(tx: GraphTx, delivery: NodeRecord<'WebhookDelivery'>): Promise<void> {
    await nodes.create(tx, 'WebhookDelivery', delivery);
  }

  /** At most 50 a batch, so one pass of the worker stays short. */
  dueDeliveries(tx: GraphTx, now: string): Promise<NodeRecord<'WebhookDelivery'>[]> {
    return tx.run<NodeRecord<'WebhookDelivery'>>(DUE_DELIVERIES, { now });
  }

  /** When the earliest pending delivery is due (null: none is pending). */
  async nextPendingAt(tx: GraphTx): Promise<string | null> {
    const [row] = await tx.run<{ at: string }>(NEXT_PENDING);
    return row?.at ?? null;
  }

  /** The latest 500 deliveries of a webhook, newest first. */
  deliveriesOf(tx: GraphTx, webhookId: string): Promise<NodeRecord<'WebhookDelivery'>[]> {
    return tx.run<NodeRecord<'WebhookDelivery'>>(DELIVERIES_OF, { webhookId });
  }

  async existingDedupeKeys(tx: GraphTx, keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    return new Set((await tx.run<{ dedupeKey: string }>(EXISTING_DEDUPE_KEYS, { keys })).map((r) => r.dedupeKey));
  }

  /** True when this caller got the delivery (its nextAttemptAt was still `expected`). */
  async claim(tx: GraphTx, id: string, expected: string, leaseUntil: string): Promise<boolean> {
    return (await tx.run(CLAIM, { id, expected, leaseUntil })).length > 0;
  }

  /** Gives a claimed delivery back, due at `at` (an attempt cut short by shutdown, not counted). */
  async release(tx: GraphTx, id: string, at: string): Promise<void> {
    await tx.run(RELEASE, { id, at });
  }

  async recordAttempt(tx: GraphTx, id: string, outcome: AttemptOutcome): Promise<void> {
    await tx.run(RECORD_ATTEMPT, { id, ...outcome });
  }

  openRequestsDue(tx: GraphTx, from: string, to: string): Promise<DueRequestRow[]> {
    return tx.run<DueRequestRow>(OPEN_REQUESTS_DUE, { from, to });
  }

  optOutsInForce(tx: GraphTx, personIds: string[], on: string): Promise<OptOutInForceRow[]> {
    return personIds.length ? tx.run<OptOutInForceRow>(OPT_OUTS_IN_FORCE, { personIds, onDate: on }) : Promise.resolve([]);
  }
}
