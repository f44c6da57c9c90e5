import { Field, InputType } from '@nestjs/graphql';
import { ROLES, type Role } from '@disclosure-map/graph-schema';
import { IsIn } from 'class-validator';
import { DateScalarType } from '../../common/date-type';
import { RoleEnum } from '../../common/enums.graphql';
import { IsSlug } from '../../common/validators';

@InputType()
export class ApiTokenInput {
  @Field({ description: 'A slug naming the token (e.g. "ci-importer"); unique, never reused' }) @IsSlug() name!: string;
  @Field(() => RoleEnum) @IsIn(ROLES) role!: Role;
  @Field(() => DateScalarType, { nullable: true, description: 'The last day the token is accepted' }) expiresOn?: string | null;
}
