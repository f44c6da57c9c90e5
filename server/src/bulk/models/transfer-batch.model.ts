import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Transfer } from '../../people/models/people.models';

@ObjectType({ description: 'A transfer recorded through the bulk path' })
export class TransferBatchResult {
  @Field(() => Transfer) transfer!: Transfer;
  @Field(() => Int, { description: 'People the transfer names (duplicates counted once)' }) peopleIncluded!: number;
  @Field({ description: 'False when the same transfer was already recorded: nothing was changed' }) created!: boolean;
}
