import { graphql } from './generated';

/** The fields of a disclosure that the map's side panel and the registry both show, written once. */
export const DISCLOSURE_FIELDS = graphql(`
  fragment DisclosureFields on Disclosure {
    id
    use
    validFrom
    validTo
    recipient {
      id
      name
      class
    }
    categories {
      id
      name
    }
    segments {
      id
      name
    }
    purposes {
      id
      name
    }
    systems {
      id
      name
    }
  }
`);
