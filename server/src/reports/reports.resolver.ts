import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { InventoryAsOfArg } from '../common/inventory-as-of.arg';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditService } from '../audit/audit.service';
import { PersonRef } from '../people/dto/people.inputs';
import { ShineTheLightReport } from './models/shine-the-light.models';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => ShineTheLightReport, { description: 'Standard annual report, or the per-person one (audited)' })
  @AllowRoles('LEGAL')
  shineTheLightReport(
    @Args('year', { type: () => Int }) year: number,
    @CurrentActor() actor: Actor,
    @Args('person', { type: () => PersonRef, nullable: true }) person?: PersonRef | null,
    @InventoryAsOfArg() inventoryAsOf?: string | null,
  ) {
    if (!person) return this.reports.shineTheLightReport(year, null, inventoryAsOf ?? null);
    return this.audit.audited(
      actor,
      'shineTheLightReport',
      (r) => (r.person ? [r.person.id] : []),
      () => this.reports.shineTheLightReport(year, person, inventoryAsOf ?? null),
    );
  }
}
