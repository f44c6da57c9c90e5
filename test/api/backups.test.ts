import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startServer, type RunningServer } from '../../server/src/bootstrap';
import { removeDir, tempDir } from '../support/engines';
import { TEST_ADMIN_TOKEN } from '../support/server';

const BACKUP_NAME = /^disclosure-map-.*\.ndjson\.gz$/;

async function health(url: string): Promise<{ status: string; backup?: { lastAt: string; outcome: string } | null }> {
  return (await (await fetch(`${url}/health`)).json()) as { status: string; backup?: { lastAt: string; outcome: string } | null };
}

describe('scheduled backups (BACKUP_DIR, BACKUP_EVERY, BACKUP_KEEP)', () => {
  const backupDir = tempDir('dm-backups-');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer(
      {
        port: 0,
        host: '127.0.0.1',
        engine: 'embedded',
        dataDir: tempDir('dm-server-'),
        neo4j: null,
        adminToken: TEST_ADMIN_TOKEN,
        seed: 'example',
        personIdSecret: 'test-person-id-secret-0123456789',
        production: true,
        webDir: join(__dirname, 'no-web'),
        backup: { dir: backupDir, everyMs: 1_000, keep: 2 },
      },
      { logger: false },
    );
  });
  afterAll(async () => {
    await server.close();
    removeDir(backupDir);
  });

  it('writes an archive on schedule, keeps the last two, and /health reports the last one', async () => {
    expect((await health(server.url)).backup).toBeNull();
    const deadline = Date.now() + 30_000;
    let written: string[] = [];
    // Four backups at least: by then two have been pruned.
    for (let seen = new Set<string>(); seen.size < 4 && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 300));
      written = readdirSync(backupDir).filter((n) => BACKUP_NAME.test(n));
      written.forEach((n) => seen.add(n));
    }
    const status = await health(server.url);
    expect(status.status).toBe('ok');
    expect(status.backup).toMatchObject({ outcome: 'OK' });
    expect(Date.now() - Date.parse(status.backup!.lastAt)).toBeLessThan(10_000);
    expect(written.length).toBeLessThanOrEqual(2);
    expect(readdirSync(backupDir).filter((n) => n.endsWith('.partial')).length).toBeLessThanOrEqual(1);
    const newest = written.sort()[written.length - 1];
    const lines = gunzipSync(readFileSync(join(backupDir, newest)))
      .toString('utf8')
      .split('\n')
      .filter(Boolean);
    expect(JSON.parse(lines[0])).toMatchObject({ archive: 'disclosure-map', engine: 'embedded' });
    expect(JSON.parse(lines[lines.length - 1])).toMatchObject({ manifest: true });
    expect(lines.some((l) => l.startsWith('{"n":"Person"'))).toBe(true);
  });
});
