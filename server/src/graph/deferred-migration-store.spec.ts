import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeferredMigrationStore } from './deferred-migration-store';
import { EmbeddedGraphStore } from './embedded/embedded-graph-store';

describe('the health probe of a store whose schema migration is still waiting', () => {
  it('answers "not healthy" within its timeout while a schema statement is blocked, instead of hanging with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dm-deferred-spec-'));
    const real = await EmbeddedGraphStore.open(dir);
    // A real store whose schema statements wait, as one queued behind another server's transactions does.
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const waiting = Object.create(real) as EmbeddedGraphStore;
    waiting.runSchema = async (statement: string) => {
      await blocked;
      return real.runSchema(statement);
    };
    const store = new DeferredMigrationStore(waiting, 60_000);
    try {
      const started = Date.now();
      expect(await store.ping(200)).toBe(false);
      expect(Date.now() - started).toBeLessThan(2_000);
      release();
      await store.ensureMigrated();
      expect(await store.ping(2_000)).toBe(true);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
