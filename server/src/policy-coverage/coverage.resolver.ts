import { Args, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { DateScalarType } from '../common/date-type';
import { CoverageService } from './coverage.service';
import { PolicyCoverage } from './models/coverage.models';

@Resolver()
export class CoverageResolver {
  constructor(private readonly coverage: CoverageService) {}

  @Query(() => PolicyCoverage, {
    description: 'Flows no clause states, clauses that state nothing in force, and clauses whose declarations differ from their flows',
  })
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  policyCoverage(@Args('asOf', { type: () => DateScalarType, nullable: true }) asOf?: string | null): Promise<PolicyCoverage> {
    return this.coverage.policyCoverage(asOf ?? null);
  }
}
