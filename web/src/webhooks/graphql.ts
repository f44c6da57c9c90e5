import { graphql } from '../api/generated';
import { WebhookEvent, type WebhookDeliveriesQuery, type WebhooksQuery } from '../api/generated/graphql';

export type { WebhookEvent };
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = Object.values(WebhookEvent);

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  INVENTORY_CHANGED: 'Inventory changed',
  SUBPROCESSOR_CHANGE: 'Sub-processor change',
  REQUEST_DUE_SOON: 'Request due within 7 days',
  OPT_OUT_VIOLATION: 'Transfer despite an opt-out',
  UNDECLARED_TRANSFER: 'Undeclared transfer',
};

export type Webhook = WebhooksQuery['webhooks'][number];
export type WebhookDelivery = WebhookDeliveriesQuery['webhookDeliveries'][number];

export const WEBHOOKS_QUERY = graphql(`
  query Webhooks {
    webhooks {
      ...WebhookFields
    }
  }
  fragment WebhookFields on Webhook {
    id
    url
    events
    createdOn
  }
`);

export const DELIVERIES_QUERY = graphql(`
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
`);

export const CREATE_WEBHOOK = graphql(`
  mutation CreateWebhook($input: WebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        ...WebhookFields
      }
    }
  }
`);

export const DELETE_WEBHOOK = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id) {
      id
    }
  }
`);

/** How a delivery stands, in words. */
export function deliveryState(d: WebhookDelivery): string {
  if (d.delivered) return 'Delivered';
  if (d.gaveUp) return 'Given up';
  return d.attempts ? 'Retrying' : 'Pending';
}
