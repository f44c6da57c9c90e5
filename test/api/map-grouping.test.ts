import { synthInventory } from '../../server/src/cli/synth';
import { SeedService } from '../../server/src/seed/seed.service';
import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

interface MapNode {
  id: string;
  kind: string;
  label: string;
  group: string | null;
  count: number | null;
  memberKind: string | null;
  shown: number | null;
  parent: string | null;
}
interface MapEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  flows: number | null;
}
interface DataMap {
  nodes: MapNode[];
  edges: MapEdge[];
  grouped: boolean;
  focus: string | null;
  totalNodes: number;
}

const MAP = `query($asOf: Date, $grouping: MapGroupingInput) {
  dataMap(asOf: $asOf, grouping: $grouping) {
    grouped focus totalNodes
    nodes { id kind label group count memberKind shown parent }
    edges { id source target kind flows }
  }
}`;
const AS_OF = '2024-06-01';

/** dataMap(grouping:) on a synthetic company of 300 recipients (PRODUCT.md §5 unchanged without the argument). */
describe.each(enginesUnderTest())('[%s] the grouped map', (engine) => {
  let server: TestServer;
  let full: DataMap;

  const map = async (grouping: Record<string, unknown> | null): Promise<DataMap> => {
    const res = await server.gql<{ dataMap: DataMap }>(MAP, { asOf: AS_OF, grouping });
    expect(res.errors).toBeUndefined();
    return res.data?.dataMap as DataMap;
  };

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'none' });
    await server.app.get(SeedService).load(synthInventory({ people: 0, transfers: 0, seed: 7, recipients: 300 }));
    full = await map(null);
  });
  afterAll(() => server.close());

  it('without the argument answers every node, ungrouped', () => {
    expect(full.grouped).toBe(false);
    expect(full.totalNodes).toBe(full.nodes.length);
    expect(full.nodes.filter((n) => n.kind === 'recipient').length).toBeGreaterThan(150);
    expect(full.nodes.every((n) => n.count === null && n.parent === null)).toBe(true);
  });

  it('groups by default: recipients by class with their counts, categories by top-level parent, flows counted', async () => {
    const grouped = await map({});
    expect(grouped.grouped).toBe(true);
    expect(grouped.totalNodes).toBe(full.nodes.length);
    expect(grouped.nodes.some((n) => n.kind === 'recipient' || n.kind === 'recipientClass')).toBe(false);
    const recipients = full.nodes.filter((n) => n.kind === 'recipient');
    for (const group of grouped.nodes.filter((n) => n.memberKind === 'recipient')) {
      const cls = group.id.replace('group:recipient:', '');
      expect(group.count).toBe(recipients.filter((r) => r.group === cls).length);
      expect(group.shown).toBe(0);
    }
    const categoryGroups = grouped.nodes.filter((n) => n.memberKind === 'category');
    expect(categoryGroups.length).toBeGreaterThan(10);
    expect(categoryGroups.every((g) => /^Category group \d+$/.test(g.label))).toBe(true);
    expect(grouped.edges.every((e) => (e.flows ?? 0) >= 1)).toBe(true);
    // The payload is a small fraction of the full map.
    expect(grouped.nodes.length + grouped.edges.length).toBeLessThan((full.nodes.length + full.edges.length) / 5);
  });

  it('an expanded group draws a page of its members A–Z inside it', async () => {
    const expanded = await map({ expand: [{ id: 'group:recipient:PROCESSOR', limit: 40 }] });
    const group = expanded.nodes.find((n) => n.id === 'group:recipient:PROCESSOR');
    expect(group?.shown).toBe(40);
    const members = expanded.nodes.filter((n) => n.parent === 'group:recipient:PROCESSOR');
    expect(members).toHaveLength(40);
    const labels = members.map((m) => m.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    expect(members.every((m) => m.kind === 'recipient' && m.group === 'PROCESSOR')).toBe(true);
  });

  it('focus shows exactly the paths through a recipient: its categories and where they came from, its systems, purposes, class', async () => {
    const recipient = full.nodes.find((n) => n.kind === 'recipient') as MapNode;
    const focused = await map({ focus: `recipient:${recipient.id}` });
    expect(focused.focus).toBe(recipient.id);
    const categories = new Set(full.edges.filter((e) => e.kind === 'discloses' && e.target === recipient.id).map((e) => e.source));
    const sources = new Set(full.edges.filter((e) => e.kind === 'collects' && categories.has(e.target)).map((e) => e.source));
    const segments = new Set(full.edges.filter((e) => e.kind === 'concerns' && categories.has(e.target)).map((e) => e.source));
    const systems = new Set(full.edges.filter((e) => e.kind === 'from-system' && e.target === recipient.id).map((e) => e.source));
    const purposes = new Set(full.edges.filter((e) => e.kind === 'for-purpose' && e.source === recipient.id).map((e) => e.target));
    const expected = [recipient.id, recipient.group ?? '', ...categories, ...sources, ...segments, ...systems, ...purposes].sort();
    expect(focused.nodes.map((n) => n.id).sort()).toEqual(expected);
    expect(focused.grouped).toBe(false);
  });

  it('a focus that is not on the map is ignored', async () => {
    const missing = await map({ focus: 'recipient:nobody-here' });
    expect(missing.focus).toBeNull();
    expect(missing.grouped).toBe(true);
  });

  it.each([
    [{ expand: [{ id: 'group:recipient:PROCESSOR', limit: 0 }] }, 'expand[0].limit'],
    [{ expand: [{ id: 'group:recipient:PROCESSOR', limit: 5000 }] }, 'expand[0].limit'],
    [{ focus: 'x'.repeat(301) }, 'focus'],
  ])('refuses %j naming %s', async (grouping, field) => {
    const res = await server.gql(MAP, { asOf: AS_OF, grouping });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe.each(enginesUnderTest())('[%s] the example map with grouping', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'example' });
  });
  afterAll(() => server.close());

  it('stays ungrouped (a small map opens expanded) and equal to the plain map', async () => {
    const query = `query($g: MapGroupingInput) { dataMap(asOf: "2025-06-01", grouping: $g) { grouped nodes { id } edges { id } } }`;
    const plain = await server.gql<{ dataMap: { grouped: boolean; nodes: { id: string }[]; edges: { id: string }[] } }>(query, { g: null });
    const auto = await server.gql<{ dataMap: { grouped: boolean; nodes: { id: string }[]; edges: { id: string }[] } }>(query, { g: {} });
    expect(auto.data?.dataMap.grouped).toBe(false);
    expect(auto.data?.dataMap.nodes).toEqual(plain.data?.dataMap.nodes);
    expect(auto.data?.dataMap.edges).toEqual(plain.data?.dataMap.edges);
  });
});
