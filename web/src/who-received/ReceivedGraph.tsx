import { Background, Handle, Position, ReactFlow, ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { WhoReceived } from './graphql';
import { evidenceLabel, recipientClassLabel } from '../common/labels';
import { receivedGraph, type PersonNode, type ReceiverNode } from './subgraph';

const PersonNodeView = memo(function PersonNodeView({ data }: NodeProps<PersonNode>) {
  return (
    <div className="received-node received-person" title={data.label}>
      <span className="map-node-kind">Person</span>
      <span className="map-node-label">{data.label}</span>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});

const ReceiverNodeView = memo(function ReceiverNodeView({ data }: NodeProps<ReceiverNode>) {
  const evidence = data.evidence.map(evidenceLabel).join(' + ');
  return (
    <div
      className={`received-node received-recipient tone-${data.recipientClass.toLowerCase()}${data.violation ? ' is-violation' : ''}`}
      title={`${data.label} — ${recipientClassLabel(data.recipientClass)}; ${evidence}${data.violation ? '; opt-out violation' : ''}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <span className="map-node-kind">
        {recipientClassLabel(data.recipientClass)} · {evidence}
      </span>
      <span className="map-node-label">{data.label}</span>
    </div>
  );
});

/** The node kinds of the "who received" graph, at module scope. */
const receivedNodeTypes = { person: PersonNodeView, receiver: ReceiverNodeView };

/** A small read-only React Flow: the person and every recipient, solid edges for confirmed, dashed for inferred. */
export function ReceivedGraph({ answer }: { answer: WhoReceived }) {
  const graph = useMemo(() => receivedGraph(answer), [answer]);
  const height = Math.min(560, Math.max(220, graph.height + 60));
  return (
    <figure className="received-figure">
      <figcaption className="received-legend">
        <span className="legend-line legend-confirmed">Confirmed (transfer)</span>
        <span className="legend-line legend-inferred">Inferred (declared flow)</span>
        <span className="legend-line legend-violation">Opt-out violation</span>
      </figcaption>
      <div className="received-graph" style={{ height }}>
        <ReactFlowProvider>
          <ReactFlow
            nodes={graph.nodes}
            edges={graph.edges}
            nodeTypes={receivedNodeTypes}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            edgesFocusable={false}
            nodesFocusable={false}
            zoomOnScroll={false}
            preventScrolling={false}
            fitView
            fitViewOptions={{ padding: 0.08 }}
            minZoom={0.2}
            aria-label={`Recipients of ${answer.person.display}'s data`}
          >
            <Background gap={24} size={1} color="var(--grid)" />
          </ReactFlow>
        </ReactFlowProvider>
      </div>
    </figure>
  );
}
