import { registerEnumType } from '@nestjs/graphql';
import { WEBHOOK_EVENTS, type WebhookEvent } from '@disclosure-map/graph-schema';

export const WebhookEventEnum = Object.fromEntries(WEBHOOK_EVENTS.map((e) => [e, e])) as Record<WebhookEvent, WebhookEvent>;

/** What each event reports, one descriptor per event (the GraphQL enum's descriptions and the README). */
export const WEBHOOK_EVENT_DESCRIPTIONS = {
  INVENTORY_CHANGED: 'Every inventory write: data { kind, id, operation, actor, before, after }',
  SUBPROCESSOR_CHANGE: 'A sub-processor change notice recorded (Art. 28(2))',
  REQUEST_DUE_SOON: 'An open request due within 7 days, sent once per request: data { requestId, kind, personId, receivedOn, dueOn }',
  OPT_OUT_VIOLATION: 'A transfer recorded that an opt-out in force should have stopped: data { transfer, violations }',
  UNDECLARED_TRANSFER: 'A transfer recorded that the declared flows do not cover: data { transfer, reasons, uncoveredCategoryIds }',
} as const satisfies Record<WebhookEvent, string>;

registerEnumType(WebhookEventEnum, {
  name: 'WebhookEvent',
  valuesMap: Object.fromEntries(WEBHOOK_EVENTS.map((e) => [e, { description: WEBHOOK_EVENT_DESCRIPTIONS[e] }])),
});
