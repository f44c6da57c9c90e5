import type { BuiltMap } from './data-map';
import { focusOn, GROUP_PAGE, groupDataMap, pageLimit, resolveFocus, type GroupOf, type GroupingOptions } from './map-grouping';

type Node = BuiltMap['nodes'][number];

const node = (kind: Node['kind'], id: string, group: string | null = null): Node => ({ id, kind, label: id, group });
const edge = (kind: string, source: string, target: string, flowId: string): BuiltMap['edges'][number] => ({
  id: `${kind}:${flowId}:${source}->${target}`,
  source,
  target,
  kind,
  label: null,
  flowId,
  flowKind: flowId.startsWith('c') ? 'collection' : 'disclosure',
});

/**
 * A company with two sources, categories under two parents, one shared system and recipients of two classes:
 *   web → email, phone;  app → phone, card;  every category is stored in crm;
 *   d1: email → acme (PROCESSOR), from crm;  d2: phone, card → beta (PROCESSOR);  d3: card → gamma (THIRD_PARTY).
 */
function company(): BuiltMap {
  const nodes = [
    node('recipientClass', 'PROCESSOR'),
    node('recipientClass', 'THIRD_PARTY'),
    node('recipient', 'acme', 'PROCESSOR'),
    node('recipient', 'beta', 'PROCESSOR'),
    node('recipient', 'gamma', 'THIRD_PARTY'),
    node('category', 'email'),
    node('category', 'phone'),
    node('category', 'card'),
    node('source', 'web'),
    node('source', 'app'),
    node('system', 'crm'),
  ];
  const edges = [
    edge('collects', 'web', 'email', 'c1'),
    edge('collects', 'web', 'phone', 'c1'),
    edge('collects', 'app', 'phone', 'c2'),
    edge('collects', 'app', 'card', 'c2'),
    edge('stores', 'email', 'crm', 'c1'),
    edge('stores', 'phone', 'crm', 'c1'),
    edge('stores', 'phone', 'crm', 'c2'),
    edge('stores', 'card', 'crm', 'c2'),
    edge('discloses', 'email', 'acme', 'd1'),
    edge('from-system', 'crm', 'acme', 'd1'),
    edge('discloses', 'phone', 'beta', 'd2'),
    edge('discloses', 'card', 'beta', 'd2'),
    edge('discloses', 'card', 'gamma', 'd3'),
    edge('in-class', 'acme', 'PROCESSOR', 'class-acme'),
    edge('in-class', 'beta', 'PROCESSOR', 'class-beta'),
    edge('in-class', 'gamma', 'THIRD_PARTY', 'class-gamma'),
  ];
  return { nodes, edges };
}

const PARENT: Record<string, string> = { email: 'contact', phone: 'contact', card: 'financial' };
const groupOf: GroupOf = (n) => {
  switch (n.kind) {
    case 'recipient':
      return { key: n.group ?? 'none', label: `class ${n.group ?? ''}` };
    case 'category':
      return { key: PARENT[n.id] ?? n.id, label: PARENT[n.id] ?? n.id };
    case 'source':
      return { key: 'all', label: 'sources' };
    default:
      return null;
  }
};

const options = (patch: Partial<GroupingOptions> = {}): GroupingOptions => ({
  mode: 'GROUPED',
  expand: new Map(),
  focus: null,
  kindThreshold: 0,
  ...patch,
});

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

describe('resolveFocus', () => {
  it.each([
    ['acme', 'acme'],
    ['recipient:acme', 'acme'],
    ['category:email', 'email'],
    ['recipient:email', null],
    ['nobody', null],
  ])('%s → %s', (focus, expected) => {
    expect(resolveFocus(company(), focus)?.id ?? null).toBe(expected);
  });
});

describe('focusOn', () => {
  it.each([
    // A recipient: what it receives, the systems it is sent from, where that data was collected, and its class.
    ['acme', ['PROCESSOR', 'acme', 'crm', 'email', 'web']],
    // Upstream only: the system that stores beta's categories is not on beta's path (its disclosure names none).
    ['beta', ['PROCESSOR', 'app', 'beta', 'card', 'phone', 'web']],
    // A category: its sources upstream, its recipients and systems downstream.
    ['card', ['PROCESSOR', 'THIRD_PARTY', 'app', 'beta', 'card', 'crm', 'gamma']],
    // A hub in focus is walked normally.
    ['crm', ['PROCESSOR', 'acme', 'app', 'card', 'crm', 'email', 'phone', 'web']],
  ])('%s shows exactly its paths', (start, expected) => {
    expect(ids(focusOn(company(), start).nodes)).toEqual(expected);
  });

  it('keeps only the edges on those paths', () => {
    const focused = focusOn(company(), 'gamma');
    expect(focused.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['app>card', 'card>gamma', 'gamma>THIRD_PARTY']);
  });
});

describe('groupDataMap', () => {
  it('AUTO leaves a small map as it is, with one flow per edge', () => {
    const map = groupDataMap(company(), groupOf, options({ mode: 'AUTO' }));
    expect(map.grouped).toBe(false);
    expect(map.nodes).toHaveLength(11);
    expect(map.edges.every((e) => e.flows === 1)).toBe(true);
  });

  it('AUTO groups above the threshold; NONE never does', () => {
    expect(groupDataMap(company(), groupOf, options({ mode: 'AUTO', threshold: 5 })).grouped).toBe(true);
    expect(groupDataMap(company(), groupOf, options({ mode: 'NONE', threshold: 5 })).grouped).toBe(false);
  });

  it('groups recipients by class, categories by parent, drops class nodes, and a group of one is its member', () => {
    const map = groupDataMap(company(), groupOf, options());
    expect(ids(map.nodes)).toEqual(['card', 'crm', 'gamma', 'group:category:contact', 'group:recipient:PROCESSOR', 'group:source:all']);
    const processors = map.nodes.find((n) => n.id === 'group:recipient:PROCESSOR');
    expect(processors).toMatchObject({ kind: 'group', count: 2, memberKind: 'recipient', shown: 0, label: 'class PROCESSOR' });
  });

  it('merges edges between the same boxes and counts their flows', () => {
    const map = groupDataMap(company(), groupOf, options());
    const flows = Object.fromEntries(map.edges.map((e) => [`${e.kind} ${e.source}>${e.target}`, e.flows]));
    expect(flows).toEqual({
      'collects group:source:all>group:category:contact': 2,
      'collects group:source:all>card': 1,
      'stores group:category:contact>crm': 2,
      'stores card>crm': 1,
      'discloses group:category:contact>group:recipient:PROCESSOR': 2,
      'discloses card>group:recipient:PROCESSOR': 1,
      'discloses card>gamma': 1,
      'from-system crm>group:recipient:PROCESSOR': 1,
    });
    expect(map.edges.find((e) => e.flows === 2)?.label).toBe('2 flows');
  });

  it('an expanded group draws its members A–Z up to the limit inside it; the rest stay with the group', () => {
    const map = groupDataMap(company(), groupOf, options({ expand: new Map([['group:recipient:PROCESSOR', 1]]) }));
    const group = map.nodes.find((n) => n.id === 'group:recipient:PROCESSOR');
    expect(group).toMatchObject({ count: 2, shown: 1 });
    expect(map.nodes.find((n) => n.id === 'acme')).toMatchObject({ parent: 'group:recipient:PROCESSOR' });
    expect(map.nodes.some((n) => n.id === 'beta')).toBe(false);
    const edges = map.edges.map((e) => `${e.source}>${e.target}`);
    expect(edges).toEqual(expect.arrayContaining(['group:category:contact>acme', 'crm>acme', 'card>group:recipient:PROCESSOR']));
    // Members come after every top-level node (React Flow draws parents first).
    const index = map.nodes.findIndex((n) => n.id === 'acme');
    expect(map.nodes.slice(index).every((n) => n.parent !== null)).toBe(true);
  });

  it('focus comes first, then grouping; the focused node is never grouped; an unknown focus is ignored', () => {
    const focused = groupDataMap(company(), groupOf, options({ focus: 'recipient:beta' }));
    expect(focused.focus).toBe('beta');
    expect(ids(focused.nodes)).toContain('beta');
    expect(focused.totalNodes).toBe(6);
    const unknown = groupDataMap(company(), groupOf, options({ focus: 'recipient:nobody' }));
    expect(unknown.focus).toBeNull();
    expect(unknown.totalNodes).toBe(11);
  });

  it('kinds with few nodes stay ungrouped', () => {
    const map = groupDataMap(company(), groupOf, options({ kindThreshold: 2 }));
    // Three categories and three recipients are grouped; the two sources are not.
    expect(ids(map.nodes)).toEqual(['app', 'card', 'crm', 'gamma', 'group:category:contact', 'group:recipient:PROCESSOR', 'web']);
  });
});

describe('pageLimit', () => {
  it.each([
    [null, GROUP_PAGE],
    [undefined, GROUP_PAGE],
    [0, 1],
    [250, 250],
    [5000, 1000],
  ])('%s → %s', (limit, expected) => {
    expect(pageLimit(limit)).toBe(expected);
  });
});
