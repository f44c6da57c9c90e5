import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditService } from '../audit/audit.service';
import { OptOutInput, PersonInput, PersonRef, TransferInput } from './dto/people.inputs';
import { OptOut, Person, Transfer } from './models/people.models';
import { PeopleService } from './people.service';

@Resolver()
export class PeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => Person, { description: 'Finds a person by one identifier (audited)' })
  @AllowRoles('LEGAL')
  person(@Args('person', { type: () => PersonRef }) ref: PersonRef, @CurrentActor() actor: Actor) {
    return this.audit.audited(
      actor,
      'person',
      (p) => [p.id],
      () => this.people.findPerson(ref),
    );
  }

  @Mutation(() => Person, { description: 'Matched by any identifier given' })
  @AllowRoles('LEGAL')
  upsertPerson(@Args('input') input: PersonInput) {
    return this.people.upsertPerson(input);
  }

  @Mutation(() => Transfer, { description: 'People must already exist' })
  @AllowRoles('LEGAL')
  recordTransfer(@Args('input') input: TransferInput) {
    return this.people.recordTransfer(input);
  }

  @Mutation(() => OptOut)
  @AllowRoles('LEGAL')
  recordOptOut(@Args('input') input: OptOutInput) {
    return this.people.recordOptOut(input);
  }
}
