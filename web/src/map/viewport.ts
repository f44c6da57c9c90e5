/** Where the map opens: the whole graph when it is readable that way, else full width from the top. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The box around positioned nodes. */
export function boundsOf(nodes: readonly { position: { x: number; y: number }; width?: number; height?: number }[]): Bounds {
  if (nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    minX = Math.min(minX, node.position.x);
    minY = Math.min(minY, node.position.y);
    maxX = Math.max(maxX, node.position.x + (node.width ?? 0));
    maxY = Math.max(maxY, node.position.y + (node.height ?? 0));
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Fits the whole graph if that keeps labels readable (zoom ≥ `readable`); otherwise fits the width (up to
 * `readable`) and starts at the top, so the columns read left to right and the rest is a scroll away.
 */
export function initialViewport(
  bounds: Bounds,
  canvas: { width: number; height: number },
  options: { padding?: number; readable?: number; maxZoom?: number } = {},
): Viewport {
  const padding = options.padding ?? 24;
  const readable = options.readable ?? 0.7;
  const maxZoom = options.maxZoom ?? 1;
  if (bounds.width <= 0 || bounds.height <= 0 || canvas.width <= 0 || canvas.height <= 0) return { x: padding, y: padding, zoom: 1 };
  const fitWidth = (canvas.width - 2 * padding) / bounds.width;
  const fitHeight = (canvas.height - 2 * padding) / bounds.height;
  const fitAll = Math.min(fitWidth, fitHeight, maxZoom);
  if (fitAll >= readable) {
    return {
      x: (canvas.width - bounds.width * fitAll) / 2 - bounds.x * fitAll,
      y: (canvas.height - bounds.height * fitAll) / 2 - bounds.y * fitAll,
      zoom: fitAll,
    };
  }
  const zoom = Math.max(fitAll, Math.min(fitWidth, readable));
  return {
    x: Math.max(padding, (canvas.width - bounds.width * zoom) / 2) - bounds.x * zoom,
    y: padding - bounds.y * zoom,
    zoom,
  };
}
