export type RequestKind = 'SHINE_THE_LIGHT' | 'CCPA_KNOW' | 'GDPR_ACCESS';
export type RequestStatus = 'OPEN' | 'DUE_SOON' | 'OVERDUE' | 'RESPONDED' | 'RESPONDED_LATE';

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

export interface PrivacyRequest {
  id: string;
  kind: RequestKind;
  receivedOn: string;
  channel: string;
  dueOn: string;
  extensions: number;
  repeatInYear: boolean;
  respondedOn: string | null;
  documentRef: string | null;
  status: RequestStatus;
  person: { id: string; display: string };
}

const FIELDS = 'id kind receivedOn channel dueOn extensions repeatInYear respondedOn documentRef status person { id display }';

export const REQUESTS_QUERY = /* GraphQL */ `
  query Requests {
    requests {
      ${FIELDS}
    }
  }
`;
export interface RequestsResult {
  requests: PrivacyRequest[];
}

export const RECORD_REQUEST = /* GraphQL */ `
  mutation RecordRequest($input: RequestInput!) {
    recordRequest(input: $input) {
      ${FIELDS}
    }
  }
`;

export const RESPOND_TO_REQUEST = /* GraphQL */ `
  mutation RespondToRequest($id: ID!, $respondedOn: Date!, $documentRef: String) {
    respondToRequest(id: $id, respondedOn: $respondedOn, documentRef: $documentRef) {
      ${FIELDS}
    }
  }
`;

export const EXTEND_REQUEST = /* GraphQL */ `
  mutation ExtendRequest($id: ID!) {
    extendRequest(id: $id) {
      ${FIELDS}
    }
  }
`;
