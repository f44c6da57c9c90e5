import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RecipientClass } from '@disclosure-map/graph-schema';
import { AllowRoles } from '../auth/roles.decorator';
import { RecipientClassEnum } from '../common/enums.graphql';
import { ProcessorInput, RecipientInput } from './dto/recipient.inputs';
import { Recipient } from './models/recipient.model';
import { RecipientsService } from './recipients.service';

@Resolver(() => Recipient)
export class RecipientsResolver {
  constructor(private readonly recipients: RecipientsService) {}

  @Query(() => [Recipient], { name: 'recipients' })
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  recipientList(@Args('class', { type: () => RecipientClassEnum, nullable: true }) recipientClass?: RecipientClass | null) {
    return this.recipients.list(recipientClass ?? null);
  }

  @Mutation(() => Recipient)
  @AllowRoles('EDITOR')
  registerRecipient(@Args('input') input: RecipientInput) {
    return this.recipients.registerRecipient(input);
  }

  @Mutation(() => Recipient, { description: 'A PROCESSOR recipient plus its ON_OUR_BEHALF disclosure, in one unit of work' })
  @AllowRoles('EDITOR')
  registerProcessor(@Args('input') input: ProcessorInput) {
    return this.recipients.registerProcessor(input);
  }
}
