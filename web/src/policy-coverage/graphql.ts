export interface CoverageFlow {
  kind: 'COLLECTION' | 'DISCLOSURE';
  id: string;
  description: string;
}

export interface CoverageClause {
  id: string;
  section: string;
  title: string;
}

export interface PolicyCoverage {
  asOf: string;
  uncoveredFlows: CoverageFlow[];
  idleClauses: CoverageClause[];
  mismatches: { clause: CoverageClause; kind: string; value: string; flows: CoverageFlow[] }[];
  clauses: { clause: CoverageClause; declaredRecipientClasses: string[]; declaredUses: string[]; flows: CoverageFlow[]; ok: boolean }[];
}

export interface PolicyCoverageResult {
  policyCoverage: PolicyCoverage;
}

const CLAUSE = 'id section title';
const FLOW = 'kind id description';

export const POLICY_COVERAGE_QUERY = /* GraphQL */ `
  query PolicyCoverage($asOf: Date) {
    policyCoverage(asOf: $asOf) {
      asOf
      uncoveredFlows { ${FLOW} }
      idleClauses { ${CLAUSE} }
      mismatches { clause { ${CLAUSE} } kind value flows { ${FLOW} } }
      clauses { clause { ${CLAUSE} } declaredRecipientClasses declaredUses flows { ${FLOW} } ok }
    }
  }
`;

export const MISMATCH_LABELS: Record<string, string> = {
  UNDECLARED_RECIPIENT_CLASS: 'sends data to a recipient class the clause does not name',
  UNDECLARED_USE: 'has a use the clause does not state',
  DECLARED_RECIPIENT_CLASS_WITHOUT_FLOW: 'names a recipient class no linked flow has',
  DECLARED_USE_WITHOUT_FLOW: 'states a use no linked flow has',
};
