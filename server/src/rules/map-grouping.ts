import type { BuiltMap, MapNodeKind } from './data-map';

/**
 * Grouping and focus for large maps, as pure functions over a built map (rules/data-map.ts).
 *
 * - Focus: only the paths through one node, upstream and downstream (sources → categories → systems → a recipient).
 *   Systems and purposes are hubs: a walk enters them but does not pass through (a shared database would otherwise
 *   light up every flow), unless the hub is the focus itself.
 * - Grouping: above a size threshold, each kind with many nodes is drawn as groups (recipients by class, categories
 *   by their top-level parent, systems by owner, sources by kind); edges between drawn boxes are merged into one edge
 *   carrying the number of flows. An expanded group draws its first members (A–Z, a page at a time) inside it.
 */

export const MAP_GROUP_MODES = ['AUTO', 'GROUPED', 'NONE'] as const;
export type MapGroupMode = (typeof MAP_GROUP_MODES)[number];

/**
 * Maps with more sources, categories, systems and recipients than this open grouped (AUTO); segments and purposes
 * (drawn only on request) and class containers do not count. The example company (about 60) stays as it is.
 */
export const GROUPING_THRESHOLD = 80;
/** Within a grouped map, a kind is grouped only when it has more nodes than this. */
export const KIND_GROUPING_THRESHOLD = 24;
/** Members drawn when a group is expanded without a limit, and the most drawn at once. */
export const GROUP_PAGE = 100;
export const GROUP_PAGE_MAX = 1000;

export type GroupedNode = Omit<BuiltMap['nodes'][number], 'kind'> & {
  /** The node kinds of the plain map, and `group` for a group box. */
  kind: MapNodeKind | 'group';
  /** A group: its members on this map. */
  count: number | null;
  /** A group: the kind of its members. */
  memberKind: string | null;
  /** A group: how many of its members are drawn inside it (0 when collapsed). */
  shown: number | null;
  /** A member drawn inside an expanded group: the group's id. */
  parent: string | null;
};

export type GroupedEdge = BuiltMap['edges'][number] & { flows: number };

export interface GroupedMap {
  nodes: GroupedNode[];
  edges: GroupedEdge[];
  grouped: boolean;
  /** The focused node's id, when the focus is on this map. */
  focus: string | null;
  /** Nodes of the whole map (or of the focused paths) before grouping. */
  totalNodes: number;
}

export interface GroupingOptions {
  mode: MapGroupMode;
  /** Expanded group ids, each with the number of members to draw (null: one page). */
  expand: ReadonlyMap<string, number | null>;
  /** A node id of the map, or "kind:entityId" (recipient:acme). */
  focus: string | null;
  threshold?: number;
  kindThreshold?: number;
}

/** Where a node belongs when its kind is grouped: the group's key (unique within the kind) and label. */
export type GroupOf = (node: BuiltMap['nodes'][number]) => { key: string; label: string } | null;

const MAIN_KINDS: ReadonlySet<string> = new Set<MapNodeKind>(['source', 'category', 'system', 'recipient']);
const HUBS: ReadonlySet<MapNodeKind> = new Set<MapNodeKind>(['system', 'purpose']);

/** The node a focus names: a map node id, or kind:entityId (the map prefixes ids only where two kinds share one). */
export function resolveFocus(map: BuiltMap, focus: string): BuiltMap['nodes'][number] | null {
  const direct = map.nodes.find((node) => node.id === focus);
  if (direct) return direct;
  const colon = focus.indexOf(':');
  if (colon < 0) return null;
  const kind = focus.slice(0, colon);
  const id = focus.slice(colon + 1);
  return map.nodes.find((node) => node.kind === kind && (node.id === id || node.id === `${kind}:${id}`)) ?? null;
}

/** The sub-map of every path into and out of one node. */
export function focusOn(map: BuiltMap, startId: string): BuiltMap {
  const kindOf = new Map(map.nodes.map((node) => [node.id, node.kind]));
  const outgoing = new Map<string, BuiltMap['edges']>();
  const incoming = new Map<string, BuiltMap['edges']>();
  const add = (index: Map<string, BuiltMap['edges']>, key: string, edge: BuiltMap['edges'][number]) => {
    const list = index.get(key);
    if (list) list.push(edge);
    else index.set(key, [edge]);
  };
  for (const edge of map.edges) {
    add(outgoing, edge.source, edge);
    add(incoming, edge.target, edge);
  }
  const nodes = new Set<string>([startId]);
  const edges = new Set<BuiltMap['edges'][number]>();
  const walk = (index: Map<string, BuiltMap['edges']>, next: (edge: BuiltMap['edges'][number]) => string) => {
    const seen = new Set<string>([startId]);
    const queue = [startId];
    for (let at = 0; at < queue.length; at += 1) {
      const current = queue[at];
      const kind = kindOf.get(current);
      if (current !== startId && kind !== undefined && HUBS.has(kind)) continue;
      for (const edge of index.get(current) ?? []) {
        edges.add(edge);
        const other = next(edge);
        nodes.add(other);
        if (!seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      }
    }
  };
  walk(outgoing, (edge) => edge.target);
  walk(incoming, (edge) => edge.source);
  return { nodes: map.nodes.filter((node) => nodes.has(node.id)), edges: map.edges.filter((edge) => edges.has(edge)) };
}

function plain(map: BuiltMap, focus: string | null, totalNodes: number): GroupedMap {
  return {
    nodes: map.nodes.map((node) => ({ ...node, count: null, memberKind: null, shown: null, parent: null })),
    edges: map.edges.map((edge) => ({ ...edge, flows: 1 })),
    grouped: false,
    focus,
    totalNodes,
  };
}

export function groupId(kind: string, key: string): string {
  return `group:${kind}:${key}`;
}

/** The number of members an expansion draws: one page by default, never more than GROUP_PAGE_MAX. */
export function pageLimit(limit: number | null | undefined): number {
  if (limit === null || limit === undefined || !Number.isFinite(limit)) return GROUP_PAGE;
  return Math.max(1, Math.min(GROUP_PAGE_MAX, Math.floor(limit)));
}

function byLabel(a: { label: string; id: string }, b: { label: string; id: string }): number {
  return a.label.localeCompare(b.label, 'en', { sensitivity: 'base', numeric: true }) || a.id.localeCompare(b.id);
}

/** The map to draw: focused and grouped as the options ask. */
export function groupDataMap(map: BuiltMap, groupOf: GroupOf, options: GroupingOptions): GroupedMap {
  const focusNode = options.focus ? resolveFocus(map, options.focus) : null;
  const shown = focusNode ? focusOn(map, focusNode.id) : map;
  const focus = focusNode?.id ?? null;
  // Class nodes are containers on the plain map; a grouped map draws the classes as recipient groups instead.
  const drawn = shown.nodes.filter((node) => node.kind !== 'recipientClass');
  const threshold = options.threshold ?? GROUPING_THRESHOLD;
  const size = drawn.filter((node) => MAIN_KINDS.has(node.kind)).length;
  const group = options.mode === 'GROUPED' || (options.mode === 'AUTO' && size > threshold);
  if (!group) return plain(shown, focus, shown.nodes.length);

  const kindThreshold = options.kindThreshold ?? KIND_GROUPING_THRESHOLD;
  const perKind = new Map<string, number>();
  for (const node of drawn) perKind.set(node.kind, (perKind.get(node.kind) ?? 0) + 1);

  // Members of each would-be group.
  const groups = new Map<string, { id: string; kind: string; label: string; members: BuiltMap['nodes'] }>();
  for (const node of drawn) {
    if (node.id === focus || (perKind.get(node.kind) ?? 0) <= kindThreshold) continue;
    const of = groupOf(node);
    if (!of) continue;
    const id = groupId(node.kind, of.key);
    const entry = groups.get(id) ?? { id, kind: node.kind, label: of.label, members: [] };
    entry.members.push(node);
    groups.set(id, entry);
  }

  const displayOf = new Map<string, string>();
  const nodes: GroupedNode[] = [];
  const children: GroupedNode[] = [];
  for (const entry of [...groups.values()].sort(byLabel)) {
    // A group of one is just its member.
    if (entry.members.length < 2) continue;
    entry.members.sort(byLabel);
    const expanded = options.expand.has(entry.id);
    const limit = expanded ? Math.min(entry.members.length, pageLimit(options.expand.get(entry.id))) : 0;
    nodes.push({
      id: entry.id,
      kind: 'group',
      label: entry.label,
      group: null,
      count: entry.members.length,
      memberKind: entry.kind,
      shown: limit,
      parent: null,
    });
    entry.members.forEach((member, index) => {
      if (index < limit) {
        displayOf.set(member.id, member.id);
        children.push({ ...member, count: null, memberKind: null, shown: null, parent: entry.id });
      } else displayOf.set(member.id, entry.id);
    });
  }
  for (const node of drawn) {
    if (displayOf.has(node.id)) continue;
    displayOf.set(node.id, node.id);
    nodes.push({ ...node, count: null, memberKind: null, shown: null, parent: null });
  }

  const merged = new Map<string, { edge: GroupedEdge; flows: Set<string>; kinds: Set<string> }>();
  for (const edge of shown.edges) {
    const source = displayOf.get(edge.source);
    const target = displayOf.get(edge.target);
    if (!source || !target || source === target) continue;
    const key = `${edge.kind}|${source}|${target}`;
    const entry = merged.get(key);
    const flow = edge.flowId ?? edge.id;
    if (entry) {
      entry.flows.add(flow);
      entry.kinds.add(edge.flowKind);
      continue;
    }
    const same = source === edge.source && target === edge.target;
    merged.set(key, {
      edge: { ...edge, id: same ? edge.id : `${edge.kind}:merged:${source}->${target}`, source, target, flows: 1 },
      flows: new Set([flow]),
      kinds: new Set([edge.flowKind]),
    });
  }
  const edges = [...merged.values()].map(({ edge, flows, kinds }) => {
    if (flows.size === 1) return edge;
    const flowKind = kinds.size === 1 ? [...kinds][0] : 'mixed';
    return { ...edge, label: `${flows.size} flows`, flowId: null, flowKind: flowKind ?? 'mixed', flows: flows.size };
  });
  return { nodes: [...nodes, ...children], edges, grouped: true, focus, totalNodes: shown.nodes.length };
}
