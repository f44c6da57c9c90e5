import { Module } from '@nestjs/common';
import { RiskAssessmentsResolver } from './risk-assessments.resolver';
import { RiskAssessmentsService } from './risk-assessments.service';

@Module({ providers: [RiskAssessmentsService, RiskAssessmentsResolver] })
export class RiskAssessmentsModule {}
