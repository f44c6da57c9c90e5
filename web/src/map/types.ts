import type { Edge, Node } from '@xyflow/react';
import type { RecipientClass } from '../api/generated/graphql';

/** Every node kind the map draws, one data type per kind (the registry in nodes/index.ts is exhaustive over it). */
export const MAP_NODE_KINDS = ['source', 'segment', 'category', 'system', 'recipient', 'recipientClass', 'purpose', 'group'] as const;
export type MapNodeKind = (typeof MAP_NODE_KINDS)[number];

interface BaseData extends Record<string, unknown> {
  /** The map node's label (an entity name). */
  label: string;
  /** The registry id of the entity behind the node. */
  entityId: string;
}

export type SourceData = BaseData;
export type SegmentData = BaseData;
export type CategoryData = BaseData;
export type SystemData = BaseData;
export type PurposeData = BaseData;
export interface RecipientData extends BaseData {
  recipientClass: RecipientClass | null;
}
export interface RecipientClassData extends BaseData {
  recipientClass: RecipientClass | null;
  count: number;
}

/** A group of a large map: its members' kind and count, and how many of them are drawn inside it. */
export interface GroupData extends BaseData {
  memberKind: MapNodeKind;
  count: number;
  shown: number;
}

export type SourceNode = Node<SourceData, 'source'>;
export type SegmentNode = Node<SegmentData, 'segment'>;
export type CategoryNode = Node<CategoryData, 'category'>;
export type SystemNode = Node<SystemData, 'system'>;
export type PurposeNode = Node<PurposeData, 'purpose'>;
export type RecipientNode = Node<RecipientData, 'recipient'>;
export type RecipientClassNode = Node<RecipientClassData, 'recipientClass'>;
export type GroupNode = Node<GroupData, 'group'>;

export type MapFlowNode =
  SourceNode | SegmentNode | CategoryNode | SystemNode | PurposeNode | RecipientNode | RecipientClassNode | GroupNode;

export const MAP_EDGE_KINDS = ['collects', 'stores', 'concerns', 'discloses', 'from-system', 'for-purpose', 'in-class'] as const;
export type MapEdgeKind = (typeof MAP_EDGE_KINDS)[number];

export interface FlowEdgeData extends Record<string, unknown> {
  kind: MapEdgeKind;
  label: string | null;
  flowId: string | null;
  flowKind: string | null;
  /** A merged edge of a grouped map: the flows it stands for. */
  flows?: number | null;
}

export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

export function asMapNodeKind(value: string): MapNodeKind | null {
  return (MAP_NODE_KINDS as readonly string[]).includes(value) ? (value as MapNodeKind) : null;
}

export function asMapEdgeKind(value: string): MapEdgeKind | null {
  return (MAP_EDGE_KINDS as readonly string[]).includes(value) ? (value as MapEdgeKind) : null;
}

export function nodeKindLabel(kind: MapNodeKind): string {
  switch (kind) {
    case 'source':
      return 'Source';
    case 'segment':
      return 'Segment';
    case 'category':
      return 'Data category';
    case 'system':
      return 'System';
    case 'recipient':
      return 'Recipient';
    case 'recipientClass':
      return 'Recipient class';
    case 'purpose':
      return 'Purpose';
    case 'group':
      return 'Group';
  }
}
