import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditedRead } from '../audit/audited.decorator';
import { DateScalarType } from '../common/date-type';
import { badInput } from '../common/app-error';
import { ShineTheLightReport } from '../reports/models/shine-the-light.models';
import { PrivacyRequest } from '../requests/models/privacy-request.model';
import { PropagationUpdate } from './dto/propagation.inputs';
import { PropagationPlan, PropagationRow, Reappearance } from './models/propagation.models';
import { ObligationsService } from './obligations.service';

@Resolver()
export class ObligationsResolver {
  constructor(private readonly obligations: ObligationsService) {}

  @Query(() => PropagationPlan, {
    description: 'Whom a deletion or correction request must be passed on to, with where each notice stands (audited)',
  })
  @AllowRoles('LEGAL')
  @AuditedRead()
  propagationPlan(@Args('requestId', { type: () => ID }) requestId: string): Promise<PropagationPlan> {
    return this.obligations.propagationPlan(requestId);
  }

  @Mutation(() => PropagationRow, { description: 'Records a notice sent, a confirmation, or an exception (with its explanation)' })
  @AllowRoles('LEGAL')
  updatePropagation(@Args('input') input: PropagationUpdate): Promise<PropagationRow> {
    return this.obligations.updatePropagation(input);
  }

  @Query(() => [Reappearance], {
    description:
      'Transfers that included a person after their deletion or erasure was answered; from/to filter the transfer date (audited)',
  })
  @AllowRoles('LEGAL')
  @AuditedRead()
  reappearances(
    @Args('from', { type: () => DateScalarType, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalarType, nullable: true }) to?: string | null,
  ): Promise<Reappearance[]> {
    if (from && to && from > to) throw badInput('to', `must be on or after from (${from})`);
    return this.obligations.reappearances(from ?? null, to ?? null);
  }
}

@Resolver(() => PrivacyRequest)
export class PrivacyRequestObligationsResolver {
  constructor(private readonly obligations: ObligationsService) {}

  @ResolveField(() => ShineTheLightReport, {
    nullable: true,
    description: 'Shine the Light: the per-person report for the year before receipt, frozen when the request was answered',
  })
  @AllowRoles('LEGAL')
  frozenReport(@Parent() request: PrivacyRequest): ShineTheLightReport | null {
    return this.obligations.frozenReport(request);
  }

  @ResolveField(() => Boolean, {
    description: 'True when the live report for the frozen answer’s person and year no longer has the same categories and third parties',
  })
  @AllowRoles('LEGAL')
  inaccurate(@Parent() request: PrivacyRequest): Promise<boolean> {
    return this.obligations.inaccurate(request);
  }
}
