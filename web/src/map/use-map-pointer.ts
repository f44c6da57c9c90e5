import type { NodeMouseHandler } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapFlowNode } from './types';

/** How long the pointer rests on a closed group before the group is fetched open. */
const PREFETCH_REST_MS = 60;

/**
 * The pointer over the map: the hovered node (whose paths light up) and the map's moves. A closed group the pointer
 * rests on is fetched open ahead of the click.
 */
export function useMapPointer(prefetchGroup: (id: string) => void) {
  const [hovered, setHovered] = useState<string | null>(null);
  // An open group is the background of its members: pointing into it lights nothing up. Nor does a pointer that
  // passes over boxes while it pans or zooms the map (re-lighting hundreds of edges at every box would stall it).
  // A ref, not state: a state change at every pan's start and end re-rendered the map and every mounted box.
  const moving = useRef(false);
  const onMoveStart = useCallback(() => {
    moving.current = true;
    setHovered(null);
  }, []);
  const onMoveEnd = useCallback(() => {
    moving.current = false;
  }, []);
  // A closed group the pointer rests on is fetched open ahead of the click; a pointer sweeping across the map (a box
  // crossed in a few tens of milliseconds) fetches nothing.
  const prefetchTimer = useRef<number | undefined>(undefined);
  const onNodeMouseEnter: NodeMouseHandler<MapFlowNode> = useCallback(
    (_, node) => {
      if (moving.current) return;
      setHovered(node.type === 'group' && node.data.shown > 0 ? null : node.id);
      window.clearTimeout(prefetchTimer.current);
      if (node.type === 'group' && node.data.shown === 0) {
        prefetchTimer.current = window.setTimeout(() => prefetchGroup(node.id), PREFETCH_REST_MS);
      }
    },
    [prefetchGroup],
  );
  const onNodeMouseLeave: NodeMouseHandler<MapFlowNode> = useCallback(() => {
    window.clearTimeout(prefetchTimer.current);
    setHovered(null);
  }, []);
  useEffect(() => () => window.clearTimeout(prefetchTimer.current), []);

  return { hovered, setHovered, onMoveStart, onMoveEnd, onNodeMouseEnter, onNodeMouseLeave };
}
