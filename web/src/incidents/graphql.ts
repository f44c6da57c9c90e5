import type { BreachElement } from '../api/types';

/** The incident page's operations: the breach impact (totals and deadlines), the people page by page, the pickers. */
export interface BreachInput {
  recipientId?: string;
  systemId?: string;
  from: string;
  to: string;
  discoveredOn: string;
}

export const BREACH_IMPACT_QUERY = /* GraphQL */ `
  query BreachImpact($input: BreachInput!) {
    breachImpact(input: $input) {
      peopleAffected
      californiaResidents
      californiaNotices
      attorneyGeneralSampleRequired
      californiaNoticeDueOn
      supervisoryAuthorityDueOn
      categories {
        category {
          id
          name
        }
        people
      }
    }
  }
`;
export interface BreachImpactResult {
  breachImpact: {
    peopleAffected: number;
    californiaResidents: number;
    californiaNotices: number;
    attorneyGeneralSampleRequired: boolean;
    californiaNoticeDueOn: string;
    supervisoryAuthorityDueOn: string;
    categories: { category: { id: string; name: string }; people: number }[];
  };
}

export const BREACH_PEOPLE_QUERY = /* GraphQL */ `
  query BreachPeople($input: BreachInput!, $first: Int!, $after: String) {
    breachImpact(input: $input) {
      people(first: $first, after: $after) {
        items {
          person {
            id
            display
            californiaResident
          }
          categories {
            id
            name
          }
          californiaNotice
        }
        nextCursor
      }
    }
  }
`;
export interface BreachPerson {
  person: { id: string; display: string; californiaResident: boolean | null };
  categories: { id: string; name: string }[];
  californiaNotice: boolean;
}
export interface BreachPeopleResult {
  breachImpact: { people: { items: BreachPerson[]; nextCursor: string | null } };
}

export const BREACH_TARGETS_QUERY = /* GraphQL */ `
  query BreachTargets {
    recipients {
      id
      name
      class
    }
    systems {
      id
      name
    }
    categories {
      id
      parentId
      breachElements
    }
  }
`;
export interface BreachTargetsResult {
  recipients: { id: string; name: string; class: string }[];
  systems: { id: string; name: string }[];
  categories: { id: string; parentId: string | null; breachElements: BreachElement[] }[];
}
