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

/** Top-left corner of each node. */
export type Positions = Record<string, { x: number; y: number }>;
