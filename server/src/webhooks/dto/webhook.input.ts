import { Field, InputType } from '@nestjs/graphql';
import { WEBHOOK_EVENTS, type WebhookEvent } from '@disclosure-map/graph-schema';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsString, MaxLength } from 'class-validator';
import { WebhookEventEnum } from '../webhook.enums';

@InputType()
export class WebhookInput {
  @Field({ description: 'http(s) URL the events are POSTed to' }) @IsString() @MaxLength(2000) url!: string;
  @Field(() => [WebhookEventEnum])
  @ArrayMinSize(1, { message: '$property must name at least one event' })
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events!: WebhookEvent[];
}
