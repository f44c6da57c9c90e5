import { graphql } from '../api/generated';
import type { RequestKind, RequestStatus, RequestsQuery } from '../api/generated/graphql';

export const REQUEST_KIND_LABELS: Record<RequestKind, string> = {
  SHINE_THE_LIGHT: 'Shine the Light (30 days)',
  CCPA_KNOW: 'CCPA right to know (45 days, +45 once)',
  GDPR_ACCESS: 'GDPR access (one month, +2 months)',
};

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  OVERDUE: 'Overdue',
  DUE_SOON: 'Due within 7 days',
  OPEN: 'Open',
  RESPONDED: 'Answered',
  RESPONDED_LATE: 'Answered late',
};

export const PRIVACY_REQUEST_FIELDS = graphql(`
  fragment PrivacyRequestFields on PrivacyRequest {
    id
    kind
    receivedOn
    channel
    dueOn
    extensions
    repeatInYear
    respondedOn
    documentRef
    status
    person {
      id
      display
    }
  }
`);

export const REQUESTS_QUERY = graphql(`
  query Requests {
    requests {
      ...PrivacyRequestFields
    }
  }
`);
export type PrivacyRequest = RequestsQuery['requests'][number];

export const RECORD_REQUEST = graphql(`
  mutation RecordRequest($input: RequestInput!) {
    recordRequest(input: $input) {
      ...PrivacyRequestFields
    }
  }
`);

export const RESPOND_TO_REQUEST = graphql(`
  mutation RespondToRequest($id: ID!, $respondedOn: Date!, $documentRef: String) {
    respondToRequest(id: $id, respondedOn: $respondedOn, documentRef: $documentRef) {
      ...PrivacyRequestFields
    }
  }
`);

export const EXTEND_REQUEST = graphql(`
  mutation ExtendRequest($id: ID!) {
    extendRequest(id: $id) {
      ...PrivacyRequestFields
    }
  }
`);
