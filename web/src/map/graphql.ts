import { DISCLOSURE_SELECTION } from '../api/selections';
import type { Collection, DataCategory, DataMap, Disclosure, Purpose, Recipient, SystemInfo } from '../api/types';

export const DATA_MAP_QUERY = /* GraphQL */ `
  query DataMap($asOf: Date, $recipientClasses: [RecipientClass!], $categoryIds: [ID!], $purposeIds: [ID!], $grouping: MapGroupingInput) {
    dataMap(asOf: $asOf, recipientClasses: $recipientClasses, categoryIds: $categoryIds, purposeIds: $purposeIds, grouping: $grouping) {
      grouped
      focus
      totalNodes
      nodes {
        id
        kind
        label
        group
        count
        memberKind
        shown
        parent
      }
      edges {
        id
        source
        target
        kind
        label
        flowId
        flowKind
        flows
      }
    }
  }
`;

/** The map as drawn: grouped (dataMap's grouping argument), with group and merged-edge fields. */
export interface DrawnMap extends DataMap {
  nodes: (DataMap['nodes'][number] & { count: number | null; memberKind: string | null; shown: number | null; parent: string | null })[];
  edges: (DataMap['edges'][number] & { flows: number | null })[];
  grouped: boolean;
  focus: string | null;
  totalNodes: number;
}
export interface DataMapResult {
  dataMap: DrawnMap;
}

/** The filter choices: every category (as a tree) and purpose, and the flows' validity to bound the date slider. */
export const MAP_OPTIONS_QUERY = /* GraphQL */ `
  query MapOptions {
    categories {
      id
      name
      parentId
    }
    purposes {
      id
      name
    }
    disclosures {
      id
      validFrom
      validTo
    }
    recipients {
      id
      name
    }
  }
`;
export interface MapOptionsResult {
  categories: Pick<DataCategory, 'id' | 'name' | 'parentId'>[];
  purposes: Pick<Purpose, 'id' | 'name'>[];
  disclosures: Pick<Disclosure, 'id' | 'validFrom' | 'validTo'>[];
  /** Every recipient by name, so search finds one inside a closed group. */
  recipients: Pick<Recipient, 'id' | 'name'>[];
}

/** Details for the side panel: the flows in force on the map's day and the registry entries the nodes stand for. */
export const MAP_DETAILS_QUERY = /* GraphQL */ `
  query MapDetails($asOf: Date) {
    disclosures(asOf: $asOf) {
${DISCLOSURE_SELECTION}
      policyClauses {
        id
        section
        title
      }
    }
    collections(asOf: $asOf) {
      id
      validFrom
      validTo
      source {
        id
        name
        kind
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
    recipients {
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
    categories {
      id
      name
      description
      sensitive
      shineTheLight
      parentId
    }
    systems {
      id
      name
      owner
      country
    }
  }
`;
export interface MapDetailsResult {
  disclosures: Disclosure[];
  collections: Collection[];
  recipients: Recipient[];
  categories: Pick<DataCategory, 'id' | 'name' | 'description' | 'sensitive' | 'shineTheLight' | 'parentId'>[];
  systems: SystemInfo[];
}
