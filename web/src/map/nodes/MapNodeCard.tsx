import { Handle, Position } from '@xyflow/react';
import { useCallback } from 'react';
import { useStore } from '../../common/store';
import { mapStore, nodeEmphasis, type MapUiState } from '../map-store';
import { nodeKindLabel, type MapNodeKind } from '../types';

export interface MapNodeCardProps {
  id: string;
  kind: MapNodeKind;
  label: string;
  selected: boolean;
  /** Extra class names, e.g. the recipient class colour. */
  tone?: string;
  hasInput: boolean;
  hasOutput: boolean;
}

/** The card every leaf node kind draws: a kind badge, the label (two lines at most) and hidden handles. */
export function MapNodeCard({ id, kind, label, selected, tone, hasInput, hasOutput }: MapNodeCardProps) {
  const selectEmphasis = useCallback((state: MapUiState) => nodeEmphasis(state, id), [id]);
  const emphasis = useStore(mapStore, selectEmphasis);
  const className = ['map-node', `map-node-${kind}`, tone, `emphasis-${emphasis}`, selected ? 'is-selected' : ''].filter(Boolean).join(' ');
  return (
    <div className={className} title={`${nodeKindLabel(kind)}: ${label}`} data-kind={kind} data-node-id={id}>
      {hasInput ? <Handle type="target" position={Position.Left} isConnectable={false} /> : null}
      <span className="map-node-label">
        <span className="visually-hidden">{nodeKindLabel(kind)}: </span>
        {label}
      </span>
      {hasOutput ? <Handle type="source" position={Position.Right} isConnectable={false} /> : null}
    </div>
  );
}
