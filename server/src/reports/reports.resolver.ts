import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { InventoryAsOfArg } from '../common/inventory-as-of.arg';
import { AllowRoles } from '../auth/roles.decorator';
import { AuditedRead } from '../audit/audited.decorator';
import { PersonRef } from '../people/dto/people.inputs';
import { ShineTheLightReport } from './models/shine-the-light.models';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => ShineTheLightReport, { description: 'Standard annual report, or the per-person one (audited)' })
  @AllowRoles('LEGAL')
  @AuditedRead()
  shineTheLightReport(
    @Args('year', { type: () => Int }) year: number,
    @Args('person', { type: () => PersonRef, nullable: true }) person?: PersonRef | null,
    @InventoryAsOfArg() inventoryAsOf?: string | null,
  ) {
    return this.reports.shineTheLightReport(year, person ?? null, inventoryAsOf ?? null);
  }
}
