import { Field, ObjectType } from '@nestjs/graphql';
import type { Role } from '@disclosure-map/graph-schema';
import { DateScalarType } from '../../common/date-type';
import { RoleEnum } from '../../common/enums.graphql';

@ObjectType({ description: 'A stored API token; the secret itself is never shown again' })
export class ApiToken {
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field({ description: 'ISO date-time' }) createdAt!: string;
  @Field(() => String, { nullable: true, description: 'ISO date-time, updated at most once a minute' }) lastUsedAt!: string | null;
  @Field(() => DateScalarType, { nullable: true, description: 'The last day the token is accepted' }) expiresOn!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date-time' }) revokedAt!: string | null;
}

@ObjectType({ description: 'A new token: the secret is returned this once; only its hash is stored' })
export class ApiTokenSecret {
  @Field() token!: string;
  @Field(() => ApiToken) apiToken!: ApiToken;
}

@ObjectType({ description: 'The caller: the name and role of the token used' })
export class Me {
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
}
