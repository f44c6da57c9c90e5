import { Args, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditedRead } from '../audit/audited.decorator';
import { DateScalarType } from '../common/date-type';
import { InventoryAsOfArg } from '../common/inventory-as-of.arg';
import { PersonRef } from '../people/dto/people.inputs';
import { CcpaService } from './ccpa.service';
import { CcpaRightToKnow } from './models/ccpa.models';

@Resolver()
export class CcpaResolver {
  constructor(private readonly ccpa: CcpaService) {}

  @Query(() => CcpaRightToKnow, {
    description:
      'CCPA right to know from `from` (default: the 12 months before asOf) to asOf (default today): business-wide, or for a person (audited)',
  })
  @AllowRoles('LEGAL')
  @AuditedRead()
  ccpaRightToKnow(
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
    return this.ccpa.rightToKnow(person ?? null, asOf ?? null, inventoryAsOf ?? null, from ?? null);
  }
}
