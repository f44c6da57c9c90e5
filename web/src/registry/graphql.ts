import { DISCLOSURE_SELECTION } from '../api/selections';
import type {
  DataCategory,
  Disclosure,
  PolicyClauseRef,
  Purpose,
  Recipient,
  RecipientRef,
  Segment,
  Source,
  SystemInfo,
} from '../api/types';

export const RECIPIENTS_QUERY = /* GraphQL */ `
  query RegistryRecipients($class: RecipientClass) {
    recipients(class: $class) {
      id
      name
      class
      legalName
      address
      country
      natureOfBusiness
      productsMarketed
      agreementSignedOn
    }
  }
`;
export interface RecipientsResult {
  recipients: Recipient[];
}

export const CATEGORIES_QUERY = /* GraphQL */ `
  query RegistryCategories {
    categories {
      id
      name
      description
      sensitive
      breachElements
      shineTheLight
      ccpa
      parentId
    }
  }
`;
export interface CategoriesResult {
  categories: DataCategory[];
}

export const PURPOSES_QUERY = /* GraphQL */ `
  query RegistryPurposes {
    purposes {
      id
      name
      description
      directMarketing
      targetedAdvertising
    }
  }
`;
export interface PurposesResult {
  purposes: Purpose[];
}

export const SOURCES_QUERY = /* GraphQL */ `
  query RegistrySources {
    sources {
      id
      name
      kind
    }
  }
`;
export interface SourcesResult {
  sources: Source[];
}

export const SEGMENTS_QUERY = /* GraphQL */ `
  query RegistrySegments {
    segments {
      id
      name
      description
    }
  }
`;
export interface SegmentsResult {
  segments: Segment[];
}

export const SYSTEMS_QUERY = /* GraphQL */ `
  query RegistrySystems {
    systems {
      id
      name
      owner
      country
    }
  }
`;
export interface SystemsResult {
  systems: SystemInfo[];
}

export const DISCLOSURES_QUERY = /* GraphQL */ `
  query RegistryDisclosures {
    disclosures {
${DISCLOSURE_SELECTION}
    }
  }
`;
export interface DisclosuresResult {
  disclosures: Omit<Disclosure, 'policyClauses'>[];
}

/** Everything the registration forms offer to choose from. */
export const FORM_OPTIONS_QUERY = /* GraphQL */ `
  query RegistryFormOptions {
    categories {
      id
      name
      parentId
    }
    purposes {
      id
      name
    }
    segments {
      id
      name
    }
    systems {
      id
      name
    }
    recipients {
      id
      name
      class
    }
    policyClauses {
      id
      section
      title
    }
  }
`;
export interface FormOptionsResult {
  categories: Pick<DataCategory, 'id' | 'name' | 'parentId'>[];
  purposes: Pick<Purpose, 'id' | 'name'>[];
  segments: Pick<Segment, 'id' | 'name'>[];
  systems: Pick<SystemInfo, 'id' | 'name'>[];
  recipients: RecipientRef[];
  policyClauses: PolicyClauseRef[];
}

export const REGISTER_PROCESSOR_MUTATION = /* GraphQL */ `
  mutation RegisterProcessor($input: ProcessorInput!) {
    registerProcessor(input: $input) {
      id
      name
      class
    }
  }
`;
export interface RegisterProcessorResult {
  registerProcessor: RecipientRef;
}

export const REGISTER_RECIPIENT_MUTATION = /* GraphQL */ `
  mutation RegisterRecipient($input: RecipientInput!) {
    registerRecipient(input: $input) {
      id
      name
      class
    }
  }
`;
export interface RegisterRecipientResult {
  registerRecipient: RecipientRef;
}

export const ADD_DISCLOSURE_MUTATION = /* GraphQL */ `
  mutation AddDisclosure($input: DisclosureInput!) {
    addDisclosure(input: $input) {
      id
      recipient {
        id
        name
      }
    }
  }
`;
export interface AddDisclosureResult {
  addDisclosure: { id: string; recipient: { id: string; name: string } };
}
