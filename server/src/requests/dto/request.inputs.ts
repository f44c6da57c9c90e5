import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { DateScalarType } from '../../common/date-type';
import { PersonRef } from '../../people/dto/people.inputs';
import { REQUEST_KINDS, type RequestKind } from '../deadlines';
import { RequestKindEnum } from '../request.enums';

@InputType()
export class RequestInput {
  @Field(() => PersonRef) @ValidateNested() @Type(() => PersonRef) person!: PersonRef;
  @Field(() => RequestKindEnum) @IsIn(REQUEST_KINDS) kind!: RequestKind;
  @Field(() => DateScalarType) receivedOn!: string;
  @Field({ description: 'How the request arrived, e.g. "email: privacy@example.com"' }) @IsString() @Length(1, 200) channel!: string;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'False when received elsewhere than at a designated address, e-mail or number (Shine the Light: due in 150 days)',
  })
  @IsOptional()
  @IsBoolean()
  designatedChannel?: boolean | null = true;
}
