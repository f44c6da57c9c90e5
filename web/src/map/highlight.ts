/** Upstream and downstream paths through a node, as a pure function over edges. */
export interface DirectedEdge {
  id: string;
  source: string;
  target: string;
}

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * Walks every path into (upstream) and out of (downstream) `start`.
 * A walk enters a hub node (e.g. a system shared by many flows) but does not pass through it, so hovering a category
 * does not light up every recipient fed from the same database; a hub that is itself the start is walked normally.
 */
export function pathsThrough(edges: readonly DirectedEdge[], start: string, isHub: (nodeId: string) => boolean = () => false): Highlight {
  const outgoing = new Map<string, DirectedEdge[]>();
  const incoming = new Map<string, DirectedEdge[]>();
  for (const edge of edges) {
    if (!outgoing.has(edge.source)) outgoing.set(edge.source, []);
    if (!incoming.has(edge.target)) incoming.set(edge.target, []);
    outgoing.get(edge.source)?.push(edge);
    incoming.get(edge.target)?.push(edge);
  }

  const nodes = new Set<string>([start]);
  const edgeIds = new Set<string>();

  const walk = (index: Map<string, DirectedEdge[]>, next: (edge: DirectedEdge) => string) => {
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      if (current !== start && isHub(current)) continue;
      for (const edge of index.get(current) ?? []) {
        edgeIds.add(edge.id);
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
  return { nodes, edges: edgeIds };
}
