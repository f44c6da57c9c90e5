import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditService } from '../audit/audit.service';
import { DateScalarType } from '../common/date-type';
import { InventoryAsOfArg } from '../common/inventory-as-of.arg';
import { PersonRef } from '../people/dto/people.inputs';
import { CcpaService } from './ccpa.service';
import { CcpaRightToKnow } from './models/ccpa.models';

@Resolver()
export class CcpaResolver {
  constructor(
    private readonly ccpa: CcpaService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => CcpaRightToKnow, {
    description:
      'CCPA right to know from `from` (default: the 12 months before asOf) to asOf (default today): business-wide, or for a person (audited)',
  })
  @AllowRoles('LEGAL')
  ccpaRightToKnow(
    @CurrentActor() actor: Actor,
    @Args('person', { type: () => PersonRef, nullable: true }) person?: PersonRef | null,
    @Args('asOf', { type: () => DateScalarType, nullable: true }) asOf?: string | null,
    @InventoryAsOfArg() inventoryAsOf?: string | null,
    @Args('from', {
      type: () => DateScalarType,
      nullable: true,
      description: 'Start of the period (default: 12 months before asOf); not before 2022-01-01 (§1798.130(a)(2)(B))',
    })
    from?: string | null,
  ): Promise<CcpaRightToKnow> {
    if (!person) return this.ccpa.rightToKnow(null, asOf ?? null, inventoryAsOf ?? null, from ?? null);
    return this.audit.audited(
      actor,
      'ccpaRightToKnow',
      (r) => (r.person ? [r.person.id] : []),
      () => this.ccpa.rightToKnow(person, asOf ?? null, inventoryAsOf ?? null, from ?? null),
    );
  }
}
