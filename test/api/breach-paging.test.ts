import { BulkImportService } from '../../server/src/bulk/bulk-import.service';
import { writeSynthCompany } from '../../server/src/cli/synth';
import { GRAPH_STORE, type GraphStore } from '../../server/src/graph/graph-store';
import { BreachRepository } from '../../server/src/graph/repositories/breach.repository';
import { BreachService, type AffectedPerson } from '../../server/src/incidents/breach.service';
import { BreachInput } from '../../server/src/incidents/dto/breach.input';
import { SeedService } from '../../server/src/seed/seed.service';
import { enginesUnderTest, freshStore, removeDir, tempDir } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

/**
 * breachImpact's people on a synthetic company. The walk reads only the people a breach can reach (the members of
 * the segments its flows name, the people in its recipients' ledger lines): the oracle here puts EVERY person through
 * the same rules, and the two must agree, person for person, for a recipient, a sub-processor-less processor, a
 * system, and windows that cut memberships and the ledger. The pages give every affected person once, in id order,
 * as many as the totals count, whatever the page size.
 */
/** The synthetic inventory (2,000 recipients and disclosures) takes minutes to load into Neo4j on a busy CI machine. */
const LOADED_MACHINE_MS = 10 * 60_000;

describe.each(enginesUnderTest())('[%s] breach impact people, paged by person id', (engine) => {
  let server: TestServer;
  let dir: string;
  let breaches: BreachService;
  let store: GraphStore;

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'none' });
    dir = tempDir('dm-breach-paging-');
    const files = await writeSynthCompany(dir, { people: 300, transfers: 2_000, seed: 11 });
    const seeds = server.app.get(SeedService);
    await seeds.load(seeds.readDocument(files.inventory));
    const imports = server.app.get(BulkImportService);
    for (const file of [files.people, files.transfers]) expect((await imports.importFile(file, {})).rejected).toBe(0);
    breaches = server.app.get(BreachService);
    store = server.app.get<typeof GRAPH_STORE, GraphStore>(GRAPH_STORE);
  }, LOADED_MACHINE_MS);
  afterAll(async () => {
    await server.close();
    removeDir(dir);
  });

  const allPages = async (input: BreachInput, first: number) => {
    const plan = await breaches.plan(input);
    const pages: string[][] = [];
    let after: string | null = null;
    do {
      const page: { items: AffectedPerson[]; nextCursor: string | null } = await breaches.page(plan, first, after);
      pages.push(page.items.map((a) => a.person.id));
      after = page.nextCursor;
    } while (after !== null && pages.length < 1000);
    return { pages, totals: await breaches.totals(plan) };
  };

  /** Every person of the graph through the plan's rules: who is affected, with their categories and notice. */
  const everyPersonWalked = async (input: BreachInput) => {
    const plan = await breaches.plan(input);
    const ids = (await store.read((tx) => tx.run<{ id: string }>('MATCH (p:Person) RETURN p.id AS id'))).map((r) => r.id).sort();
    const page = await server.app.get(BreachRepository).facts(ids, plan.scope);
    return plan.affected(page).map((a) => ({ id: a.person.id, categoryIds: a.categoryIds, notice: a.californiaNotice }));
  };
  const walked = async (input: BreachInput) => {
    const plan = await breaches.plan(input);
    const out: { id: string; categoryIds: string[]; notice: boolean }[] = [];
    for await (const people of breaches.affectedPeople(plan, { pageSize: 17 }))
      for (const a of people) out.push({ id: a.person.id, categoryIds: a.categoryIds, notice: a.californiaNotice });
    return out;
  };
  const breach = (fields: Partial<BreachInput>) => Object.assign(new BreachInput(), { discoveredOn: '2026-01-10', ...fields });

  it(
    'pages every affected person once in id order, whatever the page size',
    async () => {
      const recipientId = await breaches.largestProcessor();
      expect(recipientId).not.toBeNull();
      const input = breach({ recipientId, from: '2020-01-01', to: '2026-12-31' });
      const small = await allPages(input, 7);
      const large = await allPages(input, 1000);
      const ids = small.pages.flat();
      expect(ids.length).toBe(small.totals.peopleAffected);
      expect(ids.length).toBeGreaterThan(14);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual([...ids].sort());
      expect(large.pages.flat()).toEqual(ids);
      expect(ids).toEqual((await everyPersonWalked(input)).map((a) => a.id));
    },
    LOADED_MACHINE_MS,
  );

  it(
    'reaches exactly the people a walk over every person finds: recipients, a system, cut windows',
    async () => {
      const rows = await store.read((tx) =>
        tx.run<{ id: string; cls: string }>('MATCH (r:Recipient) RETURN r.id AS id, r.class AS cls ORDER BY id'),
      );
      const systems = await store.read((tx) => tx.run<{ id: string }>('MATCH (s:System) RETURN s.id AS id ORDER BY id LIMIT 3'));
      const byClass = new Map<string, string>();
      for (const r of rows) if (!byClass.has(r.cls)) byClass.set(r.cls, r.id);
      const inputs = [
        ...[...byClass.values()].map((recipientId) => breach({ recipientId, from: '2020-01-01', to: '2026-12-31' })),
        // Windows that start and end inside memberships and ledger years.
        ...[...byClass.values()].slice(0, 2).map((recipientId) => breach({ recipientId, from: '2024-03-15', to: '2024-09-30' })),
        ...systems.map((s) => breach({ systemId: s.id, from: '2023-06-01', to: '2025-02-28' })),
      ];
      let someoneAffected = 0;
      for (const input of inputs) {
        const expected = await everyPersonWalked(input);
        expect({ input, people: await walked(input) }).toEqual({ input, people: expected });
        someoneAffected += expected.length ? 1 : 0;
      }
      expect(someoneAffected).toBeGreaterThan(inputs.length / 2);
    },
    LOADED_MACHINE_MS,
  );
});
