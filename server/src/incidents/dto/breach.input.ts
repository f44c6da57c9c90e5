import { Field, ID, InputType } from '@nestjs/graphql';
import { ValidateIf } from 'class-validator';
import { DateScalarType } from '../../common/date-type';
import { IsSlug } from '../../common/validators';

@InputType({ description: 'A breach of one recipient or one system over a window (exactly one of the two ids)' })
export class BreachInput {
  @Field(() => ID, { nullable: true })
  @ValidateIf((o: BreachInput) => o.systemId !== null && o.systemId !== undefined)
  @IsSlug()
  systemId?: string | null;
  @Field(() => ID, { nullable: true })
  @ValidateIf((o: BreachInput) => o.recipientId !== null && o.recipientId !== undefined)
  @IsSlug()
  recipientId?: string | null;
  @Field(() => DateScalarType, { description: 'First day of the breach window (inclusive)' }) from!: string;
  @Field(() => DateScalarType, { description: 'Last day of the breach window (inclusive)' }) to!: string;
  @Field(() => DateScalarType, { description: 'The day the breach was discovered: the deadlines count from it' }) discoveredOn!: string;
}
