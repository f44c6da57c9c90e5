export const WEBHOOK_EVENTS = [
  'INVENTORY_CHANGED',
  'SUBPROCESSOR_CHANGE',
  'REQUEST_DUE_SOON',
  'OPT_OUT_VIOLATION',
  'UNDECLARED_TRANSFER',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  INVENTORY_CHANGED: 'Inventory changed',
  SUBPROCESSOR_CHANGE: 'Sub-processor change',
  REQUEST_DUE_SOON: 'Request due within 7 days',
  OPT_OUT_VIOLATION: 'Transfer despite an opt-out',
  UNDECLARED_TRANSFER: 'Undeclared transfer',
};

export interface Webhook {
  id: string;
  url: string;
  events: WebhookEvent[];
  createdOn: string;
}

export interface WebhookDelivery {
  id: string;
  event: WebhookEvent;
  attempts: number;
  lastStatus: number | null;
  delivered: boolean;
  occurredAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  gaveUp: boolean;
  lastError: string | null;
}

export interface WebhooksResult {
  webhooks: Webhook[];
}
export interface DeliveriesResult {
  webhookDeliveries: WebhookDelivery[];
}
export interface CreateWebhookResult {
  createWebhook: { secret: string; webhook: Webhook };
}

const WEBHOOK = 'id url events createdOn';

export const WEBHOOKS_QUERY = /* GraphQL */ `
  query Webhooks { webhooks { ${WEBHOOK} } }
`;

export const DELIVERIES_QUERY = /* GraphQL */ `
  query WebhookDeliveries($webhookId: ID!) {
    webhookDeliveries(webhookId: $webhookId) {
      id
      event
      attempts
      lastStatus
      delivered
      occurredAt
      lastAttemptAt
      nextAttemptAt
      gaveUp
      lastError
    }
  }
`;

export const CREATE_WEBHOOK = /* GraphQL */ `
  mutation CreateWebhook($input: WebhookInput!) { createWebhook(input: $input) { secret webhook { ${WEBHOOK} } } }
`;

export const DELETE_WEBHOOK = /* GraphQL */ `
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id) {
      id
    }
  }
`;

/** How a delivery stands, in words. */
export function deliveryState(d: WebhookDelivery): string {
  if (d.delivered) return 'Delivered';
  if (d.gaveUp) return 'Given up';
  return d.attempts ? 'Retrying' : 'Pending';
}
