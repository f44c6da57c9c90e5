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
  /** layered (dagre, the default) or columns: each column wrapped to suit the canvas (grouped maps). */
  mode?: 'layered' | 'columns';
  /** Width / height of the canvas the columns should fill. */
  aspect?: number;
}

const LAYOUT_ROOT = '\u0000layout-root';

/** Top-left corner of each node. */
export type Positions = Record<string, { x: number; y: number }>;

/** Top-left positions (React Flow's convention) in the input's mode. */
export function computeLayout(input: LayoutInput): Positions {
  return input.mode === 'columns' ? computeColumnsLayout(input) : computeLayeredLayout(input);
}

const COLUMN_GAP = 70;
const SUB_COLUMN_GAP = 16;
const ROW_GAP = 8;
const MARGIN = 20;

/**
 * Columns left to right (sources, categories, systems, recipients), each wrapped into sub-columns no taller than a
 * height chosen so the whole fits the canvas's aspect at the largest zoom. Boxes keep their column's order (A–Z, as
 * given), so opening a group moves only the boxes after it in its column and the columns to its right.
 */
export function computeColumnsLayout(input: LayoutInput): Positions {
  const aspect = input.aspect && input.aspect > 0 ? input.aspect : 1.6;
  const columns = new Map<number, LayoutNode[]>();
  for (const node of input.nodes) {
    const column = node.column ?? 0;
    columns.set(column, [...(columns.get(column) ?? []), node]);
  }
  const ordered = [...columns.entries()].sort(([a], [b]) => a - b).map(([, nodes]) => nodes);
  const tallest = Math.max(0, ...input.nodes.map((node) => node.height));
  const total = input.nodes.reduce((sum, node) => sum + node.height + ROW_GAP, 0);

  const pack = (limit: number) => {
    const positions: Positions = {};
    let x = MARGIN;
    let height = 0;
    for (const nodes of ordered) {
      let columnX = x;
      let y = MARGIN;
      let width = 0;
      for (const node of nodes) {
        if (y > MARGIN && y + node.height > MARGIN + limit) {
          columnX += width + SUB_COLUMN_GAP;
          y = MARGIN;
          width = 0;
        }
        positions[node.id] = { x: columnX, y };
        y += node.height + ROW_GAP;
        width = Math.max(width, node.width);
        height = Math.max(height, y - ROW_GAP - MARGIN);
      }
      x = columnX + width + COLUMN_GAP;
    }
    return { positions, width: x - COLUMN_GAP - MARGIN, height };
  };

  // Try heights from the tallest box to everything in one column; keep the one that allows the largest zoom.
  let best = pack(Math.max(tallest, total));
  let bestScale = 0;
  const steps = 40;
  for (let step = 0; step <= steps; step += 1) {
    const limit = tallest + ((Math.max(tallest, total) - tallest) * step) / steps;
    const packed = pack(limit);
    const scale = Math.min(aspect / Math.max(1, packed.width), 1 / Math.max(1, packed.height));
    if (scale > bestScale) {
      best = packed;
      bestScale = scale;
    }
  }
  return best.positions;
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
