import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCopyDir, removeStaleCopyDirs } from './copy-dirs';

describe('stale dm-copy-* directories of killed imports', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dm-copy-spec-root-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('removes those of dead processes and old unnamed ones, keeps this process’s, live and recent ones and other files', () => {
    const dead = join(root, 'dm-copy-2147483646-abc123');
    const legacyOld = join(root, 'dm-copy-xyz789');
    const legacyNew = join(root, 'dm-copy-new123');
    const live = join(root, `dm-copy-1-live00`); // pid 1 is always alive
    for (const dir of [dead, legacyOld, legacyNew, live]) {
      mkdirSync(dir);
      writeFileSync(join(dir, 'people.csv'), 'id\n');
    }
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(legacyOld, old, old);
    const mine = makeCopyDir(root);
    const unrelated = join(root, 'dm-server-keep');
    mkdirSync(unrelated);

    expect(removeStaleCopyDirs(root).sort()).toEqual([dead, legacyOld].sort());
    for (const kept of [legacyNew, live, mine, unrelated]) expect(existsSync(kept)).toBe(true);
  });
});
