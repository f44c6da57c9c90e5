import { createStoreWithActions } from '../common/store';
import { pathsThrough, type DirectedEdge, type Highlight } from './highlight';

/** Map UI state that many nodes and edges read: each subscribes to its own slice, so a hover re-renders little. */
export interface MapUiState {
  highlight: Highlight | null;
  showAllLabels: boolean;
}

/** What highlighting needs to know about the drawn graph. */
export interface HighlightSource {
  paths: readonly DirectedEdge[];
  /** Hub nodes (systems, purposes) are entered but not walked through. */
  isHub: (id: string) => boolean;
  has: (id: string) => boolean;
}

export const mapStore = createStoreWithActions<MapUiState, MapActions>({ highlight: null, showAllLabels: false }, (set) => ({
  highlightPaths(graph, id) {
    set({ highlight: id && graph?.has(id) ? pathsThrough(graph.paths, id, graph.isHub) : null });
  },
  showAllLabels(show) {
    set({ showAllLabels: show });
  },
  reset() {
    set({ highlight: null, showAllLabels: false });
  },
}));

export interface MapActions {
  /** Lights the upstream and downstream paths through a node (null, or a node not drawn: nothing lit). */
  highlightPaths(graph: HighlightSource | null, id: string | null): void;
  showAllLabels(show: boolean): void;
  reset(): void;
}

export type Emphasis = 'none' | 'on' | 'off';

export function nodeEmphasis(state: MapUiState, id: string): Emphasis {
  if (!state.highlight) return 'none';
  return state.highlight.nodes.has(id) ? 'on' : 'off';
}

export function edgeEmphasis(state: MapUiState, id: string): Emphasis {
  if (!state.highlight) return 'none';
  return state.highlight.edges.has(id) ? 'on' : 'off';
}
