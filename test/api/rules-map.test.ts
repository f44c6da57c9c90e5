/**
 * PRODUCT.md §3 through the public GraphQL API (§5). The data map as of a date (rule 7), and its recipient-class
 * filter. The group builds its scenario (test/fixtures/rules/map.ts) through the mutations on its own server (an
 * empty graph) and compares the answers with the ones worked out by hand in the comments. Shared setup:
 * test/support/rules.ts.
 */
import { enginesUnderTest } from '../support/engines';
import type { TestServer } from '../support/server';
import { dataMap, disclosureList, nodeIds, openScenario } from '../support/rules';
import type { RecipientClass } from '../fixtures/rules/scenario';
import { MAP } from '../fixtures/rules/map';

describe.each(enginesUnderTest())('[%s] rules of PRODUCT.md §3', (engine) => {
  describe('7. the map as of a date', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openScenario(engine, MAP);
    });
    afterAll(() => server.close());

    it('shows a disclosure’s recipient and its class on the disclosure’s last day', async () => {
      // d-d1 2024-01-01..2024-06-30 (ended); processor d-pr from 2024-01-01, open.
      const map = await dataMap(server, '2024-06-30');
      expect(nodeIds(map, 'recipient')).toEqual(['d-pr', 'd-tp']);
      expect(nodeIds(map, 'recipientClass')).toEqual(['PROCESSOR', 'THIRD_PARTY']);
      expect(nodeIds(map, 'category')).toEqual(['d-cat']);
      expect(map.nodes.find((n) => n.id === 'd-tp')).toEqual({
        id: 'd-tp',
        kind: 'recipient',
        label: 'Dune Metrics',
        group: 'THIRD_PARTY',
      });
      expect(map.edges.some((e) => e.flowId === 'd-d1' && e.source === 'd-cat' && e.target === 'd-tp')).toBe(true);
      expect(map.edges.some((e) => e.source === 'd-tp' && e.target === 'THIRD_PARTY')).toBe(true);
    });

    it('drops the recipient the day after validTo', async () => {
      const map = await dataMap(server, '2024-07-01');
      expect(nodeIds(map, 'recipient')).toEqual(['d-pr']);
      expect(nodeIds(map, 'recipientClass')).toEqual(['PROCESSOR']);
      expect(map.edges.filter((e) => e.flowId === 'd-d1' || e.source === 'd-tp' || e.target === 'd-tp')).toEqual([]);
      expect((await disclosureList(server, '2024-07-01')).map((d) => d.id)).not.toContain('d-d1');
      expect((await disclosureList(server, '2024-06-30')).map((d) => d.id)).toContain('d-d1');
    });

    it('shows nothing before any flow is in force', async () => {
      const map = await dataMap(server, '2023-12-31');
      expect(map.nodes).toEqual([]);
      expect(map.edges).toEqual([]);
    });

    it.each<[RecipientClass[], string[], string[]]>([
      [['THIRD_PARTY'], ['d-tp'], ['THIRD_PARTY']],
      [['PROCESSOR'], ['d-pr'], ['PROCESSOR']],
      [['CUSTOMER'], [], []],
    ])('filters recipients by class %j', async (classes, recipients, classNodes) => {
      const map = await dataMap(server, '2024-06-30', { classes });
      expect(nodeIds(map, 'recipient')).toEqual(recipients);
      expect(nodeIds(map, 'recipientClass')).toEqual(classNodes);
      for (const r of recipients) expect(map.nodes.find((n) => n.id === r)?.group).toBe(classNodes[0]);
    });
  });
});
