import type { PrivacyRequest } from './graphql';

export type NoticeBasis = 'SERVICE_PROVIDER' | 'SOLD_OR_SHARED' | 'GDPR_RECIPIENT';
export type PropagationStatus = 'PENDING' | 'SENT' | 'CONFIRMED' | 'EXCEPTION';

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

export interface PropagationRow {
  recipient: { id: string; name: string };
  bases: NoticeBasis[];
  evidence: ('CONFIRMED' | 'INFERRED')[];
  categories: { id: string; name: string }[];
  lastOn: string;
  dueOn: string;
  status: PropagationStatus;
  sentOn: string | null;
  confirmedOn: string | null;
  explanation: string | null;
}

export interface PropagationPlan {
  rows: PropagationRow[];
  excluded: { id: string; name: string }[];
  complete: boolean;
}

const ROW_FIELDS = 'recipient { id name } bases evidence categories { id name } lastOn dueOn status sentOn confirmedOn explanation';

export const PROPAGATION_PLAN = /* GraphQL */ `
  query PropagationPlan($requestId: ID!) {
    propagationPlan(requestId: $requestId) {
      complete
      excluded { id name }
      rows { ${ROW_FIELDS} }
    }
  }
`;
export interface PropagationPlanResult {
  propagationPlan: PropagationPlan;
}

export const UPDATE_PROPAGATION = /* GraphQL */ `
  mutation UpdatePropagation($input: PropagationUpdate!) {
    updatePropagation(input: $input) { ${ROW_FIELDS} }
  }
`;

export interface RequestDetail extends PrivacyRequest {
  inaccurate: boolean;
  frozenReport: { year: number; thirdParties: { name: string }[] } | null;
}

export const REQUEST_DETAILS = /* GraphQL */ `
  query RequestDetails($id: ID!) {
    request(id: $id) {
      id
      kind
      receivedOn
      channel
      dueOn
      designatedChannel
      extensions
      repeatInYear
      respondedOn
      documentRef
      status
      person {
        id
        display
      }
      inaccurate
      frozenReport {
        year
        thirdParties {
          name
        }
      }
    }
  }
`;
export interface RequestDetailsResult {
  request: RequestDetail;
}

export interface Reappearance {
  person: { id: string; display: string };
  request: { id: string; kind: PrivacyRequest['kind']; respondedOn: string | null };
  transfer: { id: string; occurredOn: string; recipient: { id: string; name: string }; categories: { id: string; name: string }[] };
}

export const REAPPEARANCES = /* GraphQL */ `
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
`;
export interface ReappearancesResult {
  reappearances: Reappearance[];
}
