import type { DataMap } from './graphql';
import { pathsThrough } from './highlight';
import { computeLayout } from './layout';
import { layoutSignature } from './layout-signature';
import { findNode, isHubKind, projectDataMap } from './projection';
import { initialViewport } from './viewport';

/** A plain (ungrouped) map: no group counts or merged-flow numbers. */
const GROUPING_FIELDS = { count: null, memberKind: null, shown: null, parent: null };

const map: DataMap = {
  grouped: false,
  focus: null,
  totalNodes: 10,
  nodes: [
    { id: 'form', kind: 'source', label: 'Sign-up form', group: null, ...GROUPING_FIELDS },
    { id: 'email', kind: 'category', label: 'Email address', group: null, ...GROUPING_FIELDS },
    { id: 'ip', kind: 'category', label: 'IP address', group: null, ...GROUPING_FIELDS },
    { id: 'crm', kind: 'system', label: 'CRM', group: null, ...GROUPING_FIELDS },
    { id: 'users', kind: 'segment', label: 'Users', group: null, ...GROUPING_FIELDS },
    { id: 'mailer', kind: 'recipient', label: 'Mailer', group: 'PROCESSOR', ...GROUPING_FIELDS },
    { id: 'broker', kind: 'recipient', label: 'Broker', group: 'THIRD_PARTY', ...GROUPING_FIELDS },
    { id: 'PROCESSOR', kind: 'recipientClass', label: 'Processors', group: null, ...GROUPING_FIELDS },
    { id: 'THIRD_PARTY', kind: 'recipientClass', label: 'Third parties', group: null, ...GROUPING_FIELDS },
    { id: 'mystery', kind: 'unknown-kind', label: '?', group: null, ...GROUPING_FIELDS },
  ],
  edges: [
    { id: 'e1', source: 'form', target: 'email', kind: 'collects', label: null, flowId: 'c1', flowKind: 'collection', flows: null },
    { id: 'e2', source: 'email', target: 'crm', kind: 'stores', label: null, flowId: 'c1', flowKind: 'collection', flows: null },
    { id: 'e3', source: 'users', target: 'email', kind: 'concerns', label: null, flowId: 'c1', flowKind: 'collection', flows: null },
    {
      id: 'e4',
      source: 'email',
      target: 'mailer',
      kind: 'discloses',
      label: 'ON_OUR_BEHALF · Send',
      flowId: 'd1',
      flowKind: 'disclosure',
      flows: null,
    },
    { id: 'e5', source: 'crm', target: 'mailer', kind: 'from-system', label: null, flowId: 'd1', flowKind: 'disclosure', flows: null },
    { id: 'e6', source: 'ip', target: 'broker', kind: 'discloses', label: null, flowId: 'd2', flowKind: 'disclosure', flows: null },
    { id: 'e7', source: 'crm', target: 'broker', kind: 'from-system', label: null, flowId: 'd2', flowKind: 'disclosure', flows: null },
    { id: 'e8', source: 'mailer', target: 'PROCESSOR', kind: 'in-class', label: null, flowId: null, flowKind: 'class', flows: null },
    { id: 'e9', source: 'broker', target: 'THIRD_PARTY', kind: 'in-class', label: null, flowId: null, flowKind: 'class', flows: null },
  ],
};

describe('projectDataMap', () => {
  const graph = projectDataMap(map, { showDetails: false });

  it('groups recipients inside their class, parents first, and drops hidden and unknown kinds', () => {
    const ids = graph.nodes.map((node) => node.id);
    expect(ids).not.toContain('users');
    expect(ids).not.toContain('mystery');
    expect(graph.nodes.find((node) => node.id === 'mailer')?.parentId).toBe('PROCESSOR');
    expect(ids.indexOf('PROCESSOR')).toBeLessThan(ids.indexOf('mailer'));
    const edgeIds = graph.edges.map((edge) => edge.id);
    expect(edgeIds).not.toContain('e8');
    expect(edgeIds).not.toContain('e3');
    // dagre places whole groups: a recipient's edges point at its group.
    expect(graph.layout.nodes.map((node) => node.id)).not.toContain('mailer');
    expect(graph.layout.edges).toContainEqual({ source: 'email', target: 'PROCESSOR' });
  });

  it('shows segments when asked', () => {
    const detailed = projectDataMap(map, { showDetails: true });
    expect(detailed.nodes.map((node) => node.id)).toContain('users');
    expect(detailed.edges.map((edge) => edge.id)).toContain('e3');
  });

  it('draws a class container even when the server sent no node for it', () => {
    const withoutClasses = projectDataMap(
      { nodes: map.nodes.filter((node) => node.kind !== 'recipientClass'), edges: map.edges },
      { showDetails: false },
    );
    expect(withoutClasses.nodes.find((node) => node.id === 'PROCESSOR')?.type).toBe('recipientClass');
  });
});

describe('computeLayout', () => {
  const graph = projectDataMap(map, { showDetails: false });

  it('lays out columns left to right: source, category, system, recipient groups', () => {
    const positions = computeLayout(graph.layout);
    expect(positions.form.x).toBeLessThan(positions.email.x);
    expect(positions.email.x).toBeLessThan(positions.crm.x);
    expect(positions.crm.x).toBeLessThan(positions.PROCESSOR.x);
    // A category nobody collects still sits in the category column.
    expect(positions.ip.x).toBe(positions.email.x);
  });

  it('keys the cache by content, not order', () => {
    const reordered = { nodes: [...graph.layout.nodes].reverse(), edges: [...graph.layout.edges].reverse() };
    expect(layoutSignature(reordered)).toBe(layoutSignature(graph.layout));
    expect(layoutSignature({ ...graph.layout, edges: [] })).not.toBe(layoutSignature(graph.layout));
  });
});

describe('pathsThrough', () => {
  const graph = projectDataMap(map, { showDetails: false });
  const isHub = (id: string) => isHubKind(graph.index.get(id)?.kind);

  it('lights a category’s sources and recipients but not the other recipients of a shared system', () => {
    const email = pathsThrough(graph.paths, 'email', isHub);
    expect([...email.nodes].sort()).toEqual(['PROCESSOR', 'crm', 'email', 'form', 'mailer']);
    expect(email.edges.has('e7')).toBe(false);
  });

  it('walks through a system when it is the start', () => {
    const crm = pathsThrough(graph.paths, 'crm', isHub);
    expect(crm.nodes.has('broker')).toBe(true);
    expect(crm.edges.has('e7')).toBe(true);
  });

  it('lights a recipient’s upstream and its class', () => {
    const broker = pathsThrough(graph.paths, 'broker', isHub);
    expect([...broker.nodes].sort()).toEqual(['THIRD_PARTY', 'broker', 'crm', 'ip']);
  });
});

describe('findNode', () => {
  const candidates = [
    { id: 'a', label: 'Example Card Vault' },
    { id: 'b', label: 'Card' },
    { id: 'c', label: 'Cardinal' },
  ];
  it('prefers an exact label, then a leading match, then any match', () => {
    expect(findNode(candidates, 'card')?.id).toBe('b');
    expect(findNode(candidates, 'cardi')?.id).toBe('c');
    expect(findNode(candidates, 'vault')?.id).toBe('a');
    expect(findNode(candidates, '  ')).toBeUndefined();
  });
});

describe('initialViewport', () => {
  it('fits a small graph whole', () => {
    expect(initialViewport({ x: 0, y: 0, width: 500, height: 300 }, { width: 1000, height: 800 }).zoom).toBe(1);
  });
  it('fits a tall graph to the width at a readable zoom, from the top', () => {
    const tall = initialViewport({ x: 0, y: 0, width: 1000, height: 4000 }, { width: 1048, height: 600 });
    expect(tall.zoom).toBeCloseTo(0.7);
    expect(tall.y).toBe(24);
  });
});
