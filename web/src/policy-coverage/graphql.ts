import { graphql } from '../api/generated';
import type { CoverageMismatchKind } from '../api/generated/graphql';

export const POLICY_CLAUSE_FIELDS = graphql(`
  fragment PolicyClauseFields on PolicyClause {
    id
    section
    title
  }
`);

export const COVERAGE_FLOW_FIELDS = graphql(`
  fragment CoverageFlowFields on CoverageFlow {
    kind
    id
    description
  }
`);

export const POLICY_COVERAGE_QUERY = graphql(`
  query PolicyCoverage($asOf: Date) {
    policyCoverage(asOf: $asOf) {
      asOf
      uncoveredFlows {
        ...CoverageFlowFields
      }
      idleClauses {
        ...PolicyClauseFields
      }
      mismatches {
        clause {
          ...PolicyClauseFields
        }
        kind
        value
        flows {
          ...CoverageFlowFields
        }
      }
      clauses {
        clause {
          ...PolicyClauseFields
        }
        declaredRecipientClasses
        declaredUses
        flows {
          ...CoverageFlowFields
        }
        ok
      }
    }
  }
`);

export const MISMATCH_LABELS: Record<CoverageMismatchKind, string> = {
  UNDECLARED_RECIPIENT_CLASS: 'sends data to a recipient class the clause does not name',
  UNDECLARED_USE: 'has a use the clause does not state',
  DECLARED_RECIPIENT_CLASS_WITHOUT_FLOW: 'names a recipient class no linked flow has',
  DECLARED_USE_WITHOUT_FLOW: 'states a use no linked flow has',
};
