import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PROPAGATION_STATUSES, type PropagationStatus } from '@disclosure-map/graph-schema';
import { DateScalarType } from '../../common/date-type';
import { PropagationStatusEnum } from '../../common/enums.graphql';

@InputType({ description: 'A notice of a deletion or correction sent, confirmed or excused' })
export class PropagationUpdate {
  @Field(() => ID) @IsString() @Length(1, 200) requestId!: string;
  @Field(() => ID) @IsString() @Length(1, 200) recipientId!: string;
  @Field(() => PropagationStatusEnum) @IsIn(PROPAGATION_STATUSES) status!: PropagationStatus;
  @Field(() => DateScalarType) on!: string;
  @Field(() => String, { nullable: true, description: 'EXCEPTION: at least 20 characters after trimming' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  explanation?: string | null;
}
