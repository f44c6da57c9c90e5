import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import { computeColumnsLayout } from './layout-columns';
import type { LayoutInput, Positions } from './layout-types';

export type { LayoutEdge, LayoutInput, LayoutNode, Positions } from './layout-types';
export { computeColumnsLayout } from './layout-columns';

const LAYOUT_ROOT = '\u0000layout-root';

/** Top-left positions (React Flow's convention) in the input's mode. */
export function computeLayout(input: LayoutInput): Positions {
  return input.mode === 'columns' ? computeColumnsLayout(input) : computeLayeredLayout(input);
}

/** Layered left-to-right layout with dagre. */
function computeLayeredLayout(input: LayoutInput): Positions {
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
