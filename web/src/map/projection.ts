import type { DataMap, MapEdge, MapNode } from './graphql';
import { asRecipientClass, recipientClassLabel } from '../common/labels';
import type { DirectedEdge } from './highlight';
import type { LayoutInput, Positions } from './layout';
import type { HighlightSource } from './map-store';
import { asMapEdgeKind, asMapNodeKind, type FlowEdge, type MapFlowNode, type MapNodeKind } from './types';

/** Box sizes (px) shared by the layout and the node components' CSS. */
export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 40;
export const GROUP_PADDING_X = 12;
export const GROUP_HEADER = 32;
export const GROUP_GAP = 8;
export const GROUP_PADDING_BOTTOM = 12;

export interface ProjectionOptions {
  /** Show segment and purpose nodes (hidden by default: they make the map dense). */
  showDetails: boolean;
}

export interface ProjectedGraph {
  /** Group (recipient class) nodes come before their children, as React Flow requires; positions are not set yet. */
  nodes: MapFlowNode[];
  edges: FlowEdge[];
  /** The boxes dagre places: top-level nodes and whole groups. */
  layout: LayoutInput;
  /** Every edge between drawn nodes, including recipient → class, for path highlighting. */
  paths: DirectedEdge[];
  /** The map node behind each drawn node. */
  index: Map<string, { node: MapNode; kind: MapNodeKind }>;
  /**
   * Members of an open group on a grouped map: top-level nodes placed at an offset from their group's box (not React
   * Flow children, whose edges React Flow would draw above every other box).
   */
  anchors?: ReadonlyMap<string, { group: string; dx: number; dy: number }>;
  /** The node whose paths alone are drawn (dataMap's focus), if any. */
  focus?: string | null;
}

const HUB_KINDS: ReadonlySet<MapNodeKind> = new Set<MapNodeKind>(['system', 'purpose']);

export function isHubKind(kind: MapNodeKind | undefined): boolean {
  return kind !== undefined && HUB_KINDS.has(kind);
}

/** The registry id behind a map node id ("category:email" → "email"; plain ids stay as they are). */
export function entityIdOf(node: MapNode): string {
  const prefix = `${node.kind}:`;
  return node.id.startsWith(prefix) ? node.id.slice(prefix.length) : node.id;
}

export function groupSize(count: number): { width: number; height: number } {
  return {
    width: NODE_WIDTH + 2 * GROUP_PADDING_X,
    height: GROUP_HEADER + count * NODE_HEIGHT + Math.max(0, count - 1) * GROUP_GAP + GROUP_PADDING_BOTTOM,
  };
}

/** The column each kind belongs in, left to right. */
export function columnOf(kind: MapNodeKind): number {
  switch (kind) {
    case 'source':
    case 'segment':
      return 0;
    case 'category':
      return 1;
    case 'system':
      return 2;
    case 'recipient':
    case 'recipientClass':
      return 3;
    case 'purpose':
      return 4;
    case 'group':
      return 3;
  }
}

function byLabel(a: MapNode, b: MapNode): number {
  return a.label.localeCompare(b.label, 'en', { sensitivity: 'base' });
}

/**
 * Projects the API's data map onto drawable nodes and edges: recipients are grouped into one container per recipient
 * class (the `in-class` edges become containment), segment and purpose nodes are optional, and unknown kinds are
 * left out.
 */
export function projectDataMap(map: Pick<DataMap, 'nodes' | 'edges'>, options: ProjectionOptions): ProjectedGraph {
  const index = new Map<string, { node: MapNode; kind: MapNodeKind }>();
  for (const node of map.nodes) {
    const kind = asMapNodeKind(node.kind);
    if (!kind) continue;
    if (!options.showDetails && (kind === 'segment' || kind === 'purpose')) continue;
    index.set(node.id, { node, kind });
  }

  // Which class each recipient belongs to: its in-class edge, else its group code.
  const classOf = new Map<string, string>();
  for (const edge of map.edges) {
    if (edge.kind === 'in-class' && index.get(edge.source)?.kind === 'recipient') classOf.set(edge.source, edge.target);
  }
  const members = new Map<string, MapNode[]>();
  for (const { node, kind } of index.values()) {
    if (kind !== 'recipient') continue;
    let groupId = classOf.get(node.id) ?? node.group ?? null;
    if (groupId && !index.has(groupId)) {
      const recipientClass = asRecipientClass(groupId);
      if (!recipientClass) groupId = null;
      else {
        // The server sent no node for this class: draw the container anyway.
        index.set(groupId, {
          node: {
            id: groupId,
            kind: 'recipientClass',
            label: recipientClassLabel(recipientClass),
            group: null,
            count: null,
            memberKind: null,
            shown: null,
            parent: null,
          },
          kind: 'recipientClass',
        });
      }
    }
    if (groupId) {
      classOf.set(node.id, groupId);
      members.set(groupId, [...(members.get(groupId) ?? []), node]);
    } else classOf.delete(node.id);
  }
  for (const list of members.values()) list.sort(byLabel);
  // A class with no recipient on this map is not drawn.
  for (const [id, entry] of [...index]) {
    if (entry.kind === 'recipientClass' && !members.has(id)) index.delete(id);
  }

  const nodes: MapFlowNode[] = [];
  const layoutNodes: LayoutInput['nodes'] = [];
  const children: MapFlowNode[] = [];

  const sortedEntries = [...index.values()].sort((a, b) => byLabel(a.node, b.node));
  for (const { node, kind } of sortedEntries) {
    const base = { id: node.id, position: { x: 0, y: 0 }, width: NODE_WIDTH, height: NODE_HEIGHT };
    const data = { label: node.label, entityId: entityIdOf(node) };
    switch (kind) {
      case 'recipientClass': {
        const count = members.get(node.id)?.length ?? 0;
        const size = groupSize(count);
        nodes.push({
          ...base,
          ...size,
          type: 'recipientClass',
          data: { ...data, recipientClass: asRecipientClass(node.id), count },
          selectable: true,
          draggable: false,
          className: 'rf-group',
          style: { width: size.width, height: size.height },
        });
        layoutNodes.push({ id: node.id, ...size, column: columnOf(kind) });
        break;
      }
      case 'recipient': {
        const parentId = classOf.get(node.id);
        const recipient: MapFlowNode = {
          ...base,
          type: 'recipient',
          data: { ...data, recipientClass: asRecipientClass(parentId ?? node.group) },
        };
        if (parentId) {
          const position = (members.get(parentId) ?? []).findIndex((member) => member.id === node.id);
          children.push({
            ...recipient,
            parentId,
            extent: 'parent',
            position: { x: GROUP_PADDING_X, y: GROUP_HEADER + position * (NODE_HEIGHT + GROUP_GAP) },
          });
        } else {
          nodes.push(recipient);
          layoutNodes.push({ id: node.id, width: NODE_WIDTH, height: NODE_HEIGHT, column: columnOf(kind) });
        }
        break;
      }
      case 'source':
      case 'segment':
      case 'category':
      case 'system':
      case 'purpose':
        nodes.push({ ...base, type: kind, data });
        layoutNodes.push({ id: node.id, width: NODE_WIDTH, height: NODE_HEIGHT, column: columnOf(kind) });
        break;
      case 'group':
        // Groups come only with dataMap's grouping, drawn by grouped-projection.ts.
        index.delete(node.id);
        break;
    }
  }

  const edges: FlowEdge[] = [];
  const paths: DirectedEdge[] = [];
  const layoutEdges = new Map<string, { source: string; target: string }>();
  const boxOf = (id: string) => classOf.get(id) ?? id;
  for (const edge of map.edges) {
    const kind = asMapEdgeKind(edge.kind);
    if (!kind || !index.has(edge.source) || !index.has(edge.target)) continue;
    paths.push({ id: edge.id, source: edge.source, target: edge.target });
    if (kind === 'in-class') continue;
    edges.push(toFlowEdge(edge, kind));
    const source = boxOf(edge.source);
    const target = boxOf(edge.target);
    if (source !== target) layoutEdges.set(`${source}>${target}`, { source, target });
  }

  return {
    nodes: [...nodes, ...children],
    edges,
    layout: { nodes: layoutNodes, edges: [...layoutEdges.values()] },
    paths,
    index,
  };
}

function toFlowEdge(edge: MapEdge, kind: NonNullable<ReturnType<typeof asMapEdgeKind>>): FlowEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: 'flow',
    selectable: false,
    focusable: false,
    data: { kind, label: edge.label ?? null, flowId: edge.flowId ?? null, flowKind: edge.flowKind ?? null },
  };
}

/** What the highlight walks: the drawn graph's paths, its hubs, and which ids are drawn. */
export function highlightSourceOf(graph: ProjectedGraph): HighlightSource {
  return { paths: graph.paths, isHub: (id) => isHubKind(graph.index.get(id)?.kind), has: (id) => graph.index.has(id) };
}

/** Places the top-level boxes; children keep their positions inside their group. */
export function applyLayout(graph: ProjectedGraph, positions: Positions): MapFlowNode[] {
  return graph.nodes.map((node) => {
    if (node.parentId) return node;
    const anchor = graph.anchors?.get(node.id);
    if (anchor) {
      const group = positions[anchor.group];
      return group ? { ...node, position: { x: group.x + anchor.dx, y: group.y + anchor.dy } } : node;
    }
    const position = positions[node.id];
    return position ? { ...node, position } : node;
  });
}

const searchCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** Nodes to offer in the search box: label, kind and id, A–Z. */
export function searchableNodes(graph: ProjectedGraph): { id: string; label: string; kind: MapNodeKind }[] {
  return [...graph.index.values()]
    .map(({ node, kind }) => ({ id: node.id, label: node.label, kind }))
    .sort((a, b) => searchCollator.compare(a.label, b.label));
}

/** The best match for a search text: an exact label, then a label that starts with it, then one that contains it. */
export function findNode<T extends { id: string; label: string }>(candidates: readonly T[], text: string): T | undefined {
  const needle = text.trim().toLocaleLowerCase();
  if (!needle) return undefined;
  const label = (candidate: T) => candidate.label.toLocaleLowerCase();
  return (
    candidates.find((candidate) => label(candidate) === needle || candidate.id.toLocaleLowerCase() === needle) ??
    candidates.find((candidate) => label(candidate).startsWith(needle)) ??
    candidates.find((candidate) => label(candidate).includes(needle))
  );
}
