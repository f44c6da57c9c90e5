import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { WebhookEvent } from '@disclosure-map/graph-schema';
import { DateScalarType } from '../../common/date-type';
import { WebhookEventEnum } from '../webhook.enums';

@ObjectType({ description: 'A webhook subscription (its secret is shown once, when it is created)' })
export class Webhook {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => [WebhookEventEnum]) events!: WebhookEvent[];
  @Field(() => DateScalarType) createdOn!: string;
}

@ObjectType({ description: 'A new webhook and its signing secret: the only time the secret is returned' })
export class WebhookSecret {
  @Field(() => Webhook) webhook!: Webhook;
  @Field() secret!: string;
}

@ObjectType({ description: 'One event queued for one webhook, and how its delivery went' })
export class WebhookDelivery {
  @Field(() => ID) id!: string;
  @Field(() => WebhookEventEnum) event!: WebhookEvent;
  @Field(() => Int) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt (null: no response)' }) lastStatus!: number | null;
  @Field() delivered!: boolean;
  @Field(() => ID, { description: 'The payload’s id (the same for every webhook that received the event)' }) eventId!: string;
  @Field() occurredAt!: string;
  @Field(() => String, { nullable: true }) lastAttemptAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Null once delivered or given up' }) nextAttemptAt!: string | null;
  @Field({ description: 'True when retries stopped (24 hours after the event, or the webhook was deleted)' }) gaveUp!: boolean;
  @Field(() => String, { nullable: true }) lastError!: string | null;
}
