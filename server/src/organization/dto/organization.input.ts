import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEmail, IsOptional, IsString, Length } from 'class-validator';
import { IsName, IsOptionalText } from '../../common/validators';

@InputType()
export class OrganizationInput {
  @Field() @IsName() name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() contactEmail?: string | null;
  @Field(() => String, { nullable: true }) @IsOptionalText(500) address?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  requestChannels?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Technical and organisational security measures (GDPR Art. 30(1)(g))' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  securityMeasures?: string[] | null;
}
