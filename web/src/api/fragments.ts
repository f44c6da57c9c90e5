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

/** A recipient's registry entry, as the registry table and the map's side panel show it. */
export const RECIPIENT_FIELDS = graphql(`
  fragment RecipientFields on Recipient {
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
`);

/** A processor's notice of a new sub-processor (GDPR Art. 28(2)): the registry panel's row, also what its mutations return. */
export const SUBPROCESSOR_CHANGE_FIELDS = graphql(`
  fragment SubprocessorChangeFields on SubprocessorChange {
    processor {
      id
      name
    }
    subprocessor {
      id
      name
    }
    noticeOn
    effectiveOn
    objectionDeadline
    shortNotice
    objectedOn
  }
`);
