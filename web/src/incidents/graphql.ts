// The incident page's operations: the breach impact (totals and deadlines), the people page by page, the pickers.
import { graphql } from '../api/generated';
import type { BreachInput as ApiBreachInput, BreachPeopleQuery } from '../api/generated/graphql';

/** What the incident form asks for: the breached recipient or system, the period, the day it was discovered. */
export type BreachInput = ApiBreachInput;
/** One row of the people list: a person, the breached categories of theirs, whether California notice is due. */
export type BreachPerson = BreachPeopleQuery['breachImpact']['people']['items'][number];

export const BREACH_IMPACT_QUERY = graphql(`
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
`);

export const BREACH_PEOPLE_QUERY = graphql(`
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
`);

export const BREACH_TARGETS_QUERY = graphql(`
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
`);
