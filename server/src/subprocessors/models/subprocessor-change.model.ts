import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalarType } from '../../common/date-type';
import { Recipient } from '../../recipients/models/recipient.model';

@ObjectType({ description: 'GDPR Art. 28(2): a sub-processor change notified by a processor' })
export class SubprocessorChange {
  @Field(() => Recipient) processor!: Recipient;
  @Field(() => Recipient) subprocessor!: Recipient;
  @Field(() => DateScalarType) noticeOn!: string;
  @Field(() => DateScalarType, { description: 'From this date the sub-processor counts as the processor’s' }) effectiveOn!: string;
  @Field(() => DateScalarType, { description: 'noticeOn + objectionDays: the last day an objection is in time' })
  objectionDeadline!: string;
  @Field({ description: 'effectiveOn < objectionDeadline: the change takes effect before the objection period ends' })
  shortNotice!: boolean;
  @Field(() => DateScalarType, { nullable: true }) objectedOn!: string | null;
}
