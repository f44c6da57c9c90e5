import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { DateScalarType } from '../../common/date-type';
import { IsSlug } from '../../common/validators';

@InputType({ description: 'GDPR Art. 28(2): a processor’s notice that it engages a sub-processor' })
export class SubprocessorChangeInput {
  @Field(() => ID) @IsSlug() processorId!: string;
  @Field(() => ID) @IsSlug() subprocessorId!: string;
  @Field(() => DateScalarType, { description: 'When the processor gave notice' }) noticeOn!: string;
  @Field(() => DateScalarType, { description: 'When the sub-processor starts processing' }) effectiveOn!: string;
  @Field(() => Int, { description: 'Days the controller has to object, counted from noticeOn' })
  @IsInt()
  @Min(0)
  @Max(3650)
  objectionDays!: number;
}
