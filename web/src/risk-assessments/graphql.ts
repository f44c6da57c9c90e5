export type RiskReason = 'SELLING_OR_SHARING' | 'SENSITIVE_DATA';
export type RiskStatus = 'DONE' | 'DUE' | 'OVERDUE';

export interface RiskAssessmentItem {
  flowId: string;
  flowKind: string;
  description: string;
  validFrom: string;
  reasons: RiskReason[];
  dueOn: string;
  assessedOn: string | null;
  documentRef: string | null;
  status: RiskStatus;
}

export interface RiskAssessmentsResult {
  riskAssessments: RiskAssessmentItem[];
}

const ITEM = 'flowId flowKind description validFrom reasons dueOn assessedOn documentRef status';

export const RISK_ASSESSMENTS_QUERY = /* GraphQL */ `
  query RiskAssessments($asOf: Date) { riskAssessments(asOf: $asOf) { ${ITEM} } }
`;

export const RECORD_RISK_ASSESSMENT = /* GraphQL */ `
  mutation RecordRiskAssessment($flowId: ID!, $assessedOn: Date!, $documentRef: String) {
    recordRiskAssessment(flowId: $flowId, assessedOn: $assessedOn, documentRef: $documentRef) { ${ITEM} }
  }
`;

export const RISK_REASON_LABELS: Record<RiskReason, string> = {
  SELLING_OR_SHARING: 'Selling or sharing',
  SENSITIVE_DATA: 'Sensitive personal information',
};

export const RISK_STATUS_LABELS: Record<RiskStatus, string> = { DONE: 'Done', DUE: 'Due', OVERDUE: 'Overdue' };

/** The legal.css badge each status wears. */
export const RISK_STATUS_BADGES: Record<RiskStatus, string> = { DONE: 'badge-responded', DUE: 'badge-open', OVERDUE: 'badge-overdue' };
