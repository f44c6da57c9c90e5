import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditService } from '../audit/audit.service';
import { DateScalarType } from '../common/date-type';
import { badInput } from '../common/app-error';
import { ShineTheLightReport } from '../reports/models/shine-the-light.models';
import { PrivacyRequest } from '../requests/models/privacy-request.model';
import { PropagationUpdate } from './dto/propagation.inputs';
import { PropagationPlan, PropagationRow, Reappearance } from './models/propagation.models';
import { ObligationsService } from './obligations.service';

@Resolver()
export class ObligationsResolver {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => PropagationPlan, {
    description: 'Whom a deletion or correction request must be passed on to, with where each notice stands (audited)',
  })
  @AllowRoles('LEGAL')
  propagationPlan(@Args('requestId', { type: () => ID }) requestId: string, @CurrentActor() actor: Actor): Promise<PropagationPlan> {
    return this.audit.audited(
      actor,
      'propagationPlan',
      (plan) => [plan.request.id, plan.request.person.id],
      () => this.obligations.propagationPlan(requestId),
    );
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
  reappearances(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalarType, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalarType, nullable: true }) to?: string | null,
  ): Promise<Reappearance[]> {
    if (from && to && from > to) throw badInput('to', `must be on or after from (${from})`);
    return this.audit.audited(
      actor,
      'reappearances',
      (rows) => [...new Set(rows.map((r) => r.person.id))],
      () => this.obligations.reappearances(from ?? null, to ?? null),
    );
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
