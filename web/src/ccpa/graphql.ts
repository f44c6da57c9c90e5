import type { Person, Purpose, SourceKind } from '../api/types';

/** A CCPA category of personal information (§1798.140(v)(1), (ae)) with its statutory wording. */
export interface CcpaCategoryInfo {
  code: string;
  label: string;
  citation: string;
}

/** A category of sources (§1798.110(a)(2)) and the sources of that kind. */
export interface CcpaSourceCategory {
  kind: SourceKind;
  label: string;
  sources: string[];
}

/** §1798.115(a)(2): a category sold or shared, and the categories of third parties it went to. */
export interface CcpaSoldOrShared {
  category: CcpaCategoryInfo;
  sold: boolean;
  shared: boolean;
  thirdPartyCategories: string[];
}

/** §1798.115(a)(3): a category disclosed for a business purpose, and the categories of recipients. */
export interface CcpaBusinessPurposeDisclosure {
  category: CcpaCategoryInfo;
  recipientCategories: string[];
}

export interface CcpaRightToKnow {
  person: Person | null;
  periodStart: string;
  periodEnd: string;
  categoriesCollected: CcpaCategoryInfo[];
  sourceCategories: CcpaSourceCategory[];
  purposes: Pick<Purpose, 'id' | 'name' | 'description'>[];
  soldOrShared: CcpaSoldOrShared[];
  disclosedForBusinessPurpose: CcpaBusinessPurposeDisclosure[];
}

export interface CcpaRightToKnowResult {
  ccpaRightToKnow: CcpaRightToKnow;
}

const CATEGORY = 'code label citation';

export const CCPA_RIGHT_TO_KNOW_QUERY = /* GraphQL */ `
  query CcpaRightToKnow($person: PersonRef, $asOf: Date) {
    ccpaRightToKnow(person: $person, asOf: $asOf) {
      person {
        id
        display
        californiaResident
      }
      periodStart
      periodEnd
      categoriesCollected { ${CATEGORY} }
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
        category { ${CATEGORY} }
        sold
        shared
        thirdPartyCategories
      }
      disclosedForBusinessPurpose {
        category { ${CATEGORY} }
        recipientCategories
      }
    }
  }
`;
