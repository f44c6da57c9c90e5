import { Args, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditedRead } from '../audit/audited.decorator';
import { DateScalarType } from '../common/date-type';
import { PersonRef } from '../people/dto/people.inputs';
import { LineageService } from './lineage.service';
import { WhoReceived } from './models/who-received.models';

@Resolver()
export class LineageResolver {
  constructor(private readonly lineage: LineageService) {}

  @Query(() => WhoReceived, { description: 'Who received this person’s data (every lookup is audited)' })
  @AllowRoles('LEGAL')
  @AuditedRead()
  whoReceived(
    @Args('person', { type: () => PersonRef }) person: PersonRef,
    @Args('from', { type: () => DateScalarType, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalarType, nullable: true }) to?: string | null,
  ) {
    return this.lineage.whoReceived(person, from ?? null, to ?? null);
  }
}
