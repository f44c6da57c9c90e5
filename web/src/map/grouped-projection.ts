import type { MapNode } from './graphql';
import { asRecipientClass } from '../common/labels';
import type { DirectedEdge } from './highlight';
import type { LayoutInput } from './layout';
import type { DrawnMap } from './graphql';
import {
  columnOf,
  entityIdOf,
  GROUP_GAP,
  GROUP_HEADER,
  GROUP_PADDING_BOTTOM,
  GROUP_PADDING_X,
  NODE_HEIGHT,
  NODE_WIDTH,
  type ProjectedGraph,
} from './projection';
import { asMapEdgeKind, asMapNodeKind, type FlowEdge, type MapFlowNode, type MapNodeKind } from './types';

/** Members drawn per page when a group is opened (the server's default page). */
export const GROUP_PAGE = 100;
/** A closed group's box: one line of label and count. */
export const GROUP_BOX_HEIGHT = 40;
const MEMBER_GAP_X = 12;

/** Columns of an open group's grid: roughly square, so 500 members are a block, not a column 25,000 px tall. */
export function gridColumns(members: number): number {
  if (members <= 12) return 1;
  return Math.max(2, Math.min(12, Math.round(Math.sqrt(members / 4))));
}

export function openGroupSize(members: number): { width: number; height: number } {
  const columns = gridColumns(members);
  const rows = Math.ceil(members / columns);
  return {
    width: columns * NODE_WIDTH + (columns - 1) * MEMBER_GAP_X + 2 * GROUP_PADDING_X,
    height: GROUP_HEADER + rows * NODE_HEIGHT + Math.max(0, rows - 1) * GROUP_GAP + GROUP_PADDING_BOTTOM,
  };
}

function memberPosition(index: number, members: number): { x: number; y: number } {
  const columns = gridColumns(members);
  const column = index % columns;
  const row = Math.floor(index / columns);
  return { x: GROUP_PADDING_X + column * (NODE_WIDTH + MEMBER_GAP_X), y: GROUP_HEADER + row * (NODE_HEIGHT + GROUP_GAP) };
}

/** One collator for every sort (localeCompare with options builds one per call: a third of a projection's time). */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byLabel(a: { label: string }, b: { label: string }): number {
  return collator.compare(a.label, b.label);
}

/**
 * Projects a grouped map (dataMap with grouping) onto drawable nodes: closed groups are boxes with their count, open
 * groups containers with their members in a grid; merged edges keep the number of flows. Laid out in wrapped columns
 * (layout.ts), since a layered layout of a few big boxes would stand them in one tall column.
 */
export function projectGroupedMap(map: DrawnMap, options: { showDetails: boolean }): ProjectedGraph {
  const index = new Map<string, { node: MapNode; kind: MapNodeKind }>();
  const top: MapFlowNode[] = [];
  const children: MapFlowNode[] = [];
  const layoutNodes: LayoutInput['nodes'] = [];
  const anchors = new Map<string, { group: string; dx: number; dy: number }>();
  const membersOf = new Map<string, DrawnMap['nodes']>();
  for (const node of map.nodes) {
    if (!node.parent) continue;
    const list = membersOf.get(node.parent);
    if (list) list.push(node);
    else membersOf.set(node.parent, [node]);
  }
  const hidden = (kind: MapNodeKind | null) => !options.showDetails && (kind === 'segment' || kind === 'purpose');

  for (const node of [...map.nodes].sort(byLabel)) {
    const kind = asMapNodeKind(node.kind);
    if (!kind || kind === 'recipientClass' || node.parent) continue;
    const base = { id: node.id, position: { x: 0, y: 0 } };
    const data = { label: node.label, entityId: entityIdOf(node) };
    if (kind === 'group') {
      const memberKind = asMapNodeKind(node.memberKind ?? '') ?? 'recipient';
      if (hidden(memberKind)) continue;
      const members = (membersOf.get(node.id) ?? []).sort(byLabel);
      const size = members.length > 0 ? openGroupSize(members.length) : { width: NODE_WIDTH, height: GROUP_BOX_HEIGHT };
      index.set(node.id, { node, kind });
      top.push({
        ...base,
        ...size,
        type: 'group',
        data: { ...data, memberKind, count: node.count ?? members.length, shown: members.length },
        className: members.length > 0 ? 'rf-group' : undefined,
        style: members.length > 0 ? { width: size.width, height: size.height } : undefined,
        // An open group is the background its members are drawn on.
        zIndex: members.length > 0 ? -1 : undefined,
      });
      layoutNodes.push({ id: node.id, ...size, column: columnOf(memberKind) });
      members.forEach((member, position) => {
        const memberKindOf = asMapNodeKind(member.kind);
        if (!memberKindOf || memberKindOf === 'group' || memberKindOf === 'recipientClass') return;
        index.set(member.id, { node: member, kind: memberKindOf });
        const offset = memberPosition(position, members.length);
        anchors.set(member.id, { group: node.id, dx: offset.x, dy: offset.y });
        children.push(leaf(member, memberKindOf, { parentId: undefined, position: offset }));
      });
      continue;
    }
    if (hidden(kind)) continue;
    index.set(node.id, { node, kind });
    top.push(leaf(node, kind, { parentId: undefined, position: { x: 0, y: 0 } }));
    layoutNodes.push({ id: node.id, width: NODE_WIDTH, height: NODE_HEIGHT, column: columnOf(kind) });
  }

  const edges: FlowEdge[] = [];
  const paths: DirectedEdge[] = [];
  const layoutEdges = new Map<string, { source: string; target: string }>();
  // Edges to and from the members of an open group are not drawn one by one (hundreds of lines into one block):
  // they are merged into one edge into (or out of) the group's box, and still light up paths on hover.
  const intoGroups = new Map<string, FlowEdge & { data: NonNullable<FlowEdge['data']> }>();
  for (const edge of map.edges) {
    const kind = asMapEdgeKind(edge.kind);
    if (!kind || kind === 'in-class' || !index.has(edge.source) || !index.has(edge.target)) continue;
    paths.push({ id: edge.id, source: edge.source, target: edge.target });
    const source = anchors.get(edge.source)?.group ?? edge.source;
    const target = anchors.get(edge.target)?.group ?? edge.target;
    if (source !== edge.source || target !== edge.target) {
      if (source === target) continue;
      const id = `into:${kind}:${source}->${target}`;
      const merged = intoGroups.get(id);
      if (merged) merged.data.flows = (merged.data.flows ?? 1) + (edge.flows ?? 1);
      else
        intoGroups.set(id, {
          id,
          source,
          target,
          type: 'flow',
          selectable: false,
          focusable: false,
          data: { kind, label: null, flowId: null, flowKind: edge.flowKind ?? null, flows: edge.flows ?? 1 },
        });
      paths.push({ id, source, target });
      continue;
    }
    edges.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'flow',
      selectable: false,
      focusable: false,
      data: { kind, label: edge.label ?? null, flowId: edge.flowId ?? null, flowKind: edge.flowKind ?? null, flows: edge.flows ?? 1 },
    });
    layoutEdges.set(`${edge.source}>${edge.target}`, { source: edge.source, target: edge.target });
  }
  for (const edge of intoGroups.values()) {
    edges.push({ ...edge, data: { ...edge.data, label: `${edge.data.flows ?? 1} flows` } });
    layoutEdges.set(`${edge.source}>${edge.target}`, { source: edge.source, target: edge.target });
  }
  return {
    nodes: [...top, ...children],
    edges,
    layout: { nodes: layoutNodes, edges: [...layoutEdges.values()], mode: 'columns' },
    paths,
    index,
    anchors,
  };
}

function leaf(
  node: MapNode,
  kind: Exclude<MapNodeKind, 'group'>,
  place: { parentId: string | undefined; position: { x: number; y: number } },
): MapFlowNode {
  const base = {
    id: node.id,
    position: place.position,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    ...(place.parentId ? { parentId: place.parentId, extent: 'parent' as const } : {}),
  };
  const data = { label: node.label, entityId: entityIdOf(node) };
  switch (kind) {
    case 'recipient':
      return { ...base, type: 'recipient', data: { ...data, recipientClass: asRecipientClass(node.group) } };
    case 'recipientClass':
      return { ...base, type: 'recipientClass', data: { ...data, recipientClass: asRecipientClass(node.id), count: 0 } };
    case 'source':
    case 'segment':
    case 'category':
    case 'system':
    case 'purpose':
      return { ...base, type: kind, data };
  }
}
