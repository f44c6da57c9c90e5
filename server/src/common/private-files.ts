import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * DATA_DIR holds the database and the server's secrets: readable by the server's own user only. Created 0700 (an
 * existing one is tightened to it), and the process creates every later file 0600 (umask 077), so files the engine
 * writes after start (write-ahead log, checkpoints) are private too.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if ((statSync(dir).mode & 0o777) !== 0o700) chmodSync(dir, 0o700);
  process.umask(0o077);
}

/** Tightens the files already in `dir` (a database written by an earlier version) to 0600. */
export function restrictFiles(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(dir, entry.name);
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  }
}
