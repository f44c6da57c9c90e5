import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Temporary directories of COPY FROM files are named after the process that writes them: dm-copy-<pid>-XXXXXX. */
const COPY_PREFIX = 'dm-copy-';
/** A directory of the older naming (no pid) is stale once this old: no batch takes that long to load. */
const LEGACY_STALE_MS = 60 * 60 * 1000;

export function makeCopyDir(root: string = tmpdir()): string {
  return mkdtempSync(join(root, `${COPY_PREFIX}${process.pid}-`));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user holds that pid, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the COPY directories a killed import left behind (its process is gone); those of running imports stay.
 * Returns the directories removed.
 */
export function removeStaleCopyDirs(root: string = tmpdir(), now: number = Date.now()): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(root)) {
    if (!name.startsWith(COPY_PREFIX)) continue;
    const dir = join(root, name);
    const pid = /^dm-copy-(\d+)-/.exec(name)?.[1];
    let stale: boolean;
    try {
      stale = pid !== undefined ? Number(pid) !== process.pid && !alive(Number(pid)) : now - statSync(dir).mtimeMs > LEGACY_STALE_MS;
    } catch {
      continue;
    }
    if (!stale) continue;
    rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}
