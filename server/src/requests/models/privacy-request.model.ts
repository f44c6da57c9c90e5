import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalarType } from '../../common/date-type';
import { Person } from '../../people/models/people.models';
import type { RequestKind, RequestStatus } from '../deadlines';
import { RequestKindEnum, RequestStatusEnum } from '../request.enums';

@ObjectType({ description: 'A privacy request and its deadline' })
export class PrivacyRequest {
  @Field(() => ID) id!: string;
  @Field(() => Person) person!: Person;
  @Field(() => RequestKindEnum) kind!: RequestKind;
  @Field(() => DateScalarType) receivedOn!: string;
  @Field() channel!: string;
  @Field(() => DateScalarType) dueOn!: string;
  @Field({ description: 'False when received elsewhere than at a designated address, e-mail or number' })
  designatedChannel!: boolean;
  @Field(() => Int) extensions!: number;
  @Field({ description: 'A further Shine-the-Light request by the same customer in the same calendar year (accepted, flagged)' })
  repeatInYear!: boolean;
  @Field(() => DateScalarType, { nullable: true }) respondedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'The document sent, e.g. /reports/shine-the-light/2025.pdf?person=…' })
  documentRef!: string | null;
  @Field(() => RequestStatusEnum) status!: RequestStatus;
  /** Shine the Light: the answer frozen when it was sent (JSON); served by the frozenReport field. */
  frozenReportJson!: string | null;
}
