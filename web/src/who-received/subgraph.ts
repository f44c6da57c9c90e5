import type { Edge, Node } from '@xyflow/react';
import type { Evidence, RecipientClass } from '../api/generated/graphql';
import type { WhoReceived } from './graphql';

/** The "who received" answer drawn as a graph: the person on the left, one node per recipient on the right. */
export interface PersonNodeData extends Record<string, unknown> {
  label: string;
  count: number;
}
export interface ReceiverNodeData extends Record<string, unknown> {
  label: string;
  recipientClass: RecipientClass;
  evidence: Evidence[];
  violation: boolean;
}
export type PersonNode = Node<PersonNodeData, 'person'>;
export type ReceiverNode = Node<ReceiverNodeData, 'receiver'>;
export type ReceivedGraphNode = PersonNode | ReceiverNode;

export type EvidenceKind = 'confirmed' | 'inferred' | 'both';
export interface ReceivedEdgeData extends Record<string, unknown> {
  evidence: EvidenceKind;
  violation: boolean;
}
export type ReceivedEdge = Edge<ReceivedEdgeData>;

export const PERSON_WIDTH = 200;
export const RECEIVER_WIDTH = 290;
export const ROW_HEIGHT = 44;
export const ROW_GAP = 12;
const COLUMN_GAP = 220;

export function evidenceKind(evidence: readonly Evidence[]): EvidenceKind {
  const confirmed = evidence.includes('CONFIRMED');
  const inferred = evidence.includes('INFERRED');
  return confirmed && inferred ? 'both' : confirmed ? 'confirmed' : 'inferred';
}

export function receivedGraph(answer: WhoReceived): { nodes: ReceivedGraphNode[]; edges: ReceivedEdge[]; height: number } {
  const rows = [...answer.recipients].sort((a, b) => a.recipient.name.localeCompare(b.recipient.name, 'en'));
  const columnHeight = Math.max(ROW_HEIGHT, rows.length * (ROW_HEIGHT + ROW_GAP) - ROW_GAP);
  const personId = `person:${answer.person.id}`;
  const nodes: ReceivedGraphNode[] = [
    {
      id: personId,
      type: 'person',
      position: { x: 0, y: columnHeight / 2 - ROW_HEIGHT / 2 },
      width: PERSON_WIDTH,
      height: ROW_HEIGHT,
      data: { label: answer.person.display, count: rows.length },
      selectable: false,
      draggable: false,
    },
  ];
  const edges: ReceivedEdge[] = [];
  rows.forEach((row, index) => {
    const id = `recipient:${row.recipient.id}`;
    const violation = row.optOutViolations.length > 0;
    const evidence = evidenceKind(row.evidence);
    nodes.push({
      id,
      type: 'receiver',
      position: { x: PERSON_WIDTH + COLUMN_GAP, y: index * (ROW_HEIGHT + ROW_GAP) },
      width: RECEIVER_WIDTH,
      height: ROW_HEIGHT,
      data: { label: row.recipient.name, recipientClass: row.recipient.class, evidence: row.evidence, violation },
      selectable: false,
      draggable: false,
    });
    edges.push({
      id: `${personId}->${id}`,
      source: personId,
      target: id,
      selectable: false,
      focusable: false,
      className: `received-edge received-${evidence}${violation ? ' received-violation' : ''}`,
      data: { evidence, violation },
    });
  });
  return { nodes, edges, height: columnHeight };
}
