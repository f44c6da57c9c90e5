import { graphql } from '../api/generated';
import type { RiskAssessmentsQuery, RiskReason, RiskStatus } from '../api/generated/graphql';

export type RiskAssessmentItem = RiskAssessmentsQuery['riskAssessments'][number];

export const RISK_ASSESSMENTS_QUERY = graphql(`
  query RiskAssessments($asOf: Date) {
    riskAssessments(asOf: $asOf) {
      ...RiskAssessmentFields
    }
  }
  fragment RiskAssessmentFields on RiskAssessmentItem {
    flowId
    flowKind
    description
    validFrom
    reasons
    dueOn
    assessedOn
    documentRef
    status
  }
`);

export const RECORD_RISK_ASSESSMENT = graphql(`
  mutation RecordRiskAssessment($flowId: ID!, $assessedOn: Date!, $documentRef: String) {
    recordRiskAssessment(flowId: $flowId, assessedOn: $assessedOn, documentRef: $documentRef) {
      ...RiskAssessmentFields
    }
  }
`);

export const RISK_REASON_LABELS: Record<RiskReason, string> = {
  SELLING_OR_SHARING: 'Selling or sharing',
  SENSITIVE_DATA: 'Sensitive personal information',
};

export const RISK_STATUS_LABELS: Record<RiskStatus, string> = { DONE: 'Done', DUE: 'Due', OVERDUE: 'Overdue' };

/** The legal.css badge each status wears. */
export const RISK_STATUS_BADGES: Record<RiskStatus, string> = { DONE: 'badge-responded', DUE: 'badge-open', OVERDUE: 'badge-overdue' };
