import { graphql } from '../api/generated';
import type {
  NoticeBasis,
  PropagationPlanQuery,
  PropagationStatus,
  ReappearancesQuery,
  RequestDetailsQuery,
} from '../api/generated/graphql';

export type { NoticeBasis, PropagationStatus };

/** The bases in the words legal uses. */
export const NOTICE_BASIS_WORDS: Record<NoticeBasis, string> = {
  SERVICE_PROVIDER: 'service provider',
  SOLD_OR_SHARED: 'sold or shared',
  GDPR_RECIPIENT: 'GDPR recipient',
};

export const PROPAGATION_STATUS_WORDS: Record<PropagationStatus, string> = {
  PENDING: 'Pending',
  SENT: 'Notice sent',
  CONFIRMED: 'Confirmed',
  EXCEPTION: 'Exception',
};

export type PropagationPlan = PropagationPlanQuery['propagationPlan'];
export type PropagationRow = PropagationPlan['rows'][number];

export const PROPAGATION_PLAN = graphql(`
  query PropagationPlan($requestId: ID!) {
    propagationPlan(requestId: $requestId) {
      complete
      excluded {
        id
        name
      }
      rows {
        ...PropagationRowFields
      }
    }
  }
  fragment PropagationRowFields on PropagationRow {
    recipient {
      id
      name
    }
    bases
    evidence
    categories {
      id
      name
    }
    lastOn
    dueOn
    status
    sentOn
    confirmedOn
    explanation
  }
`);

export const UPDATE_PROPAGATION = graphql(`
  mutation UpdatePropagation($input: PropagationUpdate!) {
    updatePropagation(input: $input) {
      ...PropagationRowFields
    }
  }
`);

export type RequestDetail = NonNullable<RequestDetailsQuery['request']>;

export const REQUEST_DETAILS = graphql(`
  query RequestDetails($id: ID!) {
    request(id: $id) {
      ...PrivacyRequestFields
      inaccurate
      frozenReport {
        year
        thirdParties {
          name
        }
      }
    }
  }
`);

export type Reappearance = ReappearancesQuery['reappearances'][number];

export const REAPPEARANCES = graphql(`
  query Reappearances($from: Date, $to: Date) {
    reappearances(from: $from, to: $to) {
      person {
        id
        display
      }
      request {
        id
        kind
        respondedOn
      }
      transfer {
        id
        occurredOn
        recipient {
          id
          name
        }
        categories {
          id
          name
        }
      }
    }
  }
`);
