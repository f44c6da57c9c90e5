import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { readableFlowLabel } from '../common/labels';
import { useStore } from '../common/store';
import { edgeEmphasis, mapStore, type MapUiState } from './map-store';
import type { FlowEdge } from './types';

/** One flow edge: styled by kind, dimmed or lit by the hover highlight, labelled when lit or when labels are on. */
export const FlowEdgeView = memo(function FlowEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
}: EdgeProps<FlowEdge>) {
  const selectEmphasis = useCallback((state: MapUiState) => edgeEmphasis(state, id), [id]);
  const emphasis = useStore(mapStore, selectEmphasis);
  const showAll = useStore(mapStore, selectShowAllLabels);
  const fewLit = useStore(mapStore, selectFewLit);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const kind = data?.kind ?? 'discloses';
  const label = data?.label;
  // A merged edge of a grouped map is as thick as the log of its flows.
  const flows = data?.flows ?? 1;
  // Lit edges are labelled only when few are lit (a group's paths can light hundreds).
  const showLabel = Boolean(label) && ((emphasis === 'on' && fewLit) || (showAll && emphasis !== 'off'));
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`flow-edge flow-edge-${kind} emphasis-${emphasis}`}
        // Edges take no clicks (the map's nodes do): no invisible wide path to paint beside each one.
        interactionWidth={0}
        style={flows > 1 ? { strokeWidth: Math.min(6, 1 + Math.log2(flows)) } : undefined}
      />
      {showLabel ? (
        <EdgeLabelRenderer>
          <div
            className={`flow-edge-label flow-edge-label-${kind}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label ? readableFlowLabel(label) : null}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});

function selectShowAllLabels(state: MapUiState): boolean {
  return state.showAllLabels;
}

const MAX_LABELLED_EDGES = 40;

function selectFewLit(state: MapUiState): boolean {
  return (state.highlight?.edges.size ?? 0) <= MAX_LABELLED_EDGES;
}

export const edgeTypes = { flow: FlowEdgeView } satisfies EdgeTypes;
