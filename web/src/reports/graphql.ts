import type { Organization, ShineTheLightReport } from '../api/types';

export const SHINE_THE_LIGHT_QUERY = /* GraphQL */ `
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
`;
export interface ShineTheLightResult {
  shineTheLightReport: ShineTheLightReport;
}

/** The letterhead; a server without organization settings answers with an error, and the letter goes without it. */
export const ORGANIZATION_QUERY = /* GraphQL */ `
  query Organization {
    organization {
      name
      contactEmail
      address
      requestChannels
    }
  }
`;
export interface OrganizationResult {
  organization: Organization | null;
}

/** Which top-level queries the server has (introspection), to ask only for fields it knows. */
export const QUERY_FIELDS_QUERY = /* GraphQL */ `
  query QueryFields {
    __type(name: "Query") {
      fields {
        name
      }
    }
  }
`;
export interface QueryFieldsResult {
  __type: { fields: { name: string }[] | null } | null;
}
