import { graphql } from '../api/generated';
import type { CcpaRightToKnowQuery } from '../api/generated/graphql';

/** A CCPA category of personal information (§1798.140(v)(1), (ae)) with its statutory wording. */
export const CCPA_CATEGORY_FIELDS = graphql(`
  fragment CcpaCategoryFields on CcpaCategoryInfo {
    code
    label
    citation
  }
`);

export const CCPA_RIGHT_TO_KNOW_QUERY = graphql(`
  query CcpaRightToKnow($person: PersonRef, $asOf: Date) {
    ccpaRightToKnow(person: $person, asOf: $asOf) {
      person {
        id
        display
        californiaResident
      }
      periodStart
      periodEnd
      categoriesCollected {
        ...CcpaCategoryFields
      }
      sourceCategories {
        kind
        label
        sources
      }
      purposes {
        id
        name
        description
      }
      soldOrShared {
        category {
          ...CcpaCategoryFields
        }
        sold
        shared
        thirdPartyCategories
      }
      disclosedForBusinessPurpose {
        category {
          ...CcpaCategoryFields
        }
        recipientCategories
      }
    }
  }
`);

/** The answer to a right-to-know request (§1798.110, §1798.115), business-wide or for one person. */
export type CcpaRightToKnow = CcpaRightToKnowQuery['ccpaRightToKnow'];
export type CcpaCategoryInfo = CcpaRightToKnow['categoriesCollected'][number];
