import { PassThrough } from 'node:stream';
import { BulkImportService } from '../../server/src/bulk/bulk-import.service';
import { ShineTheLightBulkService, STL_CSV_HEADER } from '../../server/src/bulk/stl-bulk.service';
import { writeSynthCompany } from '../../server/src/cli/synth';
import { SeedService } from '../../server/src/seed/seed.service';
import { enginesUnderTest, freshStore, removeDir, tempDir } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The bulk Shine-the-Light run computes its rows in worker threads (pages handed out in order, rows written in
 * order): on a synthetic company, with pages small enough that several are in flight at once, the output of 1 and 3
 * workers is byte for byte the output of the single-thread run.
 */
/** A synthetic company imported into Neo4j on a busy CI machine takes minutes, not the default two. */
jest.setTimeout(600_000);

describe.each(enginesUnderTest())('[%s] bulk Shine the Light in worker threads', (engine) => {
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'none' });
    dir = tempDir('dm-stl-workers-');
    const files = await writeSynthCompany(dir, { people: 400, transfers: 3_000, seed: 7 });
    const seeds = server.app.get(SeedService);
    await seeds.load(seeds.readDocument(files.inventory));
    const imports = server.app.get(BulkImportService);
    for (const file of [files.people, files.transfers]) {
      const summary = await imports.importFile(file, {});
      expect(summary.rejected).toBe(0);
    }
  });
  afterAll(async () => {
    await server.close();
    removeDir(dir);
  });

  const run = async (workers: number, pageSize: number) => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const summary = await server.app.get(ShineTheLightBulkService).run(2025, out, { workers, pageSize });
    out.end();
    return { summary, text: Buffer.concat(chunks).toString('utf8') };
  };

  it('writes the same bytes with worker threads as on the main thread', async () => {
    const single = await run(0, 400);
    const lines = single.text.trimEnd().split('\n');
    expect(lines[0]).toBe(STL_CSV_HEADER.join(','));
    expect(lines).toHaveLength(401);
    expect(single.summary).toMatchObject({ people: 400, workers: 0 });
    // The synthetic company discloses to third parties: rows carry statutory categories, not only empty cells.
    expect(lines.slice(1).filter((l) => /,[A-Z_|]+,[^,]*=/.test(l)).length).toBeGreaterThan(0);

    for (const [workers, pageSize] of [
      [1, 37],
      [3, 23],
    ]) {
      const threaded = await run(workers, pageSize);
      expect(threaded.summary).toMatchObject({ people: 400, workers });
      expect(threaded.text).toBe(single.text);
    }
  });

  it('refuses a worker count out of range, naming the field', async () => {
    await expect(server.app.get(ShineTheLightBulkService).run(2025, new PassThrough(), { workers: -1 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'workers',
    });
  });
});
