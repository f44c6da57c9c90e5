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
  options: { padding?: number; readable?: number; maxZoom?: number; floor?: boolean } = {},
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
  // floor: never smaller than readable (the rest is a pan away); else fit the width down to readable.
  const zoom = options.floor ? readable : Math.max(fitAll, Math.min(fitWidth, readable));
  return {
    x: Math.max(padding, (canvas.width - bounds.width * zoom) / 2) - bounds.x * zoom,
    y: padding - bounds.y * zoom,
    zoom,
  };
}

export interface Point {
  x: number;
  y: number;
}

/** Absolute top-left of a node (children are positioned inside their parent, which may be nested). */
export function absolutePosition(
  nodes: readonly { id: string; parentId?: string; position: Point }[],
  id: string,
  byId: ReadonlyMap<string, { id: string; parentId?: string; position: Point }> = new Map(nodes.map((node) => [node.id, node])),
): Point | null {
  const node = byId.get(id);
  if (!node) return null;
  if (!node.parentId) return node.position;
  const parent = absolutePosition(nodes, node.parentId, byId);
  return parent ? { x: parent.x + node.position.x, y: parent.y + node.position.y } : node.position;
}

/** The flow point to centre on so a box is in the middle of the part of the canvas above a bottom inset. */
export function centreOf(position: Point, size: { width: number; height: number }, zoom: number, bottomInset: number): Point {
  return { x: position.x + size.width / 2, y: position.y + size.height / 2 + bottomInset / 2 / zoom };
}

/** Whether a box is wholly inside the canvas (less a bottom inset) at a viewport. */
export function isInView(
  position: Point,
  size: { width: number; height: number },
  viewport: Viewport,
  canvas: { width: number; height: number },
  bottomInset = 0,
): boolean {
  const left = position.x * viewport.zoom + viewport.x;
  const top = position.y * viewport.zoom + viewport.y;
  return (
    left >= 0 &&
    top >= 0 &&
    left + size.width * viewport.zoom <= canvas.width &&
    top + size.height * viewport.zoom <= canvas.height - bottomInset
  );
}
