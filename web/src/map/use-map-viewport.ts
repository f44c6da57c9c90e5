import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from './projection';
import type { MapFlowNode } from './types';
import { absolutePosition, boundsOf, centreOf, initialViewport, isInView } from './viewport';

/** How much of the canvas's bottom the side panel covers (it is a bottom sheet on narrow windows). */
function bottomInset(canvas: HTMLElement): number {
  const panel = canvas.parentElement?.querySelector<HTMLElement>('.side-panel');
  if (!panel || window.getComputedStyle(panel).position !== 'absolute') return 0;
  return Math.max(0, canvas.getBoundingClientRect().bottom - panel.getBoundingClientRect().top);
}

const NODE_SIZE = { width: NODE_WIDTH, height: NODE_HEIGHT };
/** Node labels are 12 px: at this zoom they are drawn at 10 px. */
export const READABLE_ZOOM = 10 / 12;

/** The canvas's width / height, for layouts that fill it (measured once it is on screen, and on resize). */
export function useCanvasAspect(canvasRef: RefObject<HTMLDivElement | null>): number {
  const [aspect, setAspect] = useState(1.6);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const measure = () => {
      if (canvas.clientWidth > 0 && canvas.clientHeight > 0) setAspect(Math.round((canvas.clientWidth / canvas.clientHeight) * 10) / 10);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [canvasRef]);
  return aspect;
}

/** The map's viewport moves: fit what is drawn, centre on a node, keep a node in view. The maths is in viewport.ts. */
export function useMapViewport(canvasRef: RefObject<HTMLDivElement | null>) {
  const { setCenter, setViewport, getViewport } = useReactFlow();

  const centerOn = useCallback(
    (nodes: readonly MapFlowNode[], id: string) => {
      const position = absolutePosition(nodes, id);
      if (!position) return;
      const zoom = 1.1;
      const target = centreOf(position, NODE_SIZE, zoom, canvasRef.current ? bottomInset(canvasRef.current) : 0);
      void setCenter(target.x, target.y, { zoom, duration: 350 });
    },
    [setCenter, canvasRef],
  );

  /** Pans (keeping the zoom) so a node is on screen, e.g. after the side panel narrowed the canvas. */
  const ensureVisible = useCallback(
    (nodes: readonly MapFlowNode[], id: string) => {
      const position = absolutePosition(nodes, id);
      const canvas = canvasRef.current;
      if (!position || !canvas) return;
      const viewport = getViewport();
      const inset = bottomInset(canvas);
      if (isInView(position, NODE_SIZE, viewport, { width: canvas.clientWidth, height: canvas.clientHeight }, inset)) return;
      const target = centreOf(position, NODE_SIZE, viewport.zoom, inset);
      void setCenter(target.x, target.y, { zoom: viewport.zoom, duration: 300 });
    },
    [getViewport, setCenter, canvasRef],
  );

  /**
   * The opening viewport: everything drawn, readable (viewport.ts decides). `floor`: never below the readable zoom
   * (grouped maps: labels of at least 10 px; what does not fit is a pan away).
   */
  const fit = useCallback(
    (nodes: readonly MapFlowNode[], options: { floor?: boolean } = {}) => {
      const canvas = canvasRef.current;
      const size = { width: canvas?.clientWidth ?? 0, height: canvas?.clientHeight ?? 0 };
      const bounds = boundsOf(nodes.filter((node) => !node.parentId));
      void setViewport(initialViewport(bounds, size, options.floor ? { readable: READABLE_ZOOM, floor: true, padding: 56 } : {}));
    },
    [setViewport, canvasRef],
  );

  return { centerOn, ensureVisible, fit };
}
