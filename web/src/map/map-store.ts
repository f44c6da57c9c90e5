import { createStore } from '../common/store';
import type { Highlight } from './highlight';

/** Map UI state that many nodes and edges read: each subscribes to its own slice, so a hover re-renders little. */
export interface MapUiState {
  highlight: Highlight | null;
  showAllLabels: boolean;
}

export const mapStore = createStore<MapUiState>({ highlight: null, showAllLabels: false });

export type Emphasis = 'none' | 'on' | 'off';

export function nodeEmphasis(state: MapUiState, id: string): Emphasis {
  if (!state.highlight) return 'none';
  return state.highlight.nodes.has(id) ? 'on' : 'off';
}

export function edgeEmphasis(state: MapUiState, id: string): Emphasis {
  if (!state.highlight) return 'none';
  return state.highlight.edges.has(id) ? 'on' : 'off';
}
