import { useReactFlow } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
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

  /** The opening viewport: everything drawn, readable (viewport.ts decides). */
  const fit = useCallback(
    (nodes: readonly MapFlowNode[]) => {
      const canvas = canvasRef.current;
      const size = { width: canvas?.clientWidth ?? 0, height: canvas?.clientHeight ?? 0 };
      void setViewport(initialViewport(boundsOf(nodes.filter((node) => !node.parentId)), size));
    },
    [setViewport, canvasRef],
  );

  return { centerOn, ensureVisible, fit };
}
