import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';

/** What the layered layout needs: sized boxes and the edges between them. Runs in a Web Worker (layout.worker.ts). */
export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** The leftmost column (rank) the node may take; keeps e.g. every category in the category column. */
  column?: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

const LAYOUT_ROOT = '\u0000layout-root';

/** Top-left corner of each node. */
export type Positions = Record<string, { x: number; y: number }>;

/** Layered left-to-right layout with dagre; returns top-left positions (React Flow's convention). */
export function computeLayout(input: LayoutInput): Positions {
  const graph = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: false });
  graph.setGraph({
    rankdir: 'LR',
    nodesep: 10,
    ranksep: 120,
    marginx: 20,
    marginy: 20,
    ranker: input.nodes.length > 400 ? 'tight-tree' : 'network-simplex',
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of input.nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  // Column constraints: a hidden root with a strong edge of length column + 1 to each constrained node.
  const constrained = input.nodes.filter((node) => node.column !== undefined);
  if (constrained.length > 0) {
    graph.setNode(LAYOUT_ROOT, { width: 1, height: 1 });
    for (const node of constrained) graph.setEdge(LAYOUT_ROOT, node.id, { weight: 8, minlen: (node.column ?? 0) + 1 });
  }
  for (const edge of input.edges) {
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target))
      graph.setEdge(edge.source, edge.target, { weight: 1, minlen: 1 });
  }
  dagre.layout(graph);

  const positions: Positions = {};
  for (const node of input.nodes) {
    const placed = graph.node(node.id);
    positions[node.id] = { x: (placed.x ?? 0) - node.width / 2, y: (placed.y ?? 0) - node.height / 2 };
  }
  return positions;
}
