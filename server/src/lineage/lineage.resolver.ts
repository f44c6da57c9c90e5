import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditService } from '../audit/audit.service';
import { DateScalarType } from '../common/date-type';
import { PersonRef } from '../people/dto/people.inputs';
import { LineageService } from './lineage.service';
import { WhoReceived } from './models/who-received.models';

@Resolver()
export class LineageResolver {
  constructor(
    private readonly lineage: LineageService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => WhoReceived, { description: 'Who received this person’s data (every lookup is audited)' })
  @AllowRoles('LEGAL')
  whoReceived(
    @Args('person', { type: () => PersonRef }) person: PersonRef,
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalarType, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalarType, nullable: true }) to?: string | null,
  ) {
    return this.audit.audited(
      actor,
      'whoReceived',
      (r) => [r.person.id],
      () => this.lineage.whoReceived(person, from ?? null, to ?? null),
    );
  }
}
