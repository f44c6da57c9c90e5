import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { useStore } from '../../common/store';
import { useMapActions } from '../map-actions';
import { mapStore, nodeEmphasis, type MapUiState } from '../map-store';
import { GROUP_PAGE } from '../grouped-projection';
import type { GroupNode } from '../types';

const count = new Intl.NumberFormat('en-US');

/**
 * A group of a large map ("Processors · 1,214"): a box that opens on click, or, open, the container its members are
 * drawn in, with buttons to draw the next page or close it.
 */
export const GroupNodeView = memo(function GroupNodeView({ id, data, selected }: NodeProps<GroupNode>) {
  const selectEmphasis = useCallback((state: MapUiState) => nodeEmphasis(state, id), [id]);
  const emphasis = useStore(mapStore, selectEmphasis);
  const actions = useMapActions();
  const open = data.shown > 0;
  const tone = `map-node-${data.memberKind}`;
  if (!open) {
    return (
      <div
        className={`map-node map-group-box ${tone} emphasis-${emphasis} ${selected ? 'is-selected' : ''}`}
        title={`${data.label}: ${count.format(data.count)} — click to show them`}
        data-kind="group"
        data-node-id={id}
      >
        <Handle type="target" position={Position.Left} isConnectable={false} />
        <span className="map-node-label">
          <span className="visually-hidden">Group: </span>
          {data.label} <span className="map-group-box-count">· {count.format(data.count)}</span>
        </span>
        <Handle type="source" position={Position.Right} isConnectable={false} />
      </div>
    );
  }
  const more = Math.min(GROUP_PAGE, data.count - data.shown);
  return (
    <div className={`map-group map-group-open ${tone} emphasis-${emphasis}`} data-kind="group" data-node-id={id}>
      {/* Edges meet an open group at its header, not halfway down a block of hundreds of members. */}
      <Handle type="target" position={Position.Left} isConnectable={false} style={HEADER_HANDLE} />
      <div className="map-group-header">
        <span>
          {data.label} · {count.format(data.count)}
          {data.shown < data.count ? <span className="map-group-page"> (first {count.format(data.shown)}, A–Z)</span> : null}
        </span>
        <span className="map-group-buttons nodrag nopan">
          {more > 0 ? (
            <button
              type="button"
              className="map-group-button"
              onClick={(event) => {
                event.stopPropagation();
                actions.expandGroup(id, data.shown + more);
              }}
            >
              Show {count.format(more)} more
            </button>
          ) : null}
          <button
            type="button"
            className="map-group-button"
            onClick={(event) => {
              event.stopPropagation();
              actions.collapseGroup(id);
            }}
          >
            Close group
          </button>
        </span>
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} style={HEADER_HANDLE} />
    </div>
  );
});

const HEADER_HANDLE = { top: 16 };
