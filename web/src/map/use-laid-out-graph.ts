import { useEffect, useState } from 'react';
import { cachedLayout, layoutGraph } from './layout-client';
import { computeColumnsLayout } from './layout-columns';
import type { Positions } from './layout-types';
import { applyLayout, type ProjectedGraph } from './projection';
import { reuseUnchanged } from './reuse';
import type { FlowEdge, MapFlowNode } from './types';

export interface LaidOut {
  graph: ProjectedGraph;
  nodes: MapFlowNode[];
  /** The graph's edges, each unchanged one the previous layout's object (reuse.ts). */
  edges: FlowEdge[];
}

/** The next layout, sharing the previous one's unchanged edges. */
function placed(graph: ProjectedGraph, positions: Positions) {
  return (previous: LaidOut | null): LaidOut => ({
    graph,
    nodes: applyLayout(graph, positions),
    edges: previous ? reuseUnchanged(previous.edges, graph.edges) : graph.edges,
  });
}

/**
 * A projected graph with its nodes placed: from the layout cache at once when the same boxes were laid out before,
 * else from the layout worker. The previous layout stays until the new one is ready, so the map never blanks.
 * A grouped map's column packing (a few hundred boxes, edges ignored) takes a millisecond: it is done at once, which
 * spares opening a group the worker's round trip and the layout signature's hashing of hundreds of edges.
 */
export function useLaidOutGraph(graph: ProjectedGraph | null): { laidOut: LaidOut | null; error: unknown } {
  const [laidOut, setLaidOut] = useState<LaidOut | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!graph) return undefined;
    if (graph.layout.mode === 'columns') {
      setLaidOut(placed(graph, computeColumnsLayout(graph.layout)));
      return undefined;
    }
    const cached = cachedLayout(graph.layout);
    if (cached) {
      setLaidOut(placed(graph, cached));
      return undefined;
    }
    let cancelled = false;
    layoutGraph(graph.layout).then(
      (positions) => {
        if (!cancelled) setLaidOut(placed(graph, positions));
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [graph]);
  return { laidOut, error };
}
