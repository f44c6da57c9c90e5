import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from './actor';
import { CurrentActor } from './current-actor.decorator';
import { ApiTokenInput } from './dto/api-token.inputs';
import { ApiToken, ApiTokenSecret, Me } from './models/api-token.models';
import { AllowRoles } from './roles.decorator';
import { AuditedRead } from '../audit/audited.decorator';
import { TokensService } from './tokens.service';

@Resolver()
export class TokensResolver {
  constructor(private readonly tokens: TokensService) {}

  @Query(() => Me, { description: 'The name and role of the token used, so clients can hide what the role cannot do' })
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  me(@CurrentActor() actor: Actor): Me {
    return { name: actor.name, role: actor.role };
  }

  @Query(() => [ApiToken], { description: 'Every token ever issued (never the secrets)' })
  @AllowRoles('ADMIN')
  @AuditedRead()
  apiTokens(): Promise<ApiToken[]> {
    return this.tokens.list();
  }

  @Mutation(() => ApiTokenSecret, { description: 'Issues a token; the secret is returned only this once' })
  @AllowRoles('ADMIN')
  createApiToken(@Args('input') input: ApiTokenInput): Promise<ApiTokenSecret> {
    return this.tokens.create(input);
  }

  @Mutation(() => ApiToken, { description: 'Revokes a token at once; it then gets UNAUTHENTICATED' })
  @AllowRoles('ADMIN')
  revokeApiToken(@Args('name') name: string): Promise<ApiToken> {
    return this.tokens.revoke(name);
  }
}
