import { graphql } from '../api/generated';
import type { DataMapQuery, MapDetailsQuery, MapOptionsQuery } from '../api/generated/graphql';

export const DATA_MAP_QUERY = graphql(`
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
`);
/** The filter choices: every category (as a tree) and purpose, and the flows' validity to bound the date slider. */
export const MAP_OPTIONS_QUERY = graphql(`
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
`);
/** Details for the side panel: the flows in force on the map's day and the registry entries the nodes stand for. */
export const MAP_DETAILS_QUERY = graphql(`
  query MapDetails($asOf: Date) {
    disclosures(asOf: $asOf) {
      ...DisclosureFields
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
      ...RecipientFields
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
`);

/** The answers under the names the map's components use. */
export type MapOptionsResult = MapOptionsQuery;
export type MapDetailsResult = MapDetailsQuery;
export type DataMap = DataMapQuery['dataMap'];
export type MapNode = DataMap['nodes'][number];
export type MapEdge = DataMap['edges'][number];
export type Disclosure = MapDetailsQuery['disclosures'][number];
export type Collection = MapDetailsQuery['collections'][number];
/** The map as drawn: grouped (dataMap's grouping argument), with group and merged-edge fields. */
export type DrawnMap = DataMap;
export type DataMapResult = DataMapQuery;
