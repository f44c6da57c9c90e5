import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditedRead } from '../audit/audited.decorator';
import { WebhookInput } from './dto/webhook.input';
import { Webhook, WebhookDelivery, WebhookSecret } from './models/webhook.models';
import { WebhooksService } from './webhooks.service';

@Resolver()
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Mutation(() => WebhookSecret, { description: 'Subscribes a URL to events; the signing secret is returned this once' })
  @AllowRoles('ADMIN')
  createWebhook(@Args('input') input: WebhookInput): Promise<WebhookSecret> {
    return this.service.createWebhook(input);
  }

  @Mutation(() => Webhook, { description: 'Stops a webhook; its delivery log stays' })
  @AllowRoles('ADMIN')
  deleteWebhook(@Args('id', { type: () => ID }) id: string): Promise<Webhook> {
    return this.service.deleteWebhook(id);
  }

  @Query(() => [Webhook], { description: 'The active webhooks, oldest first' })
  @AllowRoles('ADMIN')
  @AuditedRead()
  webhooks(): Promise<Webhook[]> {
    return this.service.webhooks();
  }

  @Query(() => [WebhookDelivery], { description: 'The latest 500 deliveries of a webhook, newest first' })
  @AllowRoles('ADMIN')
  @AuditedRead()
  webhookDeliveries(@Args('webhookId', { type: () => ID }) webhookId: string): Promise<WebhookDelivery[]> {
    return this.service.webhookDeliveries(webhookId);
  }
}
