import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { DateScalarType } from '../common/date-type';
import { RiskAssessmentItem } from './models/risk-assessment.models';
import { RiskAssessmentsService } from './risk-assessments.service';

@Resolver()
export class RiskAssessmentsResolver {
  constructor(private readonly risk: RiskAssessmentsService) {}

  @Query(() => [RiskAssessmentItem], { description: 'Each flow in force on asOf (default today) that needs a risk assessment' })
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  riskAssessments(@Args('asOf', { type: () => DateScalarType, nullable: true }) asOf?: string | null): Promise<RiskAssessmentItem[]> {
    return this.risk.riskAssessments(asOf ?? null);
  }

  @Mutation(() => RiskAssessmentItem, { description: 'Records the risk assessment of a collection or disclosure (again: replaces it)' })
  @AllowRoles('LEGAL')
  recordRiskAssessment(
    @Args('flowId', { type: () => ID }) flowId: string,
    @Args('assessedOn', { type: () => DateScalarType }) assessedOn: string,
    @Args('documentRef', { type: () => String, nullable: true, description: 'Where the assessment is kept (at most 500 characters)' })
    documentRef?: string | null,
  ): Promise<RiskAssessmentItem> {
    return this.risk.recordRiskAssessment(flowId, assessedOn, documentRef ?? null);
  }
}
