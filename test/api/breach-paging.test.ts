import { BulkImportService } from '../../server/src/bulk/bulk-import.service';
import { writeSynthCompany } from '../../server/src/cli/synth';
import { BreachService, type AffectedPerson } from '../../server/src/incidents/breach.service';
import { BreachInput } from '../../server/src/incidents/dto/breach.input';
import { SeedService } from '../../server/src/seed/seed.service';
import { enginesUnderTest, freshStore, removeDir, tempDir } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

/**
 * breachImpact's people, paged by person id, on a synthetic company: the keyset walk (id order, every page sorted on
 * the embedded engine) and the fallback that finds a short page in one unsorted walk over every person give the same
 * pages, and together every affected person once, in id order, as many as the totals count.
 */
describe.each(enginesUnderTest())('[%s] breach impact people, paged by person id', (engine) => {
  let server: TestServer;
  let dir: string;
  let breaches: BreachService;

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
  });
  afterAll(async () => {
    await server.close();
    removeDir(dir);
  });

  const allPages = async (input: BreachInput, first: number, tuning: { keysetPages: number; minPageSize: number }) => {
    const plan = await breaches.plan(input);
    const pages: string[][] = [];
    let after: string | null = null;
    do {
      const page: { items: AffectedPerson[]; nextCursor: string | null } = await breaches.page(plan, first, after, tuning);
      pages.push(page.items.map((a) => a.person.id));
      after = page.nextCursor;
    } while (after !== null && pages.length < 1000);
    return { pages, totals: await breaches.totals(plan) };
  };

  it('pages every affected person once in id order, through the keyset walk and through the unsorted fallback', async () => {
    const recipientId = await breaches.largestProcessor();
    expect(recipientId).not.toBeNull();
    const input = Object.assign(new BreachInput(), { recipientId, from: '2020-01-01', to: '2026-12-31', discoveredOn: '2026-01-10' });
    // Keyset only (it never falls back), then falling back after one small keyset page.
    const keyset = await allPages(input, 7, { keysetPages: Number.MAX_SAFE_INTEGER, minPageSize: 5 });
    const fallback = await allPages(input, 7, { keysetPages: 1, minPageSize: 5 });
    const ids = keyset.pages.flat();
    expect(ids.length).toBe(keyset.totals.peopleAffected);
    expect(ids.length).toBeGreaterThan(14);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    expect(fallback.pages).toEqual(keyset.pages);
  });
});
