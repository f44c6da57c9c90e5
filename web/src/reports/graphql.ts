import { graphql } from '../api/generated';
import type { OrganizationQuery, ShineTheLightQuery } from '../api/generated/graphql';

export const SHINE_THE_LIGHT_QUERY = graphql(`
  query ShineTheLight($year: Int!, $person: PersonRef) {
    shineTheLightReport(year: $year, person: $person) {
      year
      periodStart
      periodEnd
      person {
        id
        display
        californiaResident
      }
      categories {
        code
        label
      }
      thirdParties {
        recipient {
          id
          class
        }
        name
        address
        natureOfBusiness
        productsMarketed
        categories {
          code
          label
        }
      }
      notices
    }
  }
`);
export type ShineTheLightReport = ShineTheLightQuery['shineTheLightReport'];

/** The letterhead; a server without organization settings answers with an error, and the letter goes without it. */
export const ORGANIZATION_QUERY = graphql(`
  query Organization {
    organization {
      name
      contactEmail
      address
      requestChannels
    }
  }
`);
export type Organization = NonNullable<OrganizationQuery['organization']>;

/** Which top-level queries the server has (introspection), to ask only for fields it knows. */
export const QUERY_FIELDS_QUERY = graphql(`
  query QueryFields {
    __type(name: "Query") {
      fields {
        name
      }
    }
  }
`);
