import type { Node, NodeProps, NodeTypes } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { recipientClassLabel } from '../../common/labels';
import { useStore } from '../../common/store';
import { mapStore, nodeEmphasis, type MapUiState } from '../map-store';
import {
  asMapNodeKind,
  type CategoryNode,
  type MapNodeKind,
  type PurposeNode,
  type RecipientClassNode,
  type RecipientNode,
  type SegmentNode,
  type SourceNode,
  type SystemNode,
} from '../types';
import { GroupNodeView } from './GroupNodeView';
import { MapNodeCard } from './MapNodeCard';

export const SourceNodeView = memo(function SourceNodeView({ id, data, selected }: NodeProps<SourceNode>) {
  return <MapNodeCard id={id} kind="source" label={data.label} selected={selected} hasInput={false} hasOutput />;
});

export const SegmentNodeView = memo(function SegmentNodeView({ id, data, selected }: NodeProps<SegmentNode>) {
  return <MapNodeCard id={id} kind="segment" label={data.label} selected={selected} hasInput={false} hasOutput />;
});

export const CategoryNodeView = memo(function CategoryNodeView({ id, data, selected }: NodeProps<CategoryNode>) {
  return <MapNodeCard id={id} kind="category" label={data.label} selected={selected} hasInput hasOutput />;
});

export const SystemNodeView = memo(function SystemNodeView({ id, data, selected }: NodeProps<SystemNode>) {
  return <MapNodeCard id={id} kind="system" label={data.label} selected={selected} hasInput hasOutput />;
});

export const PurposeNodeView = memo(function PurposeNodeView({ id, data, selected }: NodeProps<PurposeNode>) {
  return <MapNodeCard id={id} kind="purpose" label={data.label} selected={selected} hasInput hasOutput={false} />;
});

export const RecipientNodeView = memo(function RecipientNodeView({ id, data, selected }: NodeProps<RecipientNode>) {
  const tone = data.recipientClass ? `tone-${data.recipientClass.toLowerCase()}` : undefined;
  return <MapNodeCard id={id} kind="recipient" label={data.label} selected={selected} tone={tone} hasInput hasOutput />;
});

/** A recipient class: the container its recipients are drawn in. */
export const RecipientClassNodeView = memo(function RecipientClassNodeView({ id, data, selected }: NodeProps<RecipientClassNode>) {
  const selectEmphasis = useCallback((state: MapUiState) => nodeEmphasis(state, id), [id]);
  const emphasis = useStore(mapStore, selectEmphasis);
  const tone = data.recipientClass ? `tone-${data.recipientClass.toLowerCase()}` : '';
  const title = data.recipientClass ? recipientClassLabel(data.recipientClass) : data.label;
  return (
    <div className={`map-group ${tone} emphasis-${emphasis} ${selected ? 'is-selected' : ''}`} data-kind="recipientClass" data-node-id={id}>
      <div className="map-group-header" title={`Recipient class: ${title}`}>
        <span>{title}</span>
        <span className="map-group-count" aria-label={`${data.count} recipients`}>
          {data.count}
        </span>
      </div>
    </div>
  );
});

/** The registry of node kinds, defined once at module scope; `satisfies` keeps it exhaustive over MapNodeKind. */
export const nodeTypes = {
  source: SourceNodeView,
  segment: SegmentNodeView,
  category: CategoryNodeView,
  system: SystemNodeView,
  purpose: PurposeNodeView,
  recipient: RecipientNodeView,
  recipientClass: RecipientClassNodeView,
  group: GroupNodeView,
} satisfies Record<MapNodeKind, NodeTypes[string]>;

/** Each kind's colour (the CSS custom properties of styles.css), beside the kinds' components; the minimap uses it. */
export const kindColors = {
  source: 'var(--kind-source)',
  segment: 'var(--kind-segment)',
  category: 'var(--kind-category)',
  system: 'var(--kind-system)',
  purpose: 'var(--kind-purpose)',
  recipient: 'var(--kind-recipient)',
  recipientClass: 'var(--surface-sunken)',
  group: 'var(--kind-recipient)',
} satisfies Record<MapNodeKind, string>;

/** A group takes its members' colour; an open one is drawn light, as its members are drawn over it. */
export function miniMapColor(node: Node): string {
  const kind = node.type ? asMapNodeKind(node.type) : null;
  if (kind === 'group') {
    const memberKind = asMapNodeKind(typeof node.data.memberKind === 'string' ? node.data.memberKind : '');
    const shown = typeof node.data.shown === 'number' ? node.data.shown : 0;
    return shown > 0 ? 'var(--surface-sunken)' : memberKind ? kindColors[memberKind] : kindColors.group;
  }
  return kind ? kindColors[kind] : 'var(--border)';
}
