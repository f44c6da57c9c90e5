import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditedRead } from '../audit/audited.decorator';
import { OptOutInput, PersonInput, PersonRef, TransferInput } from './dto/people.inputs';
import { OptOut, Person, Transfer } from './models/people.models';
import { PeopleService } from './people.service';

@Resolver()
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => Person, { description: 'Finds a person by one identifier (audited)' })
  @AllowRoles('LEGAL')
  @AuditedRead()
  person(@Args('person', { type: () => PersonRef }) ref: PersonRef) {
    return this.people.findPerson(ref);
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
