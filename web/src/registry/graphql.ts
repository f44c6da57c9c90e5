import { graphql } from '../api/generated';
import type {
  RegistryCategoriesQuery,
  RegistryDisclosuresQuery,
  RegistryFormOptionsQuery,
  RegistryPurposesQuery,
  RegistryRecipientsQuery,
  RegistrySegmentsQuery,
  RegistrySourcesQuery,
  RegistrySystemsQuery,
} from '../api/generated/graphql';

export const RECIPIENTS_QUERY = graphql(`
  query RegistryRecipients($class: RecipientClass) {
    recipients(class: $class) {
      ...RecipientFields
    }
  }
`);

export const CATEGORIES_QUERY = graphql(`
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
`);

export const PURPOSES_QUERY = graphql(`
  query RegistryPurposes {
    purposes {
      id
      name
      description
      directMarketing
      targetedAdvertising
    }
  }
`);

export const SOURCES_QUERY = graphql(`
  query RegistrySources {
    sources {
      id
      name
      kind
    }
  }
`);

export const SEGMENTS_QUERY = graphql(`
  query RegistrySegments {
    segments {
      id
      name
      description
    }
  }
`);

export const SYSTEMS_QUERY = graphql(`
  query RegistrySystems {
    systems {
      id
      name
      owner
      country
    }
  }
`);

export const DISCLOSURES_QUERY = graphql(`
  query RegistryDisclosures {
    disclosures {
      ...DisclosureFields
    }
  }
`);
/** Everything the registration forms offer to choose from. */
export const FORM_OPTIONS_QUERY = graphql(`
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
`);

export const REGISTER_PROCESSOR_MUTATION = graphql(`
  mutation RegisterProcessor($input: ProcessorInput!) {
    registerProcessor(input: $input) {
      id
      name
      class
    }
  }
`);

export const REGISTER_RECIPIENT_MUTATION = graphql(`
  mutation RegisterRecipient($input: RecipientInput!) {
    registerRecipient(input: $input) {
      id
      name
      class
    }
  }
`);

export const ADD_DISCLOSURE_MUTATION = graphql(`
  mutation AddDisclosure($input: DisclosureInput!) {
    addDisclosure(input: $input) {
      id
      recipient {
        id
        name
      }
    }
  }
`);

/** One row of each registry table, as its query returns it. */
export type RecipientRow = RegistryRecipientsQuery['recipients'][number];
export type CategoryRow = RegistryCategoriesQuery['categories'][number];
export type PurposeRow = RegistryPurposesQuery['purposes'][number];
export type SourceRow = RegistrySourcesQuery['sources'][number];
export type SegmentRow = RegistrySegmentsQuery['segments'][number];
export type SystemRow = RegistrySystemsQuery['systems'][number];
export type DisclosureRow = RegistryDisclosuresQuery['disclosures'][number];

/** Everything the registration forms offer to choose from. */
export type FormOptions = RegistryFormOptionsQuery;

/** Civ. Code §1798.82(h): a category's breach elements (upsertCategory keeps what the input leaves out). */
export const SET_BREACH_ELEMENTS_MUTATION = graphql(`
  mutation SetBreachElements($input: CategoryInput!) {
    upsertCategory(input: $input) {
      id
      name
      breachElements
    }
  }
`);
