import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { TransferInput } from '../people/dto/people.inputs';
import { BulkService } from './bulk.service';
import { TransferBatchResult } from './models/transfer-batch.model';

@Resolver()
export class BulkResolver {
  constructor(private readonly bulk: BulkService) {}

  @Mutation(() => TransferBatchResult, {
    description: 'Records one transfer naming up to 10,000 people in one statement; recording it again changes nothing',
  })
  @AllowRoles('LEGAL')
  recordTransferBatch(@Args('input') input: TransferInput) {
    return this.bulk.recordTransferBatch(input);
  }
}
