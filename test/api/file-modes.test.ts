import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeDir, tempDir } from '../support/engines';
import { startTestServer } from '../support/server';

const modeOf = (path: string) => statSync(path).mode & 0o777;

/** Every file under DATA_DIR with a mode other than 0600, with its mode. */
function looseFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => modeOf(f) !== 0o600)
    .map((f) => `${f}: ${modeOf(f).toString(8)}`);
}

describe('[embedded] DATA_DIR is private: the directory 0700, its files 0600 (issue 14.7)', () => {
  const root = tempDir('dm-modes-');
  afterAll(() => removeDir(root));

  it('creates a new DATA_DIR 0700 and every file in it 0600, also those written after start', async () => {
    const dataDir = join(root, 'fresh', 'data');
    const server = await startTestServer({ dataDir, seed: 'example' });
    try {
      const written = await server.gql('mutation { upsertSource(input: { id: "modes-probe", name: "Modes", kind: DIRECT }) { id } }');
      expect(written.errors).toBeUndefined();
    } finally {
      await server.close();
    }
    expect(modeOf(dataDir).toString(8)).toBe('700');
    expect(readdirSync(dataDir).length).toBeGreaterThan(0);
    expect(looseFiles(dataDir)).toEqual([]);
  });

  it('tightens an existing DATA_DIR and the files an earlier version left readable', async () => {
    const dataDir = join(root, 'old');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'person-id.secret'), 'an-old-secret-0123456789abcdef\n', { mode: 0o644 });
    chmodSync(join(dataDir, 'person-id.secret'), 0o644);
    const server = await startTestServer({ dataDir });
    await server.close();
    expect(modeOf(dataDir).toString(8)).toBe('700');
    expect(looseFiles(dataDir)).toEqual([]);
  });
});
