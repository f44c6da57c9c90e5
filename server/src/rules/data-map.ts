import { RECIPIENT_CLASS_NAMES, RECIPIENT_CLASSES, type RecipientClass } from '@disclosure-map/graph-schema';

/** A recipient-class node's label: its id is the class. */
function recipientClassName(id: string): string {
  const known = RECIPIENT_CLASSES.find((c) => c === id);
  return known ? RECIPIENT_CLASS_NAMES[known] : id;
}

export type MapNodeKind = 'source' | 'category' | 'segment' | 'purpose' | 'system' | 'recipient' | 'recipientClass';

export interface FlowForMap {
  kind: 'collection' | 'disclosure';
  id: string;
  /** The source (collection) or recipient (disclosure). */
  endpointId: string;
  categoryIds: string[];
  segmentIds: string[];
  purposeIds: string[];
  systemIds: string[];
  use?: string;
}

export interface MapLookup {
  label(kind: MapNodeKind, id: string): string;
  recipientClass(id: string): RecipientClass;
}

export interface BuiltMap {
  nodes: { id: string; kind: MapNodeKind; label: string; group: string | null }[];
  edges: { id: string; source: string; target: string; kind: string; label: string | null; flowId: string | null; flowKind: string }[];
}

/** Order in which kinds claim a bare id: the first kind keeps it, a later one sharing it gets "kind:id". */
const KIND_ORDER: MapNodeKind[] = ['recipientClass', 'recipient', 'category', 'source', 'system', 'segment', 'purpose'];

/**
 * Builds the map of the flows in force: nodes for what they connect, edges per
 * flow. Node ids are the entities' own ids (stable across days), prefixed with
 * the kind only where two kinds share an id.
 */
export function buildDataMap(flows: readonly FlowForMap[], lookup: MapLookup): BuiltMap {
  const wanted = new Map<MapNodeKind, Set<string>>(KIND_ORDER.map((k) => [k, new Set<string>()]));
  const need = (kind: MapNodeKind, id: string) => wanted.get(kind)?.add(id);
  for (const f of flows) {
    need(f.kind === 'collection' ? 'source' : 'recipient', f.endpointId);
    if (f.kind === 'disclosure') need('recipientClass', lookup.recipientClass(f.endpointId));
    f.categoryIds.forEach((id) => need('category', id));
    f.segmentIds.forEach((id) => need('segment', id));
    f.purposeIds.forEach((id) => need('purpose', id));
    f.systemIds.forEach((id) => need('system', id));
  }
  const taken = new Set<string>();
  const nodeId = new Map<string, string>();
  const nodes: BuiltMap['nodes'] = [];
  for (const kind of KIND_ORDER) {
    for (const id of [...(wanted.get(kind) ?? [])].sort()) {
      const mapId = taken.has(id) ? `${kind}:${id}` : id;
      taken.add(mapId);
      nodeId.set(`${kind}|${id}`, mapId);
      nodes.push({
        id: mapId,
        kind,
        label: kind === 'recipientClass' ? recipientClassName(id) : lookup.label(kind, id),
        group: kind === 'recipient' ? lookup.recipientClass(id) : null,
      });
    }
  }
  const ref = (kind: MapNodeKind, id: string) => nodeId.get(`${kind}|${id}`) as string;
  const edges: BuiltMap['edges'] = [];
  const edge = (kind: string, source: string, target: string, flow: FlowForMap | null, label: string | null) =>
    edges.push({
      id: `${kind}:${flow?.id ?? 'class'}:${source}->${target}`,
      source,
      target,
      kind,
      label,
      flowId: flow?.id ?? null,
      flowKind: flow?.kind ?? 'class',
    });
  const recipientsInMap = new Set<string>();
  for (const f of flows) {
    const purposes = f.purposeIds.map((p) => lookup.label('purpose', p)).join(', ');
    if (f.kind === 'collection') {
      const source = ref('source', f.endpointId);
      for (const c of f.categoryIds) {
        edge('collects', source, ref('category', c), f, purposes || null);
        for (const s of f.systemIds) edge('stores', ref('category', c), ref('system', s), f, null);
        for (const g of f.segmentIds) edge('concerns', ref('segment', g), ref('category', c), f, null);
      }
      for (const p of f.purposeIds) edge('for-purpose', source, ref('purpose', p), f, null);
    } else {
      const recipient = ref('recipient', f.endpointId);
      recipientsInMap.add(f.endpointId);
      const label = [f.use, purposes].filter(Boolean).join(' · ');
      for (const c of f.categoryIds) {
        edge('discloses', ref('category', c), recipient, f, label);
        for (const g of f.segmentIds) edge('concerns', ref('segment', g), ref('category', c), f, null);
      }
      for (const s of f.systemIds) edge('from-system', ref('system', s), recipient, f, null);
      for (const p of f.purposeIds) edge('for-purpose', recipient, ref('purpose', p), f, null);
    }
  }
  for (const r of [...recipientsInMap].sort()) {
    edge('in-class', ref('recipient', r), ref('recipientClass', lookup.recipientClass(r)), null, null);
  }
  return { nodes, edges };
}
